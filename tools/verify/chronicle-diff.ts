// Compares a path's chronicle of record beats with the one it must have. Returns null when they are equal,
// else one sentence naming what is missing, added, repeated or out of order.

export function chronicleProblem(found: readonly string[], expected: readonly string[]): string | null {
  if (found.length === expected.length && found.every((beat, i) => beat === expected[i])) return null;
  const problems: string[] = [];
  const count = new Map<string, number>();
  for (const beat of found) count.set(beat, (count.get(beat) ?? 0) + 1);
  const missing = expected.filter((beat) => !count.has(beat));
  const added = [...count.keys()].filter((beat) => !expected.includes(beat));
  const repeated = [...count.entries()].filter(([, n]) => n > 1).map(([beat]) => beat);
  if (missing.length > 0) problems.push(`missing ${missing.join(', ')}`);
  if (added.length > 0) problems.push(`not expected here ${added.join(', ')}`);
  if (repeated.length > 0) problems.push(`repeated ${repeated.join(', ')}`);
  if (problems.length === 0) {
    const at = found.findIndex((beat, i) => beat !== expected[i]);
    problems.push(`out of order at position ${at + 1}: expected ${expected[at]}, found ${found[at]}`);
  }
  return `chronicle ${problems.join('; ')} (found: ${found.join(' > ') || 'no beats'})`;
}
