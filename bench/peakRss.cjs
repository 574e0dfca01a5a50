// Preloaded (`node --require`) into a measured process: its peak resident memory, on stderr at exit.
'use strict';
process.on('exit', () => {
  require('node:fs').writeSync(2, `\nctg-bench-peak-rss-kb:${process.resourceUsage().maxRSS}\n`);
});
