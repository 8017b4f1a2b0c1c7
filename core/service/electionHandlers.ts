import { AppError } from '../domain/appError';
import { canLock, compareTeams, describeEntry, sameReading } from '../domain/ballotComparison';
import type { Conference } from '../domain/conference';
import { activeStaff, quorumBaseIds } from '../domain/conferenceRules';
import { vietnamClock, vietnamDate } from '../domain/vietnamTime';
import {
  ElectionSchema,
  type AuditEntry,
  type BallotEntry,
  type BallotStyle,
  type Election,
  type ElectionRound,
  type Team,
} from '../domain/election';
import { ballotEntryProblems, interpretBallot, orderForBallot } from '../domain/electionBallot';
import { decisionProblems, electionOutcome, nextRoundFor } from '../domain/electionRounds';
import { candidateEligibility, electionSetupFindings } from '../domain/electionSetup';
import { tallyRound } from '../domain/electionTally';
import { firstMeetingProblems } from '../domain/firstMeetingProblems';
import type { Person } from '../domain/person';
import type { MainDoc } from '../domain/workspace';
import { ruleSet, type RuleSet } from '../rules/ruleSets';
import type { BallotExpectation } from '../electionContract';
import type { Handlers } from './handlers';
import { normalizeDeep } from './normalizeDeep';
import type { ServiceContext } from './serviceContext';
import { boardMemberIds, electionView } from './electionView';

type ElectionChannels =
  | 'election:get'
  | 'election:saveSetup'
  | 'election:waive'
  | 'election:unwaive'
  | 'election:startRound'
  | 'election:updateRound'
  | 'election:recordBallot'
  | 'election:deleteBallot'
  | 'election:settle'
  | 'election:saveTotals'
  | 'election:lockRound'
  | 'election:unlockRound'
  | 'election:decide'
  | 'election:saveFirstMeeting'
  | 'election:saveRecognition'
  | 'election:saveCountTimes';

const AUDIT_DETAIL_MAX = 1000;

function requireElection(conference: Conference): Election {
  if (!conference.election) {
    throw new AppError(
      'NOT_FOUND',
      'Hội nghị này chưa thiết lập bầu Ban Thanh tra nhân dân: hãy nhập số lượng cần bầu và danh sách người ứng cử trước.',
    );
  }
  return conference.election;
}

function requireHeld(election: Election): void {
  if (election.waiver) {
    throw new AppError(
      'CONFLICT',
      'Hội nghị này đã ghi "không bầu Ban Thanh tra nhân dân": hãy bỏ ghi nhận đó trước khi bầu.',
    );
  }
}

function requireRound(election: Election, number: number): { round: ElectionRound; index: number } {
  const index = election.rounds.findIndex((r) => r.number === number);
  const round = election.rounds[index];
  if (!round) throw new AppError('NOT_FOUND', `Không có lần bầu thứ ${number}.`);
  return { round, index };
}

function requireOpen(round: ElectionRound): void {
  if (round.locked) {
    throw new AppError(
      'CONFLICT',
      `Kết quả lần bầu thứ ${round.number} đã khoá: muốn sửa, hãy mở khoá và ghi lý do.`,
    );
  }
}

function requireBallotMode(round: ElectionRound): void {
  if (round.mode !== 'ballots') {
    throw new AppError(
      'CONFLICT',
      `Lần bầu thứ ${round.number} chỉ nhập tổng số: hãy chuyển sang nhập từng phiếu trước.`,
    );
  }
}

/** Present and issued: nobody beyond the people summoned is present, no ballot beyond them issued. */
function checkRoundFigures(
  conference: Conference,
  people: readonly Person[],
  present: number,
  ballotsIssued: number,
): void {
  const problems: string[] = [];
  const summoned = quorumBaseIds(conference, people).size;
  if (present < 1) problems.push('Số người có mặt khi phát phiếu phải lớn hơn 0.');
  if (summoned > 0 && present > summoned) {
    problems.push(`Số người có mặt (${present}) nhiều hơn số người được triệu tập (${summoned}).`);
  }
  if (ballotsIssued > present) {
    problems.push(
      `Số phiếu phát ra (${ballotsIssued}) nhiều hơn số người có mặt (${present}): mỗi người có mặt nhận một phiếu.`,
    );
  }
  if (problems.length > 0) throw new AppError('INVALID_INPUT', problems[0] ?? '', problems);
}

