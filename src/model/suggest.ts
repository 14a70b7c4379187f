/**
 * Names longer than this are not compared. Edit distance costs the product of both lengths: a multi-megabyte key
 * took gigabytes. Every known name is far shorter, so a longer input cannot be a typo of one.
 */
const maxComparedLength = 64;

/** The closest candidate to a misspelt name, or undefined when none is close enough to be a likely typo. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length > maxComparedLength) return undefined;
  const names = [...candidates];
  const key = JSON.stringify([input, names]);
  if (answers.has(key)) return answers.get(key);
  if (answers.size >= maxRememberedAnswers) answers.clear();
  const answer = closestOf(input, names);
  answers.set(key, answer);
  return answer;
}

/** Files of one run repeat the same misspelt keys: the answers are remembered (bounded), as each costs many edit distances. */
const answers = new Map<string, string | undefined>();
const maxRememberedAnswers = 2_000;

function closestOf(input: string, candidates: readonly string[]): string | undefined {
  const lowered = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate.length > maxComparedLength) continue;
    const distance = candidate.toLowerCase() === lowered ? 0 : editDistance(lowered, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(2, Math.floor(input.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

/**
 * The one wording of a suggestion: "; did you mean `storeHash`?" (from closest()), else `otherwise`. It names a
 * known name, never the input, which may be a secret's alias.
 */
export function didYouMean(suggestion: string | undefined, otherwise = ''): string {
  return suggestion === undefined ? otherwise : `; did you mean \`${suggestion}\`?`;
}

/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}
