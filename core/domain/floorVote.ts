/**
 * The outcome of a show-of-hands vote on the floor (biểu quyết), computed from what the secretary
 * recorded and never stored (proceedings.ts). Two rules of Luật 10/2022/QH15 Điều 51.2.c decide it:
 * R1 — the conference may only decide while at least two thirds of its base are present; R2 — a
 * decision passes with votes for STRICTLY more than half of the people present (30 present → 16).
 * The base of R2 is the people present, not the hands raised nor the people summoned.
 */
import { formatDateVi } from './dates';
import { formatShare, shareOf } from './electionTally';
import type { FloorVote, WrittenOpinionRoute } from './proceedings';
import { computeQuorum, votesToPass, type Quorum } from './quorum';
import type { Fraction, RuleSet } from '../rules/ruleSets';

/**
 * 'invalid': the figures cannot be true (more votes than people present…); 'noQuorum': the
 * conference had lost its quorum, so whatever the count the vote decides nothing.
 */
export type VoteStatus = 'passes' | 'fails' | 'noQuorum' | 'invalid';

export interface VoteOutcome {
  status: VoteStatus;
  passes: boolean;
  /** Votes for needed to pass: the smallest number strictly more than half of those present. */
  needed: number;
  /** What is wrong with the figures, in Vietnamese; a vote with problems has no outcome. */
  problems: string[];
  /** Votes for in hundredths of a percent of the people present (5333 = 53,33%). */
  percentFor: number;
  /** The people present at the vote were at least the quorum (R1). */
  quorumHeld: boolean;
  /** Why the vote decides nothing whatever the count (the quorum lost), citing the article. */
  reason?: string;
  /** One line for the screen, the projector and the minutes. */
  sentence: string;
}

export interface VoteContext {
  /** The conference's quorum now: its base, the number needed and how many checked in. */
  quorum: Quorum;
  rules: RuleSet;
}

export type VoteFigures = Pick<
  FloorVote,
  'present' | 'presentNote' | 'votesFor' | 'votesAgainst' | 'votesOther'
>;

const fractionText = (f: Fraction) => `${f.numerator}/${f.denominator}`;

/** The figures that cannot be true, in Vietnamese; empty when the vote can be counted. */
export function voteProblems(vote: VoteFigures, ctx: VoteContext): string[] {
  const { present, votesFor, votesAgainst, votesOther } = vote;
  const problems: string[] = [];
  if (present <= 0) problems.push('Số người có mặt khi biểu quyết phải lớn hơn 0.');
  const total = votesFor + votesAgainst + votesOther;
  if (total > present) {
    problems.push(
      `Tổng số phiếu (${total}) vượt số người có mặt (${present}): đồng ý ${votesFor}, không đồng ý ${votesAgainst}, ý kiến khác ${votesOther}.`,
    );
  }
  if (present > ctx.quorum.base) {
    problems.push(
      `Số người có mặt (${present}) vượt tổng số người được triệu tập dự hội nghị (${ctx.quorum.base}).`,
    );
  } else if (present > ctx.quorum.present && !vote.presentNote.trim()) {
    // Someone counted in the hall but not checked in: possible (a late arrival), never silent.
    problems.push(
      `Số người có mặt khi biểu quyết (${present}) nhiều hơn số người đã điểm danh (${ctx.quorum.present}): hãy điểm danh bổ sung hoặc ghi lý do.`,
    );
  }
  return problems;
}

/** R1 + R2 on one vote: its status, the votes needed and the sentence to show. */
export function voteOutcome(vote: VoteFigures, ctx: VoteContext): VoteOutcome {
  const { rules } = ctx;
  const { present, votesFor } = vote;
  const needed = votesToPass(present, rules.passFraction.value);
  const percentFor = shareOf(votesFor, present).basisPoints;
  const atVote = computeQuorum(present, ctx.quorum.base, rules.quorum.value);
  const quorumHeld = atVote.reached;
  const problems = voteProblems(vote, ctx);
  const counted = `Đồng ý ${votesFor}/${present} người có mặt (${formatShare({ basisPoints: percentFor })})`;
  if (problems.length > 0) {
    return {
      status: 'invalid',
      passes: false,
      needed,
      problems,
      percentFor,
      quorumHeld,
      sentence: `Chưa xác định được kết quả: ${problems[0] ?? ''}`,
    };
  }
  if (!quorumHeld) {
    const quorumText = `${present}/${atVote.base} người có mặt, cần ít nhất ${atVote.needed} (${fractionText(rules.quorum.value)})`;
    return {
      status: 'noQuorum',
      passes: false,
      needed,
      problems,
      percentFor,
      quorumHeld,
      reason: `Hội nghị không còn đủ số người tham dự tối thiểu (${quorumText}) theo ${rules.quorum.source}: biểu quyết không có giá trị, nghị quyết và quyết định chỉ được thông qua khi hội nghị đủ điều kiện tiến hành.`,
      sentence: `Không đủ số người tham dự tối thiểu: ${quorumText} — biểu quyết không có giá trị (${rules.quorum.source})`,
    };
  }
  const passes = votesFor >= needed;
  return {
    status: passes ? 'passes' : 'fails',
    passes,
    needed,
    problems,
    percentFor,
    quorumHeld,
    sentence: passes
      ? `${counted} — thông qua`
      : `${counted} — không thông qua (cần ít nhất ${needed})`,
  };
}

