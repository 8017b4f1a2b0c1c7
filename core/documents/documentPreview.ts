import { agreedBallots } from '../domain/ballotComparison';
import { quorumBaseIds } from '../domain/conferenceRules';
import { ballotCount } from './ballotJob';
import type { DocumentContext, DocumentId } from './documentContext';
import { electionOrEmpty, lockedRounds } from './electionFacts';

/**
 * The in-app preview is for checking the layout (header, table, totals, signatures), not for
 * proofreading every name: a long list is previewed with its first rows only, which keeps the
 * preview of a 2,400-person list under half a second (docs/performance.md) where the whole list
 * took 2–3 s. The same holds for the election's large documents: D12 prints one ballot per person
 * present (the sample's 150 ballots are 75 pages that differ only by their serial), and D13's
 * annex lists every ballot counted (3,000 at a large conference). The file exported or downloaded
 * always has every row and every ballot; totals and figures are always counted over all of them.
 */

/** Lists up to this long are previewed whole (the sample's 184 people are). */
export const PREVIEW_WHOLE_UP_TO = 200;
/** Rows a longer list shows in the preview. */
export const PREVIEW_ROWS = 100;
/** Ballots D12's preview shows: enough to see the sheet, its cut line and the serials run on. */
export const PREVIEW_BALLOTS = 4;

/** What the preview leaves out: rows of a list (D4, D13's annex) or whole ballots (D12). */
export type PreviewUnit = 'rows' | 'ballots';

export interface PreviewRows {
  /** Rows (or ballots) in the preview. */
  shown: number;
  /** Rows (or ballots) in the exported file. */
  total: number;
  unit: PreviewUnit;
}

/** The cut and what to ask the document's job for. */
export interface PreviewCut extends PreviewRows {
  /**
   * `options.previewRows` for the job: the first rows of each list it prints (D13 has an annex per
   * round of ballots), the first ballots of D12.
   */
  limit: number;
}

/** D4 lists everyone summoned — the quorum base (attendanceListData), counted without sorting. */
function attendanceListCut(ctx: Pick<DocumentContext, 'conference' | 'people'>) {
  const total = quorumBaseIds(ctx.conference, ctx.people).size;
  return total > PREVIEW_WHOLE_UP_TO
    ? { shown: PREVIEW_ROWS, total, unit: 'rows' as const, limit: PREVIEW_ROWS }
    : undefined;
}

/** D12 prints the ballots to hand out (ballotCount: issued, else present). */
function ballotsCut(ctx: Pick<DocumentContext, 'conference' | 'people'>) {
  const total = ballotCount(ctx).count;
  return total > PREVIEW_BALLOTS
    ? { shown: PREVIEW_BALLOTS, total, unit: 'ballots' as const, limit: PREVIEW_BALLOTS }
    : undefined;
}

/**
 * D13 prints one minutes per locked round and, for a round entered ballot by ballot, the annex of
 * the ballots counted (those both teams agree on or settled): each annex is cut on its own.
 */
function countingAnnexCut(ctx: Pick<DocumentContext, 'conference'>) {
  const annexes = lockedRounds(electionOrEmpty(ctx.conference))
    .filter((round) => round.mode === 'ballots')
    .map((round) => agreedBallots(round).length);
  const total = annexes.reduce((sum, rows) => sum + rows, 0);
  if (total <= PREVIEW_WHOLE_UP_TO) return undefined;
  const shown = annexes.reduce((sum, rows) => sum + Math.min(rows, PREVIEW_ROWS), 0);
  return { shown, total, unit: 'rows' as const, limit: PREVIEW_ROWS };
}

/**
 * How much of a document the preview shows, when it does not show all of it; undefined when the
 * preview is the whole document.
 */
export function previewRows(
  ctx: Pick<DocumentContext, 'conference' | 'people'>,
  id: DocumentId,
): PreviewCut | undefined {
  switch (id) {
    case 'D4':
      return attendanceListCut(ctx);
    case 'D12':
      return ballotsCut(ctx);
    case 'D13':
      return countingAnnexCut(ctx);
    default:
      return undefined;
  }
}
