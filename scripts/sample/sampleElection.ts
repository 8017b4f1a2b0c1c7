/**
 * The sample's Ban Thanh tra nhân dân election (issue 5), through the election channels exactly as
 * the screens use them: the setup before the conference, then on the day a round with the people
 * present, both counting teams typing the same paper stack ballot by ballot (each slips once; the
 * board settles both from the paper), the lock, the board's first meeting and the recognition.
 */
import type { ChannelInput, ChannelOutput } from '../../core/contract';
import { vietnamClock } from '../../core/domain/vietnamTime';
import { hanoi, type SampleContext } from './sampleContext';
import { sampleBallotStack } from './sampleBallots';

type Entry = ChannelInput<'election:recordBallot'>['entry'];
type ElectionView = ChannelOutput<'election:get'>;

/** The union executive's candidates (R13: each agreed to stand), 7 for 5 seats. */
const CANDIDATES = [
  'Trịnh Thanh Việt',
  'Khúc Quang Giang',
  'Phan Minh Linh',
  'Bùi Đình An',
  'Vũ Thanh Loan',
  'Đinh Hồng Ánh',
  'Nguyễn Tuấn Tú',
];
/** How often the hall strikes each name (larger: more often): two clearly behind the rest. */
const STRIKE_WEIGHT: Record<string, number> = {
  'Vũ Thanh Loan': 0.5,
  'Khúc Quang Giang': 0.8,
  'Phan Minh Linh': 1,
  'Bùi Đình An': 1.2,
  'Trịnh Thanh Việt': 1.5,
  'Đinh Hồng Ánh': 4.5,
  'Nguyễn Tuấn Tú': 5.5,
};
const SEATS = 5;
const SEED = 2026_01_15;

/** Sets up the election before the conference (R11–R16); the agenda already has its item. */
export async function setUpSampleElection(s: SampleContext): Promise<void> {
  const { call, byName, conferenceId } = s;
  const countingBoard = ['Nguyễn Thu Nhung', 'Đặng Thùy Quỳnh', 'Lý Khánh Ý'].map(byName);
  const view = await call('election:saveSetup', {
    conferenceId,
    setup: {
      kind: 'fullTerm',
      termFromYear: 2026,
      seats: SEATS,
      candidates: CANDIDATES.map((name) => ({
        personId: byName(name).id,
        nominatedBy: 'unionExecutive',
        consent: true,
        consentNote: 'Đơn đồng ý ứng cử ngày 08/01/2026',
      })),
      countingBoard: {
        headId: countingBoard[0]?.id,
        memberIds: countingBoard.map((p) => p.id),
        witnesses: [
          { personId: byName('Phạm Thanh Hương').id },
          { personId: byName('Huỳnh Thùy Ánh').id },
        ],
      },
      ballotStyle: 'strikeOut',
      winningBase: 'present',
      ballotSerials: true,
      ballotsPerSheet: 2,
    },
  });
  if (view.findings.some((f) => f.severity === 'error'))
    throw new Error(`election setup: ${view.findings.map((f) => f.message).join('; ')}`);
}

/** Which ballot each team mistypes, and how: one name too few for A, one too many for B. */
function slips(stack: readonly Entry[]): { a: Entry; b: Entry } {
  const valid = stack.filter((e) => !e.invalidReason && e.marks.length === 2);
  const first = valid[Math.floor(valid.length / 5)];
  const second = valid[Math.floor((valid.length * 3) / 4)];
  if (!first || !second) throw new Error('the stack is too small for two slips');
  const unstruck = [1, 2, 3, 4, 5, 6, 7].find((n) => !second.marks.includes(n)) ?? 1;
  return {
    a: { ...first, marks: first.marks.slice(0, 1) },
    b: { ...second, marks: [...second.marks, unstruck].sort((x, y) => x - y) },
  };
}

/**
 * On the day: the round with everyone present, both teams' passes, the two disagreements settled
 * from the paper, the lock. The clock moves a few seconds per ballot typed.
 */
