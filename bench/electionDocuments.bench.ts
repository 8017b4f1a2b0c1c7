/**
 * D12 (ballots) and D13 (counting minutes with the ballot-by-ballot annex): build + pack as the
 * Documents tab and `npm run export` do, for the e2e election (150 present, 7 candidates for 5
 * seats, 2 ballots a sheet with serials) and for the largest unit (3,000 ballots, 15 candidates,
 * 9 seats). Goal (issue 5): D12 + D13 < 500 ms.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ConferenceFileSchema } from '../core/domain/conferenceFile';
import { ElectionSchema, type BallotEntry } from '../core/domain/election';
import type { AttendanceEntry } from '../core/domain/conference';
import type { Person } from '../core/domain/person';
import type { DocumentContext, DocumentId } from '../core/documents/documentContext';
import { ruleSet } from '../core/rules/ruleSets';
import { documentBuilder } from '../electron/node/documentBuilder';
import { repoRoot } from '../tests/support/paths';
import { seededRandom } from '../scripts/sample/sampleBallots';
import { report } from './stats';

/** Strike-out ballots keeping `seats` of `candidates` names; one in fifty has no stamp. */
function ballots(count: number, candidates: number, seats: number): BallotEntry[] {
  const next = seededRandom(2026);
  return Array.from({ length: count }, (_, i) => {
    if (next() < 0.02) return { serial: i + 1, marks: [], invalidReason: 'noStamp', note: '' };
    const numbers = Array.from({ length: candidates }, (_, k) => k + 1).sort(() => next() - 0.5);
    return { serial: i + 1, marks: numbers.slice(0, candidates - seats), note: '' };
  });
}

/**
 * The sample conference with `staff` people (its roster-184, repeated with new ids beyond 184),
 * everyone present, and a locked first round of `count` ballots entered alike by both teams.
 */
function electionContext(staff: number, candidates: number, seats: number): DocumentContext {
  const sample = ConferenceFileSchema.parse(
    JSON.parse(fs.readFileSync(path.join(repoRoot, 'docs/samples/mau-2026.hoinghi.json'), 'utf8')),
  );
  const people: Person[] = Array.from({ length: staff }, (_, i) => {
    const source = sample.people[i % sample.people.length] as Person;
    return i < sample.people.length ? source : { ...source, id: `x${i}`, rosterNo: i + 1 };
  });
  // Candidates: ordinary staff (not the head, a deputy or the chief accountant).
  const eligible = people.filter((p) => p.roles.every((r) => r === 'unionMember')).slice(0, 40);
  const candidateIds = eligible.slice(10, 10 + candidates).map((p) => p.id);
  const stack = ballots(staff, candidates, seats);
  const at = '2026-01-15T01:00:00.000Z';
  const attendance: Record<string, AttendanceEntry> = Object.fromEntries(
    people.map((p) => [p.id, { status: 'present', reason: '', at }]),
  );
  const election = ElectionSchema.parse({
    seats,
    termFromYear: 2026,
    candidates: candidateIds.map((personId) => ({ personId, consent: true })),
    countingBoard: {
      headId: eligible[0]?.id,
      memberIds: eligible.slice(0, 3).map((p) => p.id),
      witnesses: [{ personId: eligible[3]?.id, name: '' }, { name: 'Người chứng kiến' }],
    },
    ballotSerials: true,
    ballotsPerSheet: 2,
    rounds: [
      {
        number: 1,
        candidateIds,
        seats,
        present: staff,
        ballotsIssued: staff,
        passes: { A: stack, B: stack.map((b) => ({ ...b })) },
        countEndedAt: '10:15',
        locked: { at },
      },
    ],
  });
  return {
    unit: sample.unit,
    people,
    conference: { ...sample.conference, attendance, election },
    rules: ruleSet(sample.unit.ruleSetId),
    inspectionBoard: sample.inspectionBoard,
    today: '2026-01-10',
  };
}

async function timed(ctx: DocumentContext, ids: DocumentId[], runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await documentBuilder.build(ctx, ids);
    samples.push(performance.now() - started);
  }
  return samples;
}

export async function benchElectionDocuments(runs = 5) {
  const small = electionContext(150, 7, 5);
  const large = electionContext(3000, 15, 9);
  // Warm-up: the first build loads and compiles docx's code paths.
  await documentBuilder.build(small, ['D12', 'D13']);
  return [
    report('D12 ballots, 150 (2 per sheet, serials)', await timed(small, ['D12'], runs), 500),
    report('D13 counting minutes, 150-ballot annex', await timed(small, ['D13'], runs), 500),
    report('D12 + D13 for 150 ballots', await timed(small, ['D12', 'D13'], runs), 500),
    report('D12 ballots, 3,000 (2 per sheet, serials)', await timed(large, ['D12'], runs), 500),
    report('D13 counting minutes, 3,000-ballot annex', await timed(large, ['D13'], runs), 500),
    report('D12 + D13 for 3,000 ballots', await timed(large, ['D12', 'D13'], runs), 500),
  ];
}
