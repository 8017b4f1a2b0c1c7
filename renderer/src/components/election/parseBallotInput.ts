/**
 * What the operator typed for one paper ballot: the numbers printed before the candidates' names
 * (the struck names, or the "Đồng ý" names), separated by spaces, commas, dots, "+" or "-" (the
 * keys of a numeric keypad). "0" alone means a ballot with no mark at all. With nine candidates or
 * fewer every number is one digit, so "25" unambiguously means 2 and 5 — one key less per mark.
 *
 * Nothing here decides validity (over-votes, all names struck): that is the tally's rule
 * (core/domain/electionBallot.ts, R15). This only refuses what cannot be a mark on this ballot, so
 * a slip of the finger is caught before it is saved rather than argued over at the comparison.
 */
export type ParsedBallotInput =
  { kind: 'empty' } | { kind: 'marks'; marks: number[] } | { kind: 'error'; message: string };

/** The key that means "no mark at all on this ballot". */
export const NO_MARK_INPUT = '0';

const SEPARATORS = /[\s,.;+-]+/;

export function parseBallotInput(text: string, candidateCount: number): ParsedBallotInput {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (trimmed === NO_MARK_INPUT) return { kind: 'marks', marks: [] };
  const range = `1–${candidateCount}`;
  const tokens = trimmed.split(SEPARATORS).filter(Boolean);
  const numbers: number[] = [];
  for (const token of tokens) {
    if (!/^\d+$/.test(token)) {
      return {
        kind: 'error',
        message: `“${token}” không phải số thứ tự: chỉ gõ các số ${range}, cách nhau bằng dấu cách hoặc dấu phẩy.`,
      };
    }
    // Up to nine candidates every number is one digit: "25" is 2 and 5.
    const parts = candidateCount <= 9 && token.length > 1 ? [...token] : [token];
    for (const part of parts) numbers.push(Number(part));
  }
  const seen = new Set<number>();
  for (const n of numbers) {
    if (n === 0 && numbers.length > 1) {
      return {
        kind: 'error',
        message: 'Số 0 chỉ dùng một mình, cho lá phiếu không có dấu nào.',
      };
    }
    if (n < 1 || n > candidateCount) {
      return {
        kind: 'error',
        message: `Không có ứng cử viên số ${n}: lá phiếu có ${candidateCount} người (số ${range}).`,
      };
    }
    if (seen.has(n)) {
      return { kind: 'error', message: `Số ${n} gõ hai lần — xem lại lá phiếu.` };
    }
    seen.add(n);
  }
  return { kind: 'marks', marks: [...seen].sort((a, b) => a - b) };
}

/** The marks as the operator would type them again ("2 5"; "0" for none). */
export function formatBallotInput(marks: readonly number[]): string {
  return marks.length === 0 ? NO_MARK_INPUT : marks.join(' ');
}
