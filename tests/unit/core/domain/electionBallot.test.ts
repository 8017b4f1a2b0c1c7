import { describe, expect, it } from 'vitest';
import {
  ballotCandidates,
  ballotEntryProblems,
  interpretBallot,
  orderForBallot,
} from '../../../../core/domain/electionBallot';
import { CANDIDATES, makeRound, people, setupElection } from './election.fixture';

const round = makeRound();
const election = setupElection();
const approve = setupElection({ ballotStyle: 'approveColumns' });
const idsOf = (...numbers: number[]) => numbers.map((n) => CANDIDATES[n - 1]?.id);
const entry = (marks: number[], invalidReason?: 'noStamp') => ({
  marks,
  ...(invalidReason ? { invalidReason } : {}),
});

describe('ballot order (D12: Vietnamese order, given name first)', () => {
  it('orders candidates by given name, then middle, then family name', () => {
    const shuffled = [...CANDIDATES].reverse().map((p) => p.id);
    expect(orderForBallot(shuffled, people)).toEqual(CANDIDATES.map((p) => p.id));
  });

  it('numbers the stored order from 1 with names, positions and departments', () => {
    const list = ballotCandidates(round, people);
    expect(list.map((c) => `${c.ballotNumber}. ${c.fullName}`)).toEqual([
      '1. Nguyễn Văn An',
      '2. Trần Thị Bình',
      '3. Lê Văn Cường',
      '4. Phạm Thị Dung',
      '5. Hoàng Văn Em',
      '6. Vũ Thị Giang',
      '7. Đỗ Văn Hùng',
    ]);
    expect(list[2]).toMatchObject({ position: 'Kế toán viên', department: 'Văn phòng' });
  });

  it('keeps a candidate who left the roster on a stored ballot, at the end when ordering', () => {
    expect(orderForBallot(['ghost', CANDIDATES[1]?.id ?? ''], people)).toEqual([
      CANDIDATES[1]?.id,
      'ghost',
    ]);
    expect(ballotCandidates({ candidateIds: ['ghost'] }, people)[0]?.fullName).toBe(
      '(không có trong danh sách cán bộ)',
    );
  });
});

describe('interpretBallot (R15)', () => {
  it('strike-out: the names not struck are the votes (2 struck of 7 for 5 seats)', () => {
    expect(interpretBallot(entry([2, 5]), round, election)).toEqual({
      valid: true,
      votesFor: idsOf(1, 3, 4, 6, 7),
    });
  });

  it('keeping fewer names than seats is valid (union and school practice)', () => {
    expect(interpretBallot(entry([1, 2, 3, 4, 5]), round, election)).toEqual({
      valid: true,
      votesFor: idsOf(6, 7),
    });
  });

  it('more names kept than seats is invalid (Luật 85/2015 Điều 74 by analogy), valid when the unit says so', () => {
    expect(interpretBallot(entry([1]), round, election)).toEqual({
      valid: false,
      invalidReason: 'overVote',
      votesFor: [],
    });
    // Nothing struck on a ballot with a surplus: every name kept.
    expect(interpretBallot(entry([]), round, election).invalidReason).toBe('overVote');
    const lenient = setupElection({ validity: { overVoteInvalid: false, allStruckInvalid: true } });
    expect(interpretBallot(entry([1]), round, lenient)).toEqual({
      valid: true,
      votesFor: idsOf(2, 3, 4, 5, 6, 7),
    });
  });

  it('every name struck is invalid by default, a valid ballot with no vote when the unit says so', () => {
    const all = entry([1, 2, 3, 4, 5, 6, 7]);
    expect(interpretBallot(all, round, election)).toEqual({
      valid: false,
      invalidReason: 'allStruck',
      votesFor: [],
    });
    const lenient = setupElection({ validity: { overVoteInvalid: true, allStruckInvalid: false } });
    expect(interpretBallot(all, round, lenient)).toEqual({ valid: true, votesFor: [] });
  });

  it('striking the only name of a one-name ballot is a valid "no" (union practice)', () => {
    const single = makeRound({ candidateIds: [CANDIDATES[0]?.id ?? ''], seats: 1 });
    expect(interpretBallot(entry([1]), single, election)).toEqual({ valid: true, votesFor: [] });
    expect(interpretBallot(entry([]), single, election)).toEqual({
      valid: true,
      votesFor: idsOf(1),
    });
  });

  it('an invalid reason seen on the paper wins over the marks', () => {
    expect(interpretBallot(entry([2, 5], 'noStamp'), round, election)).toEqual({
      valid: false,
      invalidReason: 'noStamp',
      votesFor: [],
    });
  });

  it('"Đồng ý" columns: the marked names are the votes; none marked counts as all struck', () => {
    expect(interpretBallot(entry([5, 1]), round, approve)).toEqual({
      valid: true,
      votesFor: idsOf(1, 5),
    });
    expect(interpretBallot(entry([1, 2, 3, 4, 5, 6]), round, approve).invalidReason).toBe(
      'overVote',
    );
    expect(interpretBallot(entry([]), round, approve).invalidReason).toBe('allStruck');
  });

  it('ignores repeated marks and marks outside the ballot (refused earlier, at entry)', () => {
    expect(interpretBallot(entry([2, 2, 5, 9]), round, election).votesFor).toEqual(
      idsOf(1, 3, 4, 6, 7),
    );
  });
});

describe('ballotEntryProblems', () => {
  it('accepts numbers printed on the ballot, once each', () => {
    expect(ballotEntryProblems({ marks: [1, 7] }, round)).toEqual([]);
  });

  it('refuses numbers outside 1..n and numbers typed twice, in Vietnamese', () => {
    expect(ballotEntryProblems({ marks: [0, 8, 3, 3] }, round)).toEqual([
      'Phiếu bầu chỉ có 7 người, đánh số từ 1 đến 7: không có số 0, 8.',
      'Số 3 được nhập hai lần.',
    ]);
  });
});
