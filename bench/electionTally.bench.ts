import fs from 'node:fs';
import { ElectionRoundSchema, ElectionSchema, type BallotEntry } from '../core/domain/election';
import { tallyRound } from '../core/domain/electionTally';
import { PersonSchema } from '../core/domain/person';
import { ruleSet } from '../core/rules/ruleSets';
import { importRosterFixture, startService } from '../tests/support/service';
import { seededRandom } from '../scripts/sample/sampleBallots';
import { benchDataDir } from './benchSetup';
import { report } from './stats';

const BALLOTS = 3000;
const CANDIDATES = 15;
const SEATS = 9;

/** Each ballot strikes 6 of 15 names (9 kept for 9 seats), one in fifty is invalid on paper. */
function stack(count: number): BallotEntry[] {
  const next = seededRandom(2026);
  return Array.from({ length: count }, (_, i) => {
    if (next() < 0.02) return { serial: i + 1, marks: [], invalidReason: 'noStamp', note: '' };
    const numbers = Array.from({ length: CANDIDATES }, (_, k) => k + 1).sort(() => next() - 0.5);
    return { serial: i + 1, marks: numbers.slice(0, 6), note: '' };
  });
}

/** tallyRound over 3,000 ballots × 15 candidates: the ballots given, and from two teams' passes. */
export function benchElectionTally(runs = 30) {
  const people = Array.from({ length: CANDIDATES }, (_, i) =>
    PersonSchema.parse({ id: `c${i + 1}`, rosterNo: i + 1, fullName: `Nguyễn Văn Người ${i + 1}` }),
  );
  const ballots = stack(BALLOTS);
  const election = ElectionSchema.parse({ seats: SEATS });
  const round = ElectionRoundSchema.parse({
    number: 1,
    candidateIds: people.map((p) => p.id),
    seats: SEATS,
    present: BALLOTS,
    ballotsIssued: BALLOTS,
    passes: { A: ballots, B: ballots.map((b) => ({ ...b })) },
  });
  const rules = ruleSet('law-10-2022');
  const given: number[] = [];
  const passes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    let started = performance.now();
    tallyRound(election, round, people, rules, ballots);
    given.push(performance.now() - started);
    started = performance.now();
    const t = tallyRound(election, round, people, rules);
    passes.push(performance.now() - started);
    if (t.collected !== BALLOTS) throw new Error('the two passes should agree');
  }
  return [
    report('tallyRound 3,000 ballots × 15 candidates', given, 20),
    report('tallyRound from two passes (compare A/B + tally)', passes, 20),
  ];
}

/**
 * The keystroke path: `election:recordBallot` through the service with 3,000 ballots of team A and
 * 2,800 of team B already entered, timed for the next 200 of team B; and writing the conference
 * file that then holds 6,000 entries and their log (what the write-behind does every 250 ms).
 */
export async function benchBallotEntry() {
  const app = startService(benchDataDir());
  const { call, storage } = app;
  // 3,000 present need 3,000 on the roster: roster-2400 and 600 more.
  await importRosterFixture(app, 'roster-2400.xlsx');
  for (let i = 0; i < 600; i += 1)
    await call('people:save', { fullName: `Trần Văn Thêm ${i + 1}` });
  const people = (await call('workspace:load', {})).people.filter((p) => p.roles.length === 0);
  const { id } = await call('conference:create', { year: 2026, date: '2026-03-10' });
  await call('election:saveSetup', {
    conferenceId: id,
    setup: {
      seats: SEATS,
      candidates: people.slice(0, CANDIDATES).map((p) => ({ personId: p.id, consent: true })),
      countingBoard: {
        headId: people[20]?.id,
        memberIds: people.slice(20, 23).map((p) => p.id),
        witnesses: [{ name: 'Người chứng kiến 1' }, { name: 'Người chứng kiến 2' }],
      },
    },
  });
  await call('election:startRound', {
    conferenceId: id,
    present: BALLOTS,
    ballotsIssued: BALLOTS,
    mode: 'ballots',
  });
  const ballots = stack(BALLOTS);
  for (const entry of ballots)
    await call('election:recordBallot', { conferenceId: id, round: 1, team: 'A', entry });
  for (const entry of ballots.slice(0, BALLOTS - 200))
    await call('election:recordBallot', { conferenceId: id, round: 1, team: 'B', entry });
  const keystrokes: number[] = [];
  for (const entry of ballots.slice(BALLOTS - 200)) {
    const started = performance.now();
    // As the entry screen sends it: a new ballot, refused if another window saved this serial.
    await call('election:recordBallot', {
      conferenceId: id,
      round: 1,
      team: 'B',
      entry,
      expect: 'new',
    });
    keystrokes.push(performance.now() - started);
  }
  const writes: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    await call('election:recordBallot', {
      conferenceId: id,
      round: 1,
      team: 'A',
      entry: { serial: 1, marks: i % 2 ? [1] : [2] },
    });
    const started = performance.now();
    await storage.flush();
    writes.push(performance.now() - started);
  }
  const view: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    await call('election:get', { conferenceId: id });
    view.push(performance.now() - started);
  }
  fs.rmSync(app.dataDir, { recursive: true, force: true });
  return [
    report('election:recordBallot with 3,000 + 2,800 entered (service)', keystrokes, 30),
    report('write the conference file with 6,000 entries and their log', writes, 250),
    report('election:get with 6,000 entries (compare, tally, checks)', view, 250),
  ];
}