export async function countSampleElection(
  s: SampleContext,
  present: number,
): Promise<ElectionView> {
  const { call, clock, conferenceId } = s;
  const started = await call('election:startRound', {
    conferenceId,
    present,
    ballotsIssued: present,
    mode: 'ballots',
  });
  const ballot = started.rounds[0]?.ballotCandidates ?? [];
  const stack = sampleBallotStack({
    seed: SEED,
    ballots: present,
    seats: SEATS,
    strikeWeights: ballot.map((c) => STRIKE_WEIGHT[c.fullName] ?? 1),
  });
  const slip = slips(stack);
  clock.advance(10 * 60);
  // The counting board opens the box once voting ends: the time D13 states as its start.
  const countStartedAt = vietnamClock(clock.now());
  for (const team of ['A', 'B'] as const) {
    for (const paper of stack) {
      const mistyped = team === 'A' ? slip.a : slip.b;
      const entry = paper.serial === mistyped.serial ? mistyped : paper;
      await call('election:recordBallot', { conferenceId, round: 1, team, entry });
      clock.advance(4);
    }
  }
  const compared = await call('election:get', { conferenceId });
  const disagreements = compared.rounds[0]?.disagreements ?? [];
  if (disagreements.length !== 2)
    throw new Error(`expected 2 disagreements, not ${disagreements.length}`);
  for (const { serial } of disagreements) {
    const paper = stack.find((e) => e.serial === serial);
    if (!paper) throw new Error(`no ballot ${serial}`);
    await call('election:settle', { conferenceId, round: 1, serial, entry: paper });
    clock.advance(60);
  }
  const locked = await call('election:lockRound', {
    conferenceId,
    round: 1,
    note: 'Ban kiểm phiếu đã đối chiếu phiếu gốc các phiếu hai tổ nhập khác nhau.',
  });
  const tally = locked.rounds[0]?.tally;
  if (locked.outcome.status !== 'complete' || !tally?.allChecksPass || tally.tiedAtLastSeat.length)
    throw new Error(`the sample election is not complete: ${locked.outcome.message}`);
  return call('election:saveCountTimes', {
    conferenceId,
    round: 1,
    countStartedAt,
    countEndedAt: locked.rounds[0]?.round.countEndedAt ?? null,
  });
}

/**
 * After the conference: the union executive recognises the result within 5 working days (R20,
 * Nghị định 59/2023/NĐ-CP Điều 21.1) — on the Monday after; the next day the board's first meeting,
 * which opens by announcing that decision, elects its head and one deputy among the elected (R19).
 */
export async function finishSampleElection(
  s: SampleContext,
  elected: readonly string[],
): Promise<void> {
  const { call, clock, byName, conferenceId } = s;
  const [head, deputy, secretary] = elected;
  if (!head || !deputy || !secretary) throw new Error('fewer than 3 elected');
  clock.at(hanoi('2026-01-19', '09:00'));
  const recognised = await call('election:saveRecognition', { conferenceId, date: '2026-01-19' });
  if (recognised.findings.length > 0)
    throw new Error(`recognition: ${recognised.findings.map((f) => f.message).join('; ')}`);
  clock.at(hanoi('2026-01-20', '14:00'));
  await call('election:saveFirstMeeting', {
    conferenceId,
    firstMeeting: {
      date: '2026-01-20',
      time: '14:00',
      place: 'Phòng họp tầng 2, trụ sở Bộ',
      headId: head,
      deputyIds: [deputy],
      convenedById: byName('Hồ Thanh Hiếu').id,
      secretaryId: secretary,
      tasksNote:
        'Trưởng ban phụ trách chung; Phó Trưởng ban phụ trách giám sát thực hiện nghị quyết hội nghị và quy chế chi tiêu nội bộ. Ban xây dựng chương trình hoạt động năm 2026, trình Ban Chấp hành Công đoàn trước ngày 31/01/2026.',
    },
  });
}
