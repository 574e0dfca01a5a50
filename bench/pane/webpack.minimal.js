/** The project's webpack configuration with the minimal Fluent page as the entry (bench/pane). */
'use strict';
const path = require('node:path');
const projectConfig = require('../../webpack.config.js');

module.exports = async (env, argv) => {
  const config = await projectConfig(env, argv);
  return { ...config, entry: { taskpane: path.join(__dirname, 'minimal.tsx') }, context: path.join(__dirname, '..', '..') };
};
