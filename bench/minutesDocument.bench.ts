/**
 * D14 (Biên bản hội nghị) for the largest unit: the sample conference with roster-2400 (2,000 of
 * them checked in), its programme run through with every item timed and summarised, 60 opinions
 * (20 answered, 10 taken into the resolution), 12 floor votes, a locked Ban TTND round of 2,000
 * ballots entered alike by both teams (so the tally runs as it does in the app) and an adopted
 * resolution of 20 items. Timed: the job alone (everything D14 prints, computed) and build + pack
 * as the Documents tab and `npm run export` do. Goal (issue 6): < 500 ms.
 */
import { conferenceMinutesJob } from '../core/documents/conferenceMinutesJob';
import { ElectionSchema, type BallotEntry } from '../core/domain/election';
import type { FloorVote, Opinion } from '../core/domain/proceedings';
import { ResolutionItemSchema, RESOLUTION_SECTIONS } from '../core/domain/resolution';
import type { DocumentContext } from '../core/documents/documentContext';
import { documentBuilder } from '../electron/node/documentBuilder';
import { context2400 } from './documents.bench';
import { seededRandom } from '../scripts/sample/sampleBallots';
import { report } from './stats';

const OPINIONS = 60;
const VOTES = 12;
const BALLOTS = 2000;
const CANDIDATES = 9;
const SEATS = 7;

const SENTENCE =
  'Đề nghị Thủ trưởng đơn vị quan tâm bố trí kinh phí, cải thiện điều kiện làm việc và tăng cường công khai, minh bạch trong việc thực hiện chế độ, chính sách đối với người lao động';

function conferenceDay(base: DocumentContext): DocumentContext {
  const next = seededRandom(2026);
  const { people, conference } = base;
  const at = (minutes: number) => {
    const h = String(7 + Math.floor(minutes / 60)).padStart(2, '0');
    const m = String(minutes % 60).padStart(2, '0');
    return `2026-01-15T${h}:${m}:00`;
  };
  const agenda = conference.agenda;
  const discussion = agenda.find((i) => i.kind === 'discussion')?.id;
  const items = Object.fromEntries(
    agenda.map((item, i) => [
      item.id,
      {
        startedAt: at(30 + i * 15),
        endedAt: at(45 + i * 15),
        summary: `${SENTENCE}.\n${SENTENCE}.\n${SENTENCE}.`,
      },
    ]),
  );
  const speaker = (i: number) => people[50 + ((i * 37) % 2000)];
  const opinions: Opinion[] = Array.from({ length: OPINIONS }, (_, i) => ({
    id: `o${i + 1}`,
    ...(discussion ? { agendaItemId: discussion } : {}),
    speaker: { personId: speaker(i)?.id ?? '', name: '' },
    department: '',
    content: `${SENTENCE} (ý kiến số ${i + 1}).`,
    ...(i % 3 === 0
      ? {
          answer: {
            by: { personId: people[0]?.id ?? '', name: '' },
            content: `Tiếp thu ý kiến, ${SENTENCE.toLowerCase()}.`,
          },
        }
      : {}),
    takenIntoResolution: i % 6 === 0,
    at: at(120 + i),
  }));
  const subjects: FloorVote['subject'][] = [
    'presidium',
    'programme',
    'countingBoard',
    'boardSeats',
    'candidateList',
    'electionRules',
    'decision',
    'decision',
    'draftOpinion',
    'resolutionSection',
    'other',
    'resolution',
  ];
  const votes: FloorVote[] = subjects.slice(0, VOTES).map((subject, i) => {
    const against = Math.floor(next() * 40);
    return {
      id: `v${i + 1}`,
      subject,
      title: `Biểu quyết nội dung số ${i + 1}`,
      present: 2000,
      presentNote: '',
      votesFor: 2000 - against - 5,
      votesAgainst: against,
      votesOther: 5,
      at: at(20 + i * 18),
    };
  });
  const candidateIds = people.slice(100, 100 + CANDIDATES).map((p) => p.id);
  const stack: BallotEntry[] = Array.from({ length: BALLOTS }, (_, i) => {
    const numbers = Array.from({ length: CANDIDATES }, (_, k) => k + 1).sort(() => next() - 0.5);
    return { serial: i + 1, marks: numbers.slice(0, CANDIDATES - SEATS), note: '' };
  });
  const election = ElectionSchema.parse({
    kind: 'fullTerm',
    termFromYear: 2026,
    seats: SEATS,
    candidates: candidateIds.map((personId) => ({ personId, consent: true })),
    countingBoard: { headId: people[10]?.id, memberIds: people.slice(10, 13).map((p) => p.id) },
    rounds: [
      {
        number: 1,
        reason: 'first',
        candidateIds,
        seats: SEATS,
        present: 2000,
        ballotsIssued: 2000,
        mode: 'ballots',
        passes: { A: stack, B: stack.map((b) => ({ ...b })) },
        countEndedAt: '10:15',
        locked: { at: '2026-01-15T03:20:00.000Z', note: '' },
      },
    ],
  });
  const resolutionItems = Array.from({ length: 20 }, (_, i) =>
    ResolutionItemSchema.parse({
      id: `r${i + 1}`,
      section: RESOLUTION_SECTIONS[i % RESOLUTION_SECTIONS.length],
      indicator: `Nội dung nghị quyết số ${i + 1}`,
      ...(i % 2 === 0 ? { owner: { kind: 'head' }, deadline: '2026-06-30' } : {}),
    }),
  );
  return {
    ...base,
    conference: {
      ...conference,
      presidium: {
        presidiumIds: people.slice(0, 2).map((p) => p.id),
        secretaryIds: people.slice(2, 3).map((p) => p.id),
      },
      election,
      proceedings: { openedAt: '07:30', closedAt: '11:45', items, opinions, votes },
      resolution: {
        stage: 'adopted',
        items: resolutionItems,
        versions: [],
        adoptedByVoteId: `v${VOTES}`,
        changeLog: [],
        focalPointId: people[1]?.id,
        reportRecipient: '',
      },
    },
  };
}

export async function benchMinutesDocument(runs = 10) {
  const ctx = conferenceDay(await context2400());
  const job: number[] = [];
  const built: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    let started = performance.now();
    const data = conferenceMinutesJob(ctx);
    job.push(performance.now() - started);
    if (data.figures.votes.length !== VOTES || data.figures.rounds[0]?.collected !== BALLOTS)
      throw new Error('the votes or the ballots went missing');
    started = performance.now();
    const [file] = await documentBuilder.build(ctx, ['D14']);
    built.push(performance.now() - started);
    if (!file) throw new Error('D14 was not built');
  }
  return [
    report('D14 job: 2,400 people, 60 opinions, 12 votes, 2,000 ballots', job, 500),
    report('D14 build + pack (same conference)', built, 500),
  ];
}
