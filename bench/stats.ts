export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** One result line: median, spread, and the ratio to the goal (< 1 means within the goal). */
export function report(
  name: string,
  samplesMs: number[],
  goalMs: number,
): { name: string; medianMs: number; goalMs: number; ratio: number } {
  const m = median(samplesMs);
  const ratio = m / goalMs;
  const min = Math.min(...samplesMs);
  const max = Math.max(...samplesMs);
  console.log(
    `${name.padEnd(58)} median ${m.toFixed(1).padStart(7)} ms  (min ${min.toFixed(1)}, max ${max.toFixed(1)}, n=${samplesMs.length})  goal < ${goalMs} ms  ratio ${ratio.toFixed(3)}`,
  );
  return { name, medianMs: m, goalMs, ratio };
}
