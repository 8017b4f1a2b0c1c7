import { describe, expect, it } from 'vitest';
import {
  agreedBallots,
  canLock,
  compareTeams,
  comparisonSummary,
} from '../../../../core/domain/ballotComparison';
import { tallyRound } from '../../../../core/domain/electionTally';
import { ballots, makeRound, people, repeat, rules, setupElection } from './election.fixture';

const election = setupElection();
const stack = ballots([...repeat(8, [6, 7]), [1, 2], [3], [4, 5]]);

describe('compareTeams (two independent passes, anchors.md lesson 6)', () => {
  it('agrees ballot by ballot when both teams typed the same stack', () => {
    const round = makeRound({ passes: { A: stack, B: stack.map((e) => ({ ...e })) } });
    const c = compareTeams(round);
    expect(c.agreed).toHaveLength(11);
    expect(c.disagreements).toEqual([]);
  });

  it('treats the same numbers in another order, or the same invalid reason with other marks, as the same reading', () => {
    const a = [
      { serial: 1, marks: [5, 2], note: '' },
      { serial: 2, marks: [1], invalidReason: 'noStamp' as const, note: '' },
    ];
    const b = [
      { serial: 1, marks: [2, 5], note: 'ghi chú' },
      { serial: 2, marks: [], invalidReason: 'noStamp' as const, note: '' },
    ];
    expect(compareTeams(makeRound({ passes: { A: a, B: b } })).disagreements).toEqual([]);
  });

  it('lists each difference in words, and serials only one team typed', () => {
    const b = stack.map((e) => (e.serial === 9 ? { ...e, marks: [2] } : { ...e }));
    b.splice(10, 1); // B never typed ballot 11
    b.push({ serial: 12, marks: [1, 3], note: '' });
    const round = makeRound({ passes: { A: stack, B: b } });
    const c = compareTeams(round);
    expect(c.disagreements.map((d) => [d.serial, d.what])).toEqual([
      [9, 'Tổ A gạch 1, 2 — tổ B gạch 2'],
      [11, 'Tổ A gạch 4, 5 — tổ B không nhập phiếu này'],
      [12, 'Tổ A không nhập phiếu này — tổ B gạch 1, 3'],
    ]);
    expect(c.onlyA).toEqual([11]);
    expect(c.onlyB).toEqual([12]);
    expect(c.agreed.map((e) => e.serial)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10]);
    expect(comparisonSummary(round, c)).toEqual({
      a: 11,
      b: 11,
      agreed: 9,
      disagreements: 3,
      unsettled: 3,
    });
  });

  it('describes invalid ballots and "Đồng ý" ballots in their own words', () => {
    const round = makeRound({
      passes: {
        A: [{ serial: 1, marks: [], invalidReason: 'addedNames', note: '' }],
        B: [{ serial: 1, marks: [1, 4], note: '' }],
      },
    });
    expect(compareTeams(round, 'approveColumns').disagreements[0]?.what).toBe(
      'Tổ A phiếu không hợp lệ (ghi thêm tên người ngoài danh sách) — tổ B đồng ý 1, 4',
    );
    const none = makeRound({
      passes: { A: [{ serial: 1, marks: [], note: '' }], B: [{ serial: 1, marks: [3], note: '' }] },
    });
    expect(compareTeams(none).disagreements[0]?.what).toBe('Tổ A không gạch tên nào — tổ B gạch 3');
  });

  it('counts what the paper says once a difference is settled', () => {
    const b = stack.map((e) => (e.serial === 9 ? { ...e, marks: [2] } : { ...e }));
    const round = makeRound({
      passes: { A: stack, B: b },
      settlements: { '9': { serial: 9, marks: [2], note: 'Xem phiếu gốc' } },
    });
    const c = compareTeams(round);
    expect(c.disagreements[0]?.settled?.marks).toEqual([2]);
    expect(agreedBallots(round).find((e) => e.serial === 9)?.marks).toEqual([2]);
    expect(agreedBallots(round)).toHaveLength(11);
  });
});

describe('canLock (anchors.md lessons 1, 3, 6; R18)', () => {
  const lockable = makeRound({
    present: 11,
    ballotsIssued: 11,
    passes: { A: stack, B: stack.map((e) => ({ ...e })) },
  });
  const tally = (round = lockable) => tallyRound(election, round, people, rules);

  it('locks when both passes agree and every check holds', () => {
    expect(canLock(lockable, tally())).toEqual({ ok: true, reasons: [] });
  });

  it('refuses while a team has typed nothing', () => {
    const round = makeRound({ passes: { A: stack, B: [] } });
    const verdict = canLock(round, tally(round));
    expect(verdict.ok).toBe(false);
    expect(verdict.reasons).toContain('Tổ B chưa nhập phiếu nào.');
  });

  it('refuses while a disagreement is unsettled, naming the serials', () => {
    const b = stack.map((e) => (e.serial === 4 ? { ...e, marks: [1] } : { ...e }));
    const round = { ...lockable, passes: { A: stack, B: b } };
    expect(canLock(round, tally(round)).reasons).toEqual([
      'Còn 1 phiếu hai tổ nhập khác nhau chưa đối chiếu với phiếu gốc (số 4).',
    ]);
  });

  it('refuses when an R18 check fails: more ballots collected than issued', () => {
    const round = { ...lockable, ballotsIssued: 10 };
    expect(canLock(round, tally(round)).reasons).toEqual([
      'Số phiếu thu vào (11) nhiều hơn số phiếu phát ra (10).',
    ]);
  });

  it('refuses a round already locked, and a totals round with nothing entered', () => {
    const locked = { ...lockable, locked: { at: '2026-01-15T10:00:00Z', note: '' } };
    expect(canLock(locked, tally(locked)).reasons[0]).toBe('Lần bầu thứ 1 đã được khoá.');
    const totals = makeRound({ mode: 'totals' });
    expect(canLock(totals, tally(totals)).reasons).toEqual(['Chưa nhập kết quả kiểm phiếu.']);
  });
});
