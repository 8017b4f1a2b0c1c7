import { canLock, compareTeams, comparisonSummary } from '../domain/ballotComparison';
import { boardStatus } from '../domain/boardStatus';
import type { Conference } from '../domain/conference';
import { activeStaff } from '../domain/conferenceRules';
import { ballotCandidates } from '../domain/electionBallot';
import { recognitionDeadline, recognitionFindings } from '../domain/electionRecognition';
import { electionOutcome } from '../domain/electionRounds';
import { electionSetupFindings, termLabel } from '../domain/electionSetup';
import { tallyRound } from '../domain/electionTally';
import { firstMeetingProblems } from '../domain/firstMeetingProblems';
import type { MainDoc } from '../domain/workspace';
import { ruleSet } from '../rules/ruleSets';
import type { ElectionView } from '../electionContract';

/** The board's members once elected: the elected, plus the sitting members for a by-election. */
export function boardMemberIds(
  conference: Conference,
  main: MainDoc,
  electedIds: readonly string[],
): string[] {
  const election = conference.election;
  if (election?.kind !== 'byElection') return [...electedIds];
  const sitting = election.replacedBoard?.memberIds ?? main.inspectionBoard?.memberIds ?? [];
  return [...new Set([...sitting, ...electedIds])];
}

/** Everything the election screens show, computed from the records (never stored). */
export function electionView(conference: Conference, main: MainDoc): ElectionView {
  const rules = ruleSet(main.unit.ruleSetId);
  const people = main.people;
  const election = conference.election ?? null;
  const due = boardStatus(main.inspectionBoard, conference, people, rules);
  const deadline = conference.date
    ? recognitionDeadline(conference.date, main.holidays, rules)
    : null;
  const base = {
    due: { due: due.due, reason: due.reason, source: due.source },
    termLabel: termLabel(election ?? {}, conference, rules),
    recognitionDeadline: deadline,
  };
  if (!election) {
    return {
      ...base,
      election: null,
      findings: [],
      rounds: [],
      outcome: electionOutcome(undefined, people, rules),
    };
  }
  const outcome = electionOutcome(election, people, rules);
  const rounds = election.rounds.map((round) => {
    const comparison = compareTeams(round, election.ballotStyle);
    const tally = tallyRound(
      election,
      round,
      people,
      rules,
      round.mode === 'ballots' ? comparison.agreed : undefined,
    );
    return {
      round,
      tally,
      comparison: comparisonSummary(round, comparison),
      disagreements: comparison.disagreements,
      ballotCandidates: ballotCandidates(round, people),
      canLock: canLock(round, tally),
    };
  });
  const memberIds = boardMemberIds(conference, main, outcome.electedIds);
  const meetingFindings = firstMeetingProblems(election.firstMeeting, {
    memberIds: outcome.status === 'complete' ? memberIds : [],
    people,
    rules,
    ...(conference.date ? { conferenceDate: conference.date } : {}),
  }).map((message, i) => ({
    id: `R19.${i}`,
    severity: 'warning' as const,
    message,
    source: rules.boardDeputies.source,
  }));
  return {
    ...base,
    election,
    findings: [
      ...electionSetupFindings(election, {
        people,
        rules,
        staffCount: activeStaff(people).length,
        conference,
      }),
      ...meetingFindings,
      ...recognitionFindings(election.recognition.date, conference.date, main.holidays, rules),
    ],
    rounds,
    outcome,
  };
}
