import { describe, expect, it } from 'vitest';
import {
  PREVIEW_BALLOTS,
  PREVIEW_ROWS,
  PREVIEW_WHOLE_UP_TO,
  previewRows,
} from '../../../../core/documents/documentPreview';
import { ElectionSchema, type Election } from '../../../../core/domain/election';
import {
  attendance,
  electionContext,
  electionInput,
  lockedElection,
  setupContext,
} from './electionContext.fixture';

/** A locked election whose first round has `ballots` counted, and a second round of `second`. */
function twoRounds(ballots: number, second: number): Election {
  const first = lockedElection({}, ballots);
  const round = first.rounds[0];
  if (!round) throw new Error('no round');
  const again = lockedElection({}, second).rounds[0];
  if (!again) throw new Error('no round');
  return { ...first, rounds: [round, { ...again, number: 2, reason: 'shortfall' }] };
}

describe('previewRows: how much of a long document the in-app preview shows', () => {
  it('shows D4 whole up to 200 people, then its first 100 rows, counted as rows', () => {
    const ctx = electionContext(undefined);
    expect(ctx.people).toHaveLength(184);
    expect(previewRows(ctx, 'D4')).toBeUndefined();
    const more = (n: number) => [
      ...ctx.people,
      ...ctx.people.slice(0, n - 184).map((p, i) => ({ ...p, id: `x${i}` })),
    ];
    expect(previewRows({ ...ctx, people: more(PREVIEW_WHOLE_UP_TO) }, 'D4')).toBeUndefined();
    expect(previewRows({ ...ctx, people: more(PREVIEW_WHOLE_UP_TO + 1) }, 'D4')).toEqual({
      shown: PREVIEW_ROWS,
      total: PREVIEW_WHOLE_UP_TO + 1,
      unit: 'rows',
      limit: PREVIEW_ROWS,
    });
  });

  it('shows D12 with its first 4 ballots of the 150 to print, and counts them as ballots', () => {
    expect(previewRows(electionContext(lockedElection()), 'D12')).toEqual({
      shown: PREVIEW_BALLOTS,
      total: 150,
      unit: 'ballots',
      limit: PREVIEW_BALLOTS,
    });
    // Before any round: one ballot per person checked in (150 of the 184).
    expect(previewRows(setupContext(), 'D12')).toMatchObject({ shown: 4, total: 150 });
  });

  it('shows D12 whole when there are no more ballots than the preview would show', () => {
    const few = electionContext(ElectionSchema.parse(electionInput()), {
      attendance: attendance(3),
    });
    expect(previewRows(few, 'D12')).toBeUndefined();
  });

  it('shows D13 whole while its annex is short (the sample’s 149 ballots), else the first 100 rows', () => {
    expect(previewRows(electionContext(lockedElection()), 'D13')).toBeUndefined();
    expect(previewRows(electionContext(lockedElection({}, 3000)), 'D13')).toEqual({
      shown: PREVIEW_ROWS,
      total: 3000,
      unit: 'rows',
      limit: PREVIEW_ROWS,
    });
  });

  it('cuts each round’s annex of D13 on its own and adds them up', () => {
    const cut = previewRows(electionContext(twoRounds(3000, 60)), 'D13');
    expect(cut).toEqual({ shown: PREVIEW_ROWS + 60, total: 3060, unit: 'rows', limit: 100 });
  });

  it('never cuts D13 before a round is locked, nor a round counted by totals (no annex)', () => {
    const counting = lockedElection({}, 3000);
    const open = counting.rounds.map(({ locked: _locked, ...round }) => round);
    expect(previewRows(electionContext({ ...counting, rounds: open }), 'D13')).toBeUndefined();
    const totals = counting.rounds.map((r) => ({ ...r, mode: 'totals' as const }));
    expect(previewRows(electionContext({ ...counting, rounds: totals }), 'D13')).toBeUndefined();
  });

  it('previews every other document whole', () => {
    const ctx = electionContext(lockedElection({}, 3000));
    for (const id of ['D1', 'D2', 'D5', 'D10', 'D11', 'D14', 'D16', 'D17'] as const)
      expect(previewRows(ctx, id), id).toBeUndefined();
  });
});
