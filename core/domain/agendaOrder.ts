/**
 * R7, the order part: the statutory steps of Luật 10/2022/QH15 Điều 51.4 must keep the Law's
 * relative order a → i, with the Ban TTND election inside or right after step e (Điều 49.1,
 * 51.4.e). Also the small helpers every R7 message uses.
 */
import type { AgendaItem } from './agenda';
import { AGENDA_KIND_INFO, STATUTORY_STEPS, statutoryRank, type AgendaKind } from './agendaKinds';
import type { Finding } from './conferenceRules';

/** A finding that points at the item concerned, so the screen can highlight it. */
export interface AgendaFinding extends Finding {
  itemId?: string;
}

export const R7_SOURCE = 'Luật 10/2022/QH15, Điều 51.4';
export const ELECTION_SOURCE = 'Luật 10/2022/QH15, Điều 49.1, 51.4.e, 60.3';
export const finding = (
  level: Finding['level'],
  message: string,
  itemId?: string,
  source = R7_SOURCE,
): AgendaFinding => ({ rule: 'R7', level, message, source, ...(itemId ? { itemId } : {}) });

export function titleOf(item: AgendaItem): string {
  return item.title.trim() || AGENDA_KIND_INFO[item.kind].title;
}

/** "bước b (Báo cáo của Ban Chấp hành Công đoàn)" or "mục bầu Ban Thanh tra nhân dân". */
export function stepName(kind: AgendaKind): string {
  const step = STATUTORY_STEPS.find((s) => s.kind === kind);
  return step ? `bước ${step.letter} (${step.shortName})` : 'mục bầu Ban Thanh tra nhân dân';
}

export function shortStep(kind: AgendaKind): string {
  const step = STATUTORY_STEPS.find((s) => s.kind === kind);
  return step ? `bước ${step.letter}` : 'mục bầu';
}

interface Ranked {
  item: AgendaItem;
  rank: number;
}

/**
 * Indices (into `seq`) of the heaviest run already in the Law's order; the rest are misplaced.
 * A lettered step weighs more than the election, so on a tie the election is the one blamed.
 */
function longestOrderedRun(seq: readonly Ranked[]): Set<number> {
  const weight: number[] = seq.map((s) => (s.item.kind === 'boardElection' ? 1 : 2));
  const best = [...weight];
  const previous = seq.map(() => -1);
  for (let i = 0; i < seq.length; i += 1) {
    for (let j = 0; j < i; j += 1) {
      const through = (best[j] ?? 0) + (weight[i] ?? 0);
      if ((seq[j]?.rank ?? 0) < (seq[i]?.rank ?? 0) && through > (best[i] ?? 0)) {
        best[i] = through;
        previous[i] = j;
      }
    }
  }
  let end = best.indexOf(Math.max(0, ...best));
  const run = new Set<number>();
  while (end >= 0) {
    run.add(end);
    end = previous[end] ?? -1;
  }
  return run;
}

/**
 * Out-of-order steps. The longest run already in order is taken as right; each other step is
 * named together with the step it must follow or precede, so one misplaced step gives one message.
 */
export function orderFindings(items: readonly AgendaItem[]): AgendaFinding[] {
  const seen = new Set<AgendaKind>();
  const seq: Ranked[] = [];
  for (const item of items) {
    const rank = statutoryRank(item.kind);
    if (rank === undefined || seen.has(item.kind)) continue;
    seen.add(item.kind);
    seq.push({ item, rank });
  }
  const run = longestOrderedRun(seq);
  const out: AgendaFinding[] = [];
  seq.forEach((x, i) => {
    if (run.has(i)) return;
    const before = seq.filter((y, j) => run.has(j) && j > i && y.rank < x.rank).at(-1);
    const after = before ? undefined : seq.find((y, j) => run.has(j) && j < i && y.rank > x.rank);
    const other = before ?? after;
    if (!other) return;
    const relation = before ? 'trước' : 'sau';
    const should = before ? 'sau' : 'trước';
    const kind = x.item.kind;
    const otherKind = other.item.kind;
    if (kind === 'boardElection') {
      const tail = before ? '.' : `, trước ${shortStep(otherKind)}.`;
      out.push(
        finding(
          'error',
          `Mục bầu Ban Thanh tra nhân dân đang đứng ${relation} ${stepName(otherKind)}: việc bầu là nội dung của bước e (Điều 49.1, 51.4.e), phải diễn ra trong hoặc ngay sau bước e${tail}`,
          x.item.id,
          ELECTION_SOURCE,
        ),
      );
      return;
    }
    out.push(
      finding(
        'error',
        `Sai thứ tự (Điều 51.4): ${stepName(kind)} đang đứng ${relation} ${stepName(otherKind)}; ${shortStep(kind)} phải diễn ra ${should} ${shortStep(otherKind)}.`,
        x.item.id,
      ),
    );
  });
  return out;
}
