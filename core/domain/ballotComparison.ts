/**
 * Two counting teams enter the same stack of paper ballots on their own; only what both typed
 * alike — or what the counting board settled by looking at the paper — is counted, and a result is
 * locked only when nothing is left to settle and every R18 check holds (anchors.md lesson 6: the
 * Thái Nguyên congress software accepted a result only when independent entries agreed; OpaVote
 * diffs two independent entries).
 */
import type { BallotEntry, BallotStyle, ElectionRound, RoundTally } from './election';
import { INVALID_REASON_LABELS } from './glossary';

export interface Disagreement {
  serial: number;
  a?: BallotEntry;
  b?: BallotEntry;
  /** What the counting board read on the paper, once settled. */
  settled?: BallotEntry;
  /** In Vietnamese, e.g. "Tổ A gạch 2, 5 — tổ B gạch 2". */
  what: string;
}

export interface TeamComparison {
  /** What is counted, by serial: entries both teams typed alike, or settled from the paper. */
  agreed: BallotEntry[];
  /** Every serial the teams typed differently (or only one typed), settled or not, by serial. */
  disagreements: Disagreement[];
  /** Serials only team A (B) typed. */
  onlyA: number[];
  onlyB: number[];
}

/** Same reading of the paper: same invalid reason, or both valid with the same set of numbers. */
export function sameReading(a: BallotEntry, b: BallotEntry): boolean {
  if (a.invalidReason || b.invalidReason) return a.invalidReason === b.invalidReason;
  return sameMarks(a.marks, b.marks);
}

function sameMarks(a: readonly number[], b: readonly number[]): boolean {
  // Entries are stored sorted and without repeats (the service cleans them): compare in place first.
  if (a.length === b.length && a.every((m, i) => m === b[i])) return true;
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size !== sb.size) return false;
  for (const m of sa) if (!sb.has(m)) return false;
  return true;
}

/** "gạch 2, 5", "không gạch tên nào", "phiếu không hợp lệ (không có dấu của Công đoàn)". */
export function describeEntry(entry: BallotEntry, style: BallotStyle): string {
  if (entry.invalidReason)
    return `phiếu không hợp lệ (${INVALID_REASON_LABELS[entry.invalidReason]})`;
  const marks = [...new Set(entry.marks)].sort((x, y) => x - y);
  if (style === 'approveColumns') {
    return marks.length === 0 ? 'không đồng ý ai' : `đồng ý ${marks.join(', ')}`;
  }
  return marks.length === 0 ? 'không gạch tên nào' : `gạch ${marks.join(', ')}`;
}

function describe(a: BallotEntry | undefined, b: BallotEntry | undefined, style: BallotStyle) {
  const side = (team: string, e: BallotEntry | undefined) =>
    e ? `${team} ${describeEntry(e, style)}` : `${team} không nhập phiếu này`;
  return `${side('Tổ A', a)} — ${side('tổ B', b)}`;
}

/**
 * Ballot by ballot, by serial. A settlement (what the paper says) is counted for its serial and
 * wins over both teams; a serial neither team typed is never counted.
 */
export function compareTeams(
  round: Pick<ElectionRound, 'passes' | 'settlements'>,
  style: BallotStyle = 'strikeOut',
): TeamComparison {
  const a = new Map(round.passes.A.map((e) => [e.serial, e]));
  const b = new Map(round.passes.B.map((e) => [e.serial, e]));
  const serials = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => x - y);
  const agreed: BallotEntry[] = [];
  const disagreements: Disagreement[] = [];
  const onlyA: number[] = [];
  const onlyB: number[] = [];
  for (const serial of serials) {
    const ea = a.get(serial);
    const eb = b.get(serial);
    const settled = round.settlements[String(serial)];
    if (!eb) onlyA.push(serial);
    if (!ea) onlyB.push(serial);
    if (ea && eb && sameReading(ea, eb)) {
      agreed.push(settled ?? ea);
      continue;
    }
    disagreements.push({
      serial,
      ...(ea ? { a: ea } : {}),
      ...(eb ? { b: eb } : {}),
      ...(settled ? { settled } : {}),
      what: describe(ea, eb, style),
    });
    if (settled) agreed.push(settled);
  }
  return { agreed, disagreements, onlyA, onlyB };
}

/** The ballots that count: typed alike by both teams, or settled from the paper. */
export function agreedBallots(round: Pick<ElectionRound, 'passes' | 'settlements'>): BallotEntry[] {
  return compareTeams(round).agreed;
}

/** Counts for the screen: how far each team is and what is left to settle. */
export interface ComparisonSummary {
  a: number;
  b: number;
  agreed: number;
  disagreements: number;
  unsettled: number;
}

export function comparisonSummary(
  round: Pick<ElectionRound, 'passes'>,
  comparison: TeamComparison,
): ComparisonSummary {
  return {
    a: round.passes.A.length,
    b: round.passes.B.length,
    agreed: comparison.agreed.length,
    disagreements: comparison.disagreements.length,
    unsettled: comparison.disagreements.filter((d) => !d.settled).length,
  };
}

/**
 * A count is locked only when both teams' passes agree (or every difference is settled from the
 * paper) and every R18 check holds (anchors.md lessons 1, 3, 6). Totals mode: the hand-counted
 * totals and the same checks.
 */
export function canLock(
  round: ElectionRound,
  tally: Pick<RoundTally, 'collected' | 'checks'>,
): { ok: boolean; reasons: string[] } {
  const reasons: string[] = [];
  if (round.locked) reasons.push(`Lần bầu thứ ${round.number} đã được khoá.`);
  if (round.mode === 'totals') {
    if (!round.totals) reasons.push('Chưa nhập kết quả kiểm phiếu.');
  } else {
    if (round.passes.A.length === 0) reasons.push('Tổ A chưa nhập phiếu nào.');
    if (round.passes.B.length === 0) reasons.push('Tổ B chưa nhập phiếu nào.');
    const unsettled = compareTeams(round).disagreements.filter((d) => !d.settled);
    if (unsettled.length > 0) {
      const list = unsettled
        .slice(0, 10)
        .map((d) => d.serial)
        .join(', ');
      const more = unsettled.length > 10 ? '…' : '';
      reasons.push(
        `Còn ${unsettled.length} phiếu hai tổ nhập khác nhau chưa đối chiếu với phiếu gốc (số ${list}${more}).`,
      );
    }
  }
  if (reasons.length === 0 && tally.collected === 0) reasons.push('Chưa có phiếu nào được kiểm.');
  for (const check of tally.checks) if (!check.ok) reasons.push(check.message);
  return { ok: reasons.length === 0, reasons };
}
