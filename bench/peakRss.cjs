// Preloaded (`node --require`) into a measured process: its peak resident memory and the CPU time it
// used (user + system, all its threads: on a shared machine, steadier than wall time), on stderr at exit.
'use strict';
process.on('exit', () => {
  const usage = process.resourceUsage();
  require('node:fs').writeSync(2, `\nctg-bench-peak-rss-kb:${usage.maxRSS}\nctg-bench-cpu-us:${usage.userCPUTime + usage.systemCPUTime}\n`);
});