type WrittenRoute = Pick<WrittenOpinionRoute, 'formsIssued' | 'formsReturned'>;
type WrittenItem = WrittenOpinionRoute['items'][number];

function routeProblems(route: WrittenRoute, staffCount: number): string[] {
  const problems: string[] = [];
  if (staffCount <= 0) problems.push('Chưa có danh sách cán bộ để tính tỷ lệ.');
  if (route.formsIssued > staffCount) {
    problems.push(
      `Số phiếu phát ra (${route.formsIssued}) vượt tổng số người lao động (${staffCount}).`,
    );
  }
  if (route.formsReturned > route.formsIssued) {
    problems.push(
      `Số phiếu thu về (${route.formsReturned}) vượt số phiếu phát ra (${route.formsIssued}).`,
    );
  }
  return problems;
}

function writtenItemProblems(item: WrittenItem, route: WrittenRoute): string[] {
  const total = item.votesFor + item.votesAgainst + item.votesOther;
  return total > route.formsReturned
    ? [
        `Tổng số ý kiến của mục “${item.title}” (${total}) vượt số phiếu thu về (${route.formsReturned}).`,
      ]
    : [];
}

type RouteDates = Partial<
  Pick<
    WrittenOpinionRoute,
    'firstAttemptDate' | 'secondConvocationDate' | 'issuedOn' | 'returnBy' | 'countedOn'
  >
>;

/**
 * The route's dates out of order: the second convocation after the first, the forms out after the
 * second convocation (Điều 50.2), returned and counted after they went out. A day may repeat (the
 * forms handed out at the end of the second meeting). ISO dates compare as strings.
 */
function routeDateProblems(route: RouteDates): string[] {
  const problems: string[] = [];
  const notBefore = (
    later: [string, string | undefined],
    earlier: [string, string | undefined],
    why = '',
  ) => {
    const [laterLabel, laterDate] = later;
    const [earlierLabel, earlierDate] = earlier;
    if (laterDate === undefined || earlierDate === undefined || laterDate >= earlierDate) return;
    problems.push(
      `${laterLabel} (${formatDateVi(laterDate)}) sớm hơn ${earlierLabel} (${formatDateVi(earlierDate)})${why}.`,
    );
  };
  const second: [string, string | undefined] = [
    'ngày triệu tập lần thứ hai',
    route.secondConvocationDate,
  ];
  notBefore(
    ['Ngày triệu tập lần thứ hai', route.secondConvocationDate],
    ['lần thứ nhất', route.firstAttemptDate],
  );
  notBefore(
    ['Ngày phát phiếu', route.issuedOn],
    second,
    ': chỉ lấy ý kiến bằng phiếu khi triệu tập lần thứ hai vẫn không đủ người (Điều 50.2)',
  );
  const start: [string, string | undefined] =
    route.issuedOn !== undefined ? ['ngày phát phiếu', route.issuedOn] : second;
  notBefore(['Hạn nộp phiếu', route.returnBy], start);
  notBefore(['Ngày tổng hợp kết quả', route.countedOn], start);
  return problems;
}

/**
 * Every figure of the Điều 50.2 route that cannot be true, and every date out of order; empty
 * when it can be counted and printed.
 */
export function writtenOpinionProblems(
  route: WrittenRoute & Pick<WrittenOpinionRoute, 'items'> & RouteDates,
  staffCount: number,
): string[] {
  return [
    ...routeProblems(route, staffCount),
    ...route.items.flatMap((item) => writtenItemProblems(item, route)),
    ...routeDateProblems(route),
  ];
}

/**
 * Điều 50.2: when a second convocation still lacks the quorum, opinion forms go to all staff and
 * an item passes with votes for strictly more than half of ALL staff (the same R2 arithmetic on
 * the number of staff instead of the people present). There is no quorum to hold.
 */
export function writtenOpinionOutcome(
  item: WrittenItem,
  route: WrittenRoute,
  staffCount: number,
  rules: RuleSet,
): VoteOutcome {
  const needed = votesToPass(staffCount, rules.passFraction.value);
  const percentFor = shareOf(item.votesFor, staffCount).basisPoints;
  const problems = [...routeProblems(route, staffCount), ...writtenItemProblems(item, route)];
  const base = { needed, problems, percentFor, quorumHeld: true };
  if (problems.length > 0) {
    return {
      ...base,
      status: 'invalid',
      passes: false,
      sentence: `Chưa xác định được kết quả: ${problems[0] ?? ''}`,
    };
  }
  const passes = item.votesFor >= needed;
  const counted = `Đồng ý ${item.votesFor}/${staffCount} người lao động (${formatShare({ basisPoints: percentFor })})`;
  return {
    ...base,
    status: passes ? 'passes' : 'fails',
    passes,
    sentence: passes
      ? `${counted} — thông qua`
      : `${counted} — không thông qua (cần ít nhất ${needed})`,
  };
}

/** The outcome in one clause without a final stop, to quote inside another sentence. */
export function outcomeSummary(outcome: Pick<VoteOutcome, 'reason' | 'sentence'>): string {
  return (outcome.reason ?? outcome.sentence).replace(/\.$/, '');
}
