import v8 from 'node:v8';

/**
 * V8 doubles the young generation (up to 64 MB per semi-space on a large machine) when many objects survive its
 * scavenges, as every file's report does in a run of many files: 20,000 files then peaked near 300 MB, most of it
 * young-generation space that holds garbage. Once it reaches this size, it stops growing; past it a larger young
 * generation saved no measurable time (bench/results.md), and the heap limit is not touched.
 */
const enoughYoungSpaceBytes = 16 * 1024 * 1024;

let capped = false;
/** V8 flags are the whole process's: only the CLI, which owns its process, turns the cap on; a program using the API keeps its own. */
let allowed = false;

export function allowYoungGenerationCap(): void {
  allowed = true;
}

/** Called now and then while a run lints: stops the young generation's growth once it is large enough. */
export function capYoungGeneration(): void {
  if (capped || !allowed) return;
  const newSpace = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  if (newSpace === undefined || newSpace.space_size < enoughYoungSpaceBytes) return;
  // A flag read at each growth; it is not read at start-up only as --max-semi-space-size is.
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  capped = true;
}