function cleanEntry(entry: BallotEntry): BallotEntry {
  return {
    serial: entry.serial,
    marks: [...new Set(entry.marks)].sort((a, b) => a - b),
    ...(entry.invalidReason ? { invalidReason: entry.invalidReason } : {}),
    note: entry.note.normalize('NFC').trim(),
  };
}

function names(ids: readonly string[], people: readonly Person[]): string {
  const byId = new Map(people.map((p) => [p.id, p.fullName]));
  return ids.map((id) => byId.get(id) ?? id).join(', ');
}

/**
 * Refuses a ballot typed against a state of the serial that is no longer the stored one (R18's
 * count must hold what was read from the paper, never what one window overwrote of another's):
 * 'new' while the serial holds an entry, or a correction of an entry since changed or deleted.
 */
function checkExpectation(
  expectation: BallotExpectation | undefined,
  stored: BallotEntry | undefined,
  entry: BallotEntry,
  where: { team: Team; style: BallotStyle },
): void {
  if (expectation === undefined) return;
  const ballot = `Phiếu số ${entry.serial} của tổ ${where.team}`;
  const typed = `phiếu vừa gõ (${describeEntry(entry, where.style)}) chưa được ghi`;
  const check = 'Hãy đối chiếu với lá phiếu giấy; muốn sửa, bấm vào phiếu này trong danh sách.';
  if (expectation === 'new') {
    if (stored) {
      throw new AppError(
        'CONFLICT',
        `${ballot} đã được nhập ở cửa sổ khác (${describeEntry(stored, where.style)}): ${typed}. ${check}`,
      );
    }
    return;
  }
  const expected = cleanEntry(expectation.replaces);
  if (expected.serial !== entry.serial) {
    throw new AppError(
      'INVALID_INPUT',
      `Phiếu được sửa mang số ${expected.serial}, không phải phiếu số ${entry.serial}.`,
    );
  }
  if (!stored) {
    throw new AppError(
      'CONFLICT',
      `${ballot} đã bị xoá ở cửa sổ khác: ${typed}. Nếu lá phiếu có thật, hãy nhập lại như phiếu mới.`,
    );
  }
  if (!sameReading(stored, expected) || stored.note !== expected.note) {
    throw new AppError(
      'CONFLICT',
      `${ballot} vừa được sửa ở cửa sổ khác (nay ghi ${describeEntry(stored, where.style)}): ${typed}. ${check}`,
    );
  }
}

/** The election with one round replaced and the change added to its log. */
function withRound(
  election: Election,
  index: number,
  round: ElectionRound,
  entry: AuditEntry,
): Election {
  const rounds = election.rounds.slice();
  rounds[index] = round;
  return { ...election, rounds, audit: [...election.audit, entry] };
}

/** Position of `serial` in a pass kept sorted by serial: [index, already there]. */
function findSerial(pass: readonly BallotEntry[], serial: number): [number, boolean] {
  let lo = 0;
  let hi = pass.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((pass[mid]?.serial ?? 0) < serial) lo = mid + 1;
    else hi = mid;
  }
  return [lo, pass[lo]?.serial === serial];
}

/**
 * The election (issue 5): setup, rounds, ballot entry by two teams, settlements, totals, lock and
 * unlock, the presidium's decisions, the first meeting and the recognition. Every change is
 * appended to election.audit. recordBallot and deleteBallot are the hot path (one call per ballot,
 * thousands per election): they touch only the round's pass and the log, without re-validating
 * the whole conference.
 */
