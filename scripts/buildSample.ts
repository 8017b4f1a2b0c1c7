/**
 * Builds docs/samples/mau-2026.hoinghi.json — the sample conference a newcomer opens from the start
 * screen ("Mở hội nghị mẫu") — through the app's own service, on roster-184, so the sample is always a
 * file the current version writes and reads. Each issue extends it (`npm run sample`): the
 * preparation (issues 2–4), a completed and locked Ban TTND election (issue 5, sample/sampleElection.ts)
 * the conference day with its adopted resolution (issue 6, sample/sampleConferenceDay.ts) and its
 * first six months of follow-up and Ban TTND work (issue 7, sample/sampleFollowUp.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../core/service/dispatch';
import type { Channel, ChannelInput, ChannelOutput } from '../core/contract';
import { detectHeader } from '../core/domain/rosterImport';
import { createNodeService } from '../electron/node/createNodeService';
import { hanoi, sampleClock, type SampleContext } from './sample/sampleContext';
import {
  countSampleElection,
  finishSampleElection,
  setUpSampleElection,
} from './sample/sampleElection';
import { draftSampleResolution, runSampleConferenceDay } from './sample/sampleConferenceDay';
import { runSampleFollowUp } from './sample/sampleFollowUp';

const root = path.resolve(import.meta.dirname, '..');
const target = path.join(root, 'docs', 'samples', 'mau-2026.hoinghi.json');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoinghi-sample-'));
// A clock the builder sets: the sample is dated (preparation on 10/01/2026, the conference on
// 15/01/2026, the recognition and the board's first meeting after it), never "now".
const clock = sampleClock('2026-01-10T09:00:00+07:00');
// Numbered ids in the shape of a UUID v4: the same sample is rebuilt byte for byte, so a change of
// the builder shows in its diff as what it changed, not as 600 new ids.
let idCount = 0;
const sampleId = () => `00000000-0000-4000-8000-${String(++idCount).padStart(12, '0')}`;
const { handlers } = createNodeService({
  dataDir,
  mode: 'browser',
  now: clock.now,
  newId: sampleId,
});

async function call<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await dispatch(handlers, channel, input);
  if (!result.ok)
    throw new Error(`${channel}: ${result.error.message} ${result.error.issues.join('; ')}`);
  return result.data as ChannelOutput<C>;
}

const base64 = fs
  .readFileSync(path.resolve(root, '..', 'shared', 'fixtures', 'roster-184.xlsx'))
  .toString('base64');
const { grid } = await call('roster:read', { fileName: 'roster-184.xlsx', base64 });
const detected = detectHeader(grid);
if (!detected) throw new Error('roster-184 has no header');
const { people } = await call('roster:apply', {
  grid,
  headerRow: detected.headerRow,
  mapping: detected.mapping,
  goneAction: 'keep',
});
const byName = (name: string) => {
  const person = people.find((p) => p.fullName === name);
  if (!person) throw new Error(`${name} is not in roster-184`);
  return person;
};
const chair = byName('Hồ Thanh Hiếu');
const viceChair = byName('Huỳnh Thanh Khánh');
await call('unit:save', {
  name: 'Vụ Khoa học và Công nghệ',
  parentBody: 'Bộ Nông nghiệp và Môi trường',
  unionName: 'Công đoàn Vụ Khoa học và Công nghệ',
  upperUnion: 'Công đoàn Bộ Nông nghiệp và Môi trường',
  placeName: 'Hà Nội',
  // The unit's official abbreviation, so the sample's numbers read "Số: 05/KH-KHCN" as a văn thư's.
  abbreviation: 'KHCN',
  workYearEnd: { day: 31, month: 12 },
  ruleSetId: 'law-10-2022',
  unionChairId: chair.id,
  unionViceChairId: viceChair.id,
});
// The board elected at the 2024 conference: its 2-year term ends, so 2026 elects a new one (R21).
await call('board:save', {
  electedOn: '2024-01-18',
  memberIds: ['Trịnh Thanh Việt', 'Phan Minh Linh', 'Hoàng Phương Hạnh'].map((n) => byName(n).id),
});

const conference = await call('conference:create', {
  year: 2026,
  date: '2026-01-15',
  startTime: '08:00',
  venue: 'Hội trường tầng 3, trụ sở Bộ',
  form: 'full',
  formDecision: {
    dispersedReason: '',
    unionAgreement: 'Biên bản làm việc ngày 05/01/2026 giữa Vụ trưởng và Ban Chấp hành Công đoàn',
  },
});
await call('conference:setGuests', {
  id: conference.id,
  guests: [
    {
      fullName: 'Nguyễn Thị Lan',
      title: 'Phó Chủ tịch',
      organisation: 'Công đoàn Bộ Nông nghiệp và Môi trường',
    },
    { fullName: 'Lê Minh Tuấn', title: 'Phó Vụ trưởng', organisation: 'Vụ Tổ chức cán bộ' },
  ],
});
const withAgenda = await call('agenda:reset', { id: conference.id });
await call('agenda:save', {
  id: conference.id,
  agenda: withAgenda.agenda,
  presidium: {
    presidiumIds: withAgenda.presidium.presidiumIds,
    secretaryIds: [byName('Ngô Minh Uyên').id],
  },
});
const withTasks = await call('preparation:reset', { id: conference.id });
await call('preparation:save', {
  id: conference.id,
  tasks: withTasks.preparationTasks.map((task) => ({ ...task, done: true })),
});
const sample: SampleContext = { call, clock, conferenceId: conference.id, byName };
await setUpSampleElection(sample);
await draftSampleResolution(sample);

// Check-in on the day: the first 150 on the list present, three excused.
clock.at(hanoi('2026-01-15', '07:30'));
const present = people.slice(0, 150);
for (const person of present) {
  await call('attendance:mark', {
    conferenceId: conference.id,
    personId: person.id,
    status: 'present',
    reason: '',
  });
  clock.advance(10);
}
for (const [person, reason] of [
  [people[160], 'Ốm'],
  [people[161], 'Đi công tác'],
  [people[162], 'Nghỉ phép'],
] as const) {
  if (person)
    await call('attendance:mark', {
      conferenceId: conference.id,
      personId: person.id,
      status: 'absent',
      reason,
    });
}

await runSampleConferenceDay(sample, async () => {
  await countSampleElection(sample, present.length);
});
const { outcome } = await call('election:get', { conferenceId: conference.id });
await finishSampleElection(sample, outcome.electedIds);
await runSampleFollowUp(sample);

const { text } = await call('conference:exportFile', { id: conference.id });
// Undo history is working state, not content: the sample ships without it.
const file = JSON.parse(text) as { conference: { attendanceHistory: unknown[] } };
file.conference.attendanceHistory = [];
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, `${JSON.stringify(file, null, 2)}\n`);
fs.rmSync(dataDir, { recursive: true, force: true });
console.log(`Đã ghi ${path.relative(root, target)}`);
