// Preloaded with `node --import` into a spawned CLI: on exit, writes the process's peak resident memory (bytes)
// to the file descriptor named by BC_LINT_TEST_PEAK_RSS_FD, which the test opened as an extra pipe.
import { writeSync } from 'node:fs';

const fd = Number(process.env.BC_LINT_TEST_PEAK_RSS_FD);
if (Number.isInteger(fd) && fd > 2) {
  // resourceUsage().maxRSS is getrusage's ru_maxrss, in kilobytes.
  process.on('exit', () => writeSync(fd, `${process.resourceUsage().maxRSS * 1024}\n`));
}