export function electionHandlers(ctx: ServiceContext): Pick<Handlers, ElectionChannels> {
  const { state, nowIso, updateConference, patchConference, updateMain, clock } = ctx;

  const load = (conferenceId: string) => {
    const main = state.getMain();
    const doc = state.getConference(conferenceId);
    return { main, doc, conference: doc.conference, rules: ruleSet(main.unit.ruleSetId) };
  };

  const view = (conferenceId: string) => {
    const { main, conference } = load(conferenceId);
    return electionView(conference, main);
  };

  const log = (
    action: string,
    detail: string,
    where: { round?: number; team?: Team; serial?: number } = {},
  ): AuditEntry => ({ at: nowIso(), ...where, action, detail: detail.slice(0, AUDIT_DETAIL_MAX) });

  /**
   * The unit's sitting board follows the election (R21): when it completes, the elected become the
   * board (a by-election adds to it) and the board they replace is kept with the election; when a
   * round is unlocked again, that board is put back.
   */
  const syncBoard = (conferenceId: string): void => {
    const { main, conference, rules } = load(conferenceId);
    const election = conference.election;
    if (!election) return;
    const outcome = electionOutcome(election, main.people, rules);
    const complete = outcome.status === 'complete';
    const commit = (
      board: MainDoc['inspectionBoard'],
      replacedBoard: Election['replacedBoard'],
      entry: AuditEntry,
    ) => {
      updateMain((doc) => ({ ...doc, inspectionBoard: board }));
      updateConference(conferenceId, (c) => ({
        ...c,
        election: c.election && {
          ...c.election,
          replacedBoard,
          audit: [...c.election.audit, entry],
        },
      }));
    };
    if (complete && election.replacedBoard === undefined) {
      const sitting = main.inspectionBoard;
      const replacedBoard = sitting
        ? {
            memberIds: sitting.memberIds,
            ...(sitting.electedOn ? { electedOn: sitting.electedOn } : {}),
          }
        : null;
      const day = conference.date ?? vietnamDate(clock.now());
      // A by-election fills vacancies: the board's term still runs from its election (Điều 60.3).
      const electedOn = election.kind === 'byElection' ? (sitting?.electedOn ?? day) : day;
      const withReplaced = { ...conference, election: { ...election, replacedBoard } };
      const memberIds = boardMemberIds(withReplaced, main, outcome.electedIds);
      commit(
        { electedOn, memberIds },
        replacedBoard,
        log(
          'board:update',
          `Ban Thanh tra nhân dân của đơn vị: ${memberIds.length} thành viên, bầu ngày ${electedOn}.`,
        ),
      );
    } else if (!complete && election.replacedBoard !== undefined) {
      commit(
        election.replacedBoard ?? undefined,
        undefined,
        log('board:restore', 'Kết quả bầu chưa hoàn tất: trả lại Ban Thanh tra nhân dân trước đó.'),
      );
    }
  };

  /** Rare changes: the whole conference is validated on save (updateConference). */
  const change = (
    conferenceId: string,
    edit: (election: Election, conference: Conference, main: MainDoc, rules: RuleSet) => Election,
  ) => {
    const { main, conference, rules } = load(conferenceId);
    const next = edit(requireElection(conference), conference, main, rules);
    updateConference(conferenceId, (c) => ({ ...c, election: next }));
    syncBoard(conferenceId);
    return view(conferenceId);
  };

  /**
   * Hot path: replaces one round's pass and appends to the log, nothing else re-validated; durable
   * before the handler answers (a ballot typed is never lost to a crash).
   */
  const saveRoundFast = (
    conferenceId: string,
    index: number,
    round: ElectionRound,
    entry: AuditEntry,
  ) =>
    patchConference(
      conferenceId,
      (c) => ({ ...c, election: withRound(requireElection(c), index, round, entry) }),
      { durable: true },
    );

  return {
    'election:get': ({ conferenceId }) => view(conferenceId),

    'election:saveSetup': ({ conferenceId, setup }) => {
      const { main, conference, rules } = load(conferenceId);
      const clean = normalizeDeep(setup);
      const stored = conference.election;
      const ineligible = clean.candidates
        .map((c) => ({
          c,
          e: candidateEligibility(
            main.people.find((p) => p.id === c.personId),
            rules,
          ),
        }))
        .filter(({ e }) => !e.ok)
        .map(({ e }) => `${e.reason ?? ''} (${e.source ?? ''})`);
      if (ineligible.length > 0) {
        throw new AppError('INVALID_INPUT', ineligible[0] ?? '', ineligible);
      }
      if (stored && stored.rounds.length > 0) {
        const ids = (cs: readonly { personId: string }[]) =>
          cs
            .map((c) => c.personId)
            .sort()
            .join('|');
        if (
          ids(clean.candidates) !== ids(stored.candidates) ||
          clean.seats !== stored.seats ||
          (clean.kind ?? 'fullTerm') !== stored.kind ||
          (clean.ballotStyle ?? 'strikeOut') !== stored.ballotStyle
        ) {
          throw new AppError(
            'CONFLICT',
            'Đã bắt đầu bầu: không thay đổi được số lượng cần bầu, danh sách người ứng cử, hình thức bầu hay cách ghi phiếu (phiếu bầu đã in và phát).',
          );
        }
        const locked = stored.rounds.some((r) => r.locked);
        if (
          locked &&
          (JSON.stringify(ElectionSchema.shape.validity.parse(clean.validity)) !==
            JSON.stringify(stored.validity) ||
            (clean.winningBase ?? 'present') !== stored.winningBase)
        ) {
          throw new AppError(
            'CONFLICT',
            'Đã khoá kết quả kiểm phiếu: không thay đổi được quy tắc phiếu hợp lệ hay cơ sở tính tỷ lệ trúng cử. Hãy mở khoá (ghi lý do) trước.',
          );
        }
      }
      const next = ElectionSchema.parse({
        ...clean,
        waiver: stored?.waiver,
        recognition: stored?.recognition ?? {},
        firstMeeting: stored?.firstMeeting ?? {},
        rounds: stored?.rounds ?? [],
        replacedBoard: stored?.replacedBoard,
        audit: [
          ...(stored?.audit ?? []),
          log(
            'setup:save',
            `Số lượng cần bầu: ${clean.seats ?? 'chưa nhập'}; ${clean.candidates.length} người ứng cử: ${names(
              clean.candidates.map((c) => c.personId),
              main.people,
            )}.`,
          ),
        ],
      });
      // Saving the same setup again (an autosave) changes nothing and is not logged.
      const setupOf = (e: Election) => JSON.stringify({ ...e, rounds: [], audit: [] });
      if (!stored || setupOf(next) !== setupOf(stored))
        updateConference(conferenceId, (c) => ({ ...c, election: next }));
      return view(conferenceId);
    },

    'election:waive': ({ conferenceId, waiver }) => {
      const { conference, rules } = load(conferenceId);
      const stored = conference.election;
      if (stored && stored.rounds.length > 0) {
        throw new AppError(
          'CONFLICT',
          'Đã bắt đầu bầu tại hội nghị này: không ghi "không bầu" được nữa.',
        );
      }
      const clean = normalizeDeep(waiver);
      const next = ElectionSchema.parse({
        ...(stored ?? {}),
        waiver: clean,
        audit: [
          ...(stored?.audit ?? []),
          log(
            'election:waive',
            `Không bầu Ban Thanh tra nhân dân (${clean.reason === 'smallUnit' ? `đơn vị không quá ${rules.optionalAtOrBelow.value} người` : 'quyết định của công đoàn cấp trên'}) ${clean.decisionRef} ${clean.note}`.trim(),
          ),
        ],
      });
      updateConference(conferenceId, (c) => ({ ...c, election: next }));
      return view(conferenceId);
    },

    'election:unwaive': ({ conferenceId, note }) =>
      change(conferenceId, (election) => ({
        ...election,
        waiver: undefined,
        audit: [...election.audit, log('election:unwaive', (note ?? '').normalize('NFC'))],
      })),

    'election:startRound': ({ conferenceId, present, presentNote, ballotsIssued, mode }) =>
      change(conferenceId, (election, conference, main, rules) => {
        requireHeld(election);
        if (election.rounds.length > 0) {
          throw new AppError(
            'CONFLICT',
            'Lần bầu thứ nhất đã bắt đầu. Lần bầu tiếp theo do quyết định của đoàn chủ tịch mở ra.',
          );
        }
        const errors = electionSetupFindings(election, {
          people: main.people,
          rules,
          staffCount: activeStaff(main.people).length,
          conference,
        }).filter((f) => f.severity === 'error');
        if (errors.length > 0) {
          throw new AppError(
            'INVALID_INPUT',
            `Chưa thể bắt đầu bầu: còn ${errors.length} điều phải sửa trong thiết lập.`,
            errors.map((f) => `${f.message} (${f.source})`),
          );
        }
        checkRoundFigures(conference, main.people, present, ballotsIssued);
        const round: ElectionRound = {
          number: 1,
          reason: 'first',
          candidateIds: orderForBallot(
            election.candidates.map((c) => c.personId),
            main.people,
          ),
          seats: election.seats ?? 0,
          present,
          presentNote: (presentNote ?? '').normalize('NFC'),
          ballotsIssued,
          mode,
          passes: { A: [], B: [] },
          settlements: {},
          startedAt: nowIso(),
        };
        return {
          ...election,
          termFromYear: election.termFromYear ?? conference.year,
          rounds: [round],
          audit: [
            ...election.audit,
            log(
              'round:start',
              `Lần bầu thứ nhất: ${round.candidateIds.length} người ứng cử, bầu ${round.seats}; có mặt ${present}, phát ra ${ballotsIssued} phiếu; ${mode === 'ballots' ? 'nhập từng phiếu' : 'nhập tổng số'}.`,
              { round: 1 },
            ),
          ],
        };
      }),

    'election:updateRound': ({ conferenceId, round: number, ...figures }) =>
      change(conferenceId, (election, conference, main) => {
        const { round, index } = requireRound(election, number);
        requireOpen(round);
        const next: ElectionRound = {
          ...round,
          ...(figures.present !== undefined ? { present: figures.present } : {}),
          ...(figures.presentNote !== undefined
            ? { presentNote: figures.presentNote.normalize('NFC') }
            : {}),
          ...(figures.ballotsIssued !== undefined ? { ballotsIssued: figures.ballotsIssued } : {}),
          ...(figures.mode !== undefined ? { mode: figures.mode } : {}),
        };
        checkRoundFigures(conference, main.people, next.present, next.ballotsIssued);
        return withRound(
          election,
          index,
          next,
          log(
            'round:update',
            `Có mặt ${round.present} → ${next.present}; phát ra ${round.ballotsIssued} → ${next.ballotsIssued}; ${next.mode === 'ballots' ? 'nhập từng phiếu' : 'nhập tổng số'}. ${next.presentNote}`.trim(),
            { round: number },
          ),
        );
      }),

    'election:recordBallot': ({ conferenceId, round: number, team, entry: input, expect }) => {
      const { conference } = state.getConference(conferenceId);
      const election = requireElection(conference);
      const { round, index } = requireRound(election, number);
      requireOpen(round);
      requireBallotMode(round);
      const problems = ballotEntryProblems(input, round);
      if (problems.length > 0) throw new AppError('INVALID_INPUT', problems[0] ?? '', problems);
      const entry = cleanEntry(input);
      const pass = round.passes[team];
      const [at, exists] = findSerial(pass, entry.serial);
      const before = exists ? pass[at] : undefined;
      checkExpectation(expect, before, entry, { team, style: election.ballotStyle });
      const interpretation = interpretBallot(entry, round, election);
      const unchanged = before && sameReading(before, entry) && before.note === entry.note;
      let nextPass = pass;
      if (!unchanged) {
        nextPass = [...pass.slice(0, at), entry, ...pass.slice(exists ? at + 1 : at)];
        const style = election.ballotStyle;
        saveRoundFast(
          conferenceId,
          index,
          { ...round, passes: { ...round.passes, [team]: nextPass } },
          log(
            before ? 'ballot:correct' : 'ballot:add',
            before
              ? `${describeEntry(before, style)} → ${describeEntry(entry, style)}`
              : describeEntry(entry, style),
            { round: number, team, serial: entry.serial },
          ),
        );
      }
      return {
        serial: entry.serial,
        interpretation,
        count: nextPass.length,
        nextSerial: (nextPass.at(-1)?.serial ?? 0) + 1,
        replaced: before !== undefined,
      };
    },

    'election:deleteBallot': ({ conferenceId, round: number, team, serial, expect }) => {
      const { conference } = state.getConference(conferenceId);
      const election = requireElection(conference);
      const { round, index } = requireRound(election, number);
      requireOpen(round);
      const pass = round.passes[team];
      const [at, exists] = findSerial(pass, serial);
      const deleted = exists ? (pass[at] ?? null) : null;
      // Deleting what another window has just corrected would drop a ballot read from the paper.
      const seen = expect && cleanEntry(expect.deletes);
      if (deleted && seen && (!sameReading(deleted, seen) || deleted.note !== seen.note)) {
        throw new AppError(
          'CONFLICT',
          `Phiếu số ${serial} của tổ ${team} vừa được sửa ở cửa sổ khác (nay ghi ${describeEntry(deleted, election.ballotStyle)}): chưa xoá. Hãy đối chiếu với lá phiếu giấy rồi xoá lại nếu cần.`,
        );
      }
      let nextPass = pass;
      if (deleted) {
        nextPass = [...pass.slice(0, at), ...pass.slice(at + 1)];
        saveRoundFast(
          conferenceId,
          index,
          { ...round, passes: { ...round.passes, [team]: nextPass } },
          log('ballot:delete', describeEntry(deleted, election.ballotStyle), {
            round: number,
            team,
            serial,
          }),
        );
      }
      return {
        serial,
        count: nextPass.length,
        nextSerial: (nextPass.at(-1)?.serial ?? 0) + 1,
        deleted,
      };
    },

    'election:settle': ({ conferenceId, round: number, serial, entry: input }) =>
      change(conferenceId, (election) => {
        const { round, index } = requireRound(election, number);
        requireOpen(round);
        requireBallotMode(round);
        if (input.serial !== serial) {
          throw new AppError(
            'INVALID_INPUT',
            `Phiếu đối chiếu mang số ${input.serial}, không phải phiếu số ${serial}.`,
          );
        }
        const problems = ballotEntryProblems(input, round);
        if (problems.length > 0) throw new AppError('INVALID_INPUT', problems[0] ?? '', problems);
        const disagreement = compareTeams(round, election.ballotStyle).disagreements.find(
          (d) => d.serial === serial,
        );
        if (!disagreement) {
          const typed = [...round.passes.A, ...round.passes.B].some((e) => e.serial === serial);
          throw new AppError(
            'CONFLICT',
            typed
              ? `Hai tổ đã nhập phiếu số ${serial} giống nhau: không cần đối chiếu.`
              : `Chưa tổ nào nhập phiếu số ${serial}.`,
          );
        }
        const entry = cleanEntry(input);
        return withRound(
          election,
          index,
          { ...round, settlements: { ...round.settlements, [String(serial)]: entry } },
          log(
            'ballot:settle',
            `${disagreement.what}; phiếu gốc: ${describeEntry(entry, election.ballotStyle)}.`,
            { round: number, serial },
          ),
        );
      }),

    'election:saveTotals': ({ conferenceId, round: number, totals: input }) =>
      change(conferenceId, (election, _conference, main) => {
        const { round, index } = requireRound(election, number);
        requireOpen(round);
        if (round.mode !== 'totals') {
          throw new AppError(
            'CONFLICT',
            `Lần bầu thứ ${number} nhập từng phiếu: tổng số được tính từ các phiếu đã nhập.`,
          );
        }
        const totals = { ...input, votes: { ...input.votes } };
        const problems = totalsProblems(totals, round, election, main.people);
        if (problems.length > 0) {
          throw new AppError(
            'INVALID_INPUT',
            `${problems[0] ?? ''} Kết quả chưa được lưu; số liệu đã lưu trước đó vẫn giữ nguyên.`,
            problems,
          );
        }
        const valid = totals.valid ?? totals.collected - totals.invalid;
        return withRound(
          election,
          index,
          { ...round, totals },
          log(
            'totals:save',
            `Thu vào ${totals.collected}, hợp lệ ${valid}, không hợp lệ ${totals.invalid}; ${Object.values(totals.votes).reduce((s, v) => s + v, 0)} phiếu bầu cho các người ứng cử.`,
            { round: number },
          ),
        );
      }),

    'election:lockRound': ({ conferenceId, round: number, note }) =>
      change(conferenceId, (election, _conference, main, rules) => {
        const { round, index } = requireRound(election, number);
        const tally = tallyRound(election, round, main.people, rules);
        const verdict = canLock(round, tally);
        if (!verdict.ok) {
          throw new AppError(
            'CONFLICT',
            `Chưa khoá được kết quả lần bầu thứ ${number}: ${verdict.reasons[0] ?? ''}`,
            verdict.reasons,
          );
        }
        return withRound(
          election,
          index,
          {
            ...round,
            // The count ends when its result is locked, unless the board recorded its own time.
            countEndedAt: round.countEndedAt ?? vietnamClock(nowIso()),
            locked: { at: nowIso(), note: (note ?? '').normalize('NFC') },
          },
          log(
            'round:lock',
            `Thu vào ${tally.collected}, hợp lệ ${tally.valid}, không hợp lệ ${tally.invalid}; trúng cử: ${names(tally.electedIds, main.people) || 'không ai'}${tally.tiedAtLastSeat.length > 0 ? `; bằng phiếu ở vị trí cuối: ${names(tally.tiedAtLastSeat, main.people)}` : ''}.`,
            { round: number },
          ),
        );
      }),

    'election:saveCountTimes': ({ conferenceId, round: number, countStartedAt, countEndedAt }) =>
      change(conferenceId, (election) => {
        const { round, index } = requireRound(election, number);
        if (countStartedAt && countEndedAt && countEndedAt < countStartedAt) {
          throw new AppError(
            'INVALID_INPUT',
            `Giờ kết thúc kiểm phiếu (${countEndedAt}) phải sau giờ bắt đầu (${countStartedAt}).`,
          );
        }
        const next: ElectionRound = { ...round };
        // Cleared: the field goes, so D13 prints its blank to write in by hand.
        if (countStartedAt) next.countStartedAt = countStartedAt;
        else delete next.countStartedAt;
        if (countEndedAt) next.countEndedAt = countEndedAt;
        else delete next.countEndedAt;
        return withRound(
          election,
          index,
          next,
          log(
            'round:countTimes',
            `Kiểm phiếu từ ${countStartedAt ?? '…'} đến ${countEndedAt ?? '…'}.`,
            { round: number },
          ),
        );
      }),

    'election:unlockRound': ({ conferenceId, round: number, reason }) =>
      change(conferenceId, (election) => {
        const { round, index } = requireRound(election, number);
        if (!round.locked) throw new AppError('CONFLICT', `Lần bầu thứ ${number} chưa khoá.`);
        if (index !== election.rounds.length - 1) {
          throw new AppError(
            'CONFLICT',
            `Lần bầu thứ ${number} đã có lần bầu tiếp theo theo quyết định của đoàn chủ tịch: không mở khoá được.`,
          );
        }
        // Accepting fewer rested on this count; it must be decided again once the count is relocked.
        return withRound(
          election,
          index,
          { ...round, locked: undefined, decision: undefined },
          log('round:unlock', reason.normalize('NFC'), { round: number }),
        );
      }),

    'election:decide': ({ conferenceId, round: number, decision, note, ...figures }) =>
      change(conferenceId, (election, conference, main, rules) => {
        const problems = decisionProblems(election, number, decision, main.people, rules);
        if (problems.length > 0) throw new AppError('CONFLICT', problems[0] ?? '', problems);
        const { index } = requireRound(election, number);
        const clean = note.normalize('NFC').trim();
        const rounds = election.rounds.map((r, i) =>
          i === index ? { ...r, decision: { decision, note: clean, at: nowIso() } } : r,
        );
        const decided: Election = { ...election, rounds };
        const opened =
          decision === 'acceptFewer'
            ? []
            : [
                nextRoundFor(decided, decision, {
                  people: main.people,
                  rules,
                  now: nowIso(),
                  ...figures,
                }),
              ];
        const next = opened[0];
        if (next) checkRoundFigures(conference, main.people, next.present, next.ballotsIssued);
        const words = {
          revoteTied: 'bầu lại giữa những người bằng phiếu nhau',
          nextRound: 'bầu tiếp trong số người ứng cử còn lại',
          acceptFewer: 'chấp nhận số thành viên đã trúng cử',
        }[decision];
        return {
          ...decided,
          rounds: [...rounds, ...opened],
          audit: [
            ...election.audit,
            log(
              'round:decide',
              `${words}${next ? ` (lần bầu thứ ${next.number}: ${next.candidateIds.length} người, bầu ${next.seats})` : ''}. ${clean}`.trim(),
              { round: number },
            ),
          ],
        };
      }),

    'election:saveFirstMeeting': ({ conferenceId, firstMeeting }) =>
      change(conferenceId, (election, conference, main, rules) => {
        const outcome = electionOutcome(election, main.people, rules);
        const clean = normalizeDeep(firstMeeting);
        const problems = firstMeetingProblems(clean, {
          memberIds:
            outcome.status === 'complete'
              ? boardMemberIds(conference, main, outcome.electedIds)
              : [],
          people: main.people,
          rules,
          ...(conference.date ? { conferenceDate: conference.date } : {}),
        });
        if (problems.length > 0) throw new AppError('INVALID_INPUT', problems[0] ?? '', problems);
        return {
          ...election,
          firstMeeting: clean,
          audit: [
            ...election.audit,
            log(
              'firstMeeting:save',
              `Trưởng ban: ${names(clean.headId ? [clean.headId] : [], main.people) || 'chưa chọn'}; Phó Trưởng ban: ${names(clean.deputyIds, main.people) || 'chưa chọn'}.`,
            ),
          ],
        };
      }),

    'election:saveRecognition': ({ conferenceId, date }) =>
      change(conferenceId, (election, conference, main, rules) => {
        if (date !== null) {
          if (electionOutcome(election, main.people, rules).status !== 'complete') {
            throw new AppError(
              'CONFLICT',
              'Chưa có kết quả bầu hoàn tất để ra quyết định công nhận.',
            );
          }
          if (conference.date && date < conference.date) {
            throw new AppError(
              'INVALID_INPUT',
              'Quyết định công nhận kết quả bầu không thể có ngày trước ngày hội nghị.',
            );
          }
        }
        return {
          ...election,
          recognition: date === null ? {} : { date },
          audit: [
            ...election.audit,
            log(
              'recognition:save',
              date === null ? 'Bỏ ngày quyết định công nhận.' : `Ngày ${date}.`,
            ),
          ],
        };
      }),
  };
}

