// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by script, top N of each.
// Several profiles of the same command are averaged (a loaded machine's samples vary run to run).
// Usage: node bench/profile-summary.mjs [--top N] <file.cpuprofile>...
import { readFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 15;
if (args.length === 0) {
  console.error('usage: node bench/profile-summary.mjs [--top N] <file.cpuprofile>...');
  process.exit(2);
}

const scriptName = (url) => (url ? (url.startsWith('node:') ? url : path.relative(process.cwd(), url.replace(/^file:\/\//, ''))) : '(native/VM)');
const byFunction = new Map();
const byScript = new Map();
let total = 0;
for (const file of args) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  // Each sample is attributed to the function on top of the stack; time deltas are in microseconds.
  for (let i = 0; i < profile.samples.length; i++) {
    const us = (profile.timeDeltas[i] ?? 0) / args.length;
    const { callFrame } = nodes.get(profile.samples[i]);
    // Idle time is the process waiting (file reads, or the CPU lent to other processes): not the program's work.
    if (callFrame.functionName === '(idle)') continue;
    total += us;
    const script = scriptName(callFrame.url);
    const name = `${callFrame.functionName || '(anonymous)'} ${script}:${callFrame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    byScript.set(script, (byScript.get(script) ?? 0) + us);
  }
}

const ms = (us) => (us / 1000).toFixed(1).padStart(7);
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${ms(us)} ms  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`);
};
console.log(`${args.length} profile(s): ${(total / 1000).toFixed(1)} ms of samples per run, idle excluded`);
print('self time by function', byFunction);
print('self time by script', byScript);
