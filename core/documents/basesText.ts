/**
 * The bases ("Căn cứ …") of a decision or a resolution as printed: each ends with ";", the last
 * with "." (NĐ 30/2020/NĐ-CP Phụ lục I, mục II.6 — R26), whatever the user typed at its end.
 */
export function basesText(bases: readonly string[]): string[] {
  return bases.map(
    (b, i) => `${b.trim().replace(/[;.]+$/, '')}${i === bases.length - 1 ? '.' : ';'}`,
  );
}