/** R18 for hand-counted totals: what cannot be a count of any stack of paper is refused. */
function totalsProblems(
  totals: NonNullable<ElectionRound['totals']>,
  round: ElectionRound,
  election: Election,
  people: readonly Person[],
): string[] {
  const problems: string[] = [];
  const onBallot = new Set(round.candidateIds);
  const strangers = Object.keys(totals.votes).filter((id) => !onBallot.has(id));
  if (strangers.length > 0)
    problems.push(`Có ${strangers.length} người không có tên trên phiếu bầu của lần bầu này.`);
  const { collected, invalid } = totals;
  if (invalid > collected) {
    problems.push(`Số phiếu không hợp lệ (${invalid}) nhiều hơn số phiếu thu vào (${collected}).`);
  }
  const valid = totals.valid ?? Math.max(0, collected - invalid);
  if (totals.valid !== undefined && totals.valid + invalid !== collected) {
    problems.push(
      `Số phiếu hợp lệ (${totals.valid}) cộng số phiếu không hợp lệ (${invalid}) là ${totals.valid + invalid}, khác số phiếu thu vào (${collected}).`,
    );
  }
  const byReason = Object.values(totals.invalidByReason).reduce((s, v) => s + (v ?? 0), 0);
  if (byReason > 0 && byReason !== invalid) {
    problems.push(
      `Số phiếu không hợp lệ theo từng lý do cộng lại là ${byReason}, khác tổng số phiếu không hợp lệ (${invalid}).`,
    );
  }
  for (const [id, votes] of Object.entries(totals.votes)) {
    if (onBallot.has(id) && votes > valid) {
      problems.push(
        `${names([id], people)} có ${votes} phiếu bầu, nhiều hơn số phiếu hợp lệ (${valid}).`,
      );
    }
  }
  const perBallot = election.validity.overVoteInvalid ? round.seats : round.candidateIds.length;
  const sum = Object.values(totals.votes).reduce((s, v) => s + v, 0);
  if (sum > valid * perBallot) {
    problems.push(
      `Tổng số phiếu bầu cho các người ứng cử (${sum}) vượt quá số phiếu hợp lệ × ${perBallot === round.seats ? 'số lượng cần bầu' : 'số người ứng cử'} (${valid} × ${perBallot} = ${valid * perBallot}).`,
    );
  }
  return problems;
}
