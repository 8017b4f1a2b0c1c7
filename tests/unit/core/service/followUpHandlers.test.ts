import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../core/service/dispatch';
import { paragraphs, readDocumentXml, textOf } from '../../../support/docx';
import { startService, type TestApp } from '../../../support/service';

/** The test's clock: a local day and hour, moved by the test (no real time in tests). */
function testClock() {
  let now = new Date(2027, 0, 29, 9, 0);
  return {
    now: () => now,
    set(iso: string, hour = 9) {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      now = new Date(y, m - 1, d, hour, 0);
    },
  };
}

const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Hùng', 'Khoa', 'Lan', 'Minh'];

/**
 * A unit of 12 with a sitting Ban TTND, and its conference on Friday 29/01/2027 (a week before Tết
 * Đinh Mùi) whose resolution — a target, two tasks, a decision — is adopted by a passing vote.
 */
async function adoptedConference(app: TestApp) {
  const head = await app.call('people:save', { fullName: 'Phan Thanh Ước', roles: ['head'] });
  const focal = await app.call('people:save', {
    fullName: 'Đặng Thị Hồng Nhung',
    department: 'Văn phòng',
  });
  const staff = [head, focal];
  for (let i = 2; i < 12; i += 1)
    staff.push(
      await app.call('people:save', {
        fullName: `Nguyễn Văn ${GIVEN[i % 10]} ${i}`,
        department: i % 2 ? 'Phòng Kế hoạch' : 'Văn phòng',
      }),
    );
  await app.call('unit:save', { name: 'Trung tâm Dịch vụ công', unionChairId: focal.id });
  await app.call('board:save', {
    electedOn: '2026-01-20',
    memberIds: [staff[3]!.id, staff[4]!.id, staff[5]!.id],
  });
  const conference = await app.call('conference:create', {
    year: 2027,
    date: '2027-01-29',
    venue: 'Hội trường',
  });
  const conferenceId = conference.id;
  await app.call('agenda:reset', { id: conferenceId });
  for (const person of staff)
    await app.call('attendance:mark', { conferenceId, personId: person.id, status: 'present' });
  await app.call('resolution:saveItems', {
    conferenceId,
    items: [
      {
        section: 'targets',
        indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
        target: 98,
        unitOfMeasure: '%',
      },
      {
        section: 'tasks',
        indicator: 'Số hoá hồ sơ lưu trữ từ năm 2015',
        owner: { kind: 'department', department: 'Văn phòng' },
        deadline: '2027-06-30',
      },
      {
        section: 'tasks',
        indicator: 'Sửa đổi quy chế chi tiêu nội bộ',
        owner: { kind: 'head' },
        deadline: '2027-03-31',
      },
      {
        section: 'decisions',
        text: 'Mỗi người đóng góp một ngày lương cho quỹ xã hội.',
        textEdited: true,
      },
    ],
  });
  await app.call('resolution:saveSettings', { conferenceId, focalPointId: focal.id });
  const { vote } = await app.call('proceedings:recordVote', {
    conferenceId,
    vote: { subject: 'resolution', votesFor: 11, votesAgainst: 1, votesOther: 0 },
  });
  await app.call('resolution:setStage', { conferenceId, stage: 'adopted', voteId: vote.id });
  return { conferenceId, head, focal, staff };
}

const itemByTitle = (
  view: { items: { id: string; title: string }[] },
  start: string,
): { id: string; title: string } => {
  const found = view.items.find((i) => i.title.startsWith(start));
  if (!found) throw new Error(`no item "${start}"`);
  return found;
};

async function refusal<C extends Parameters<typeof dispatch>[1]>(
  app: TestApp,
  channel: C,
  input: unknown,
) {
  const result = await dispatch(app.handlers, channel, input);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
}

describe('follow-up through the service', () => {
  it('adoption creates the clocks of the Law with their dates across Tết 2027 — once, however often it is adopted', async () => {
    const clock = testClock();
    const app = startService(undefined, clock.now);
    const { conferenceId } = await adoptedConference(app);

    // Stored on adoption, not only when the follow-up screen is opened.
    const stored = await app.call('conference:get', { id: conferenceId });
    expect(stored.followUp.items.map((i) => i.clock ?? i.section)).toEqual([
      'dissemination',
      'disclosure',
      'firstReview',
      'secondReview',
      'targets',
      'tasks',
      'tasks',
      'decisions',
    ]);

    let view = await app.call('followUp:get', { conferenceId });
    expect(view.adoptedOn).toBe('2027-01-29');
    expect(view.clocks.map((c) => [c.clock, c.due])).toEqual([
      ['dissemination', '2027-02-12'],
      ['disclosure', '2027-02-12'],
      ['firstReview', '2027-07-29'],
      ['secondReview', '2028-01-31'],
    ]);
    expect(view.items[0]?.state.ownerText).toBe('Đặng Thị Hồng Nhung');

    // Amended after adoption (a new task), then reopened and adopted again on Monday 01/02/2027.
    clock.set('2027-02-01');
    const resolution = await app.call('resolution:get', { conferenceId });
    await app.call('resolution:amend', {
      conferenceId,
      reason: 'Tiếp thu ý kiến sau hội nghị',
      items: [
        ...resolution.resolution.items,
        { section: 'tasks', indicator: 'Lắp camera hội trường', owner: { kind: 'head' } },
      ],
    });
    await app.call('resolution:setStage', {
      conferenceId,
      stage: 'revised',
      reason: 'Bổ sung nhiệm vụ',
    });
    const { vote } = await app.call('proceedings:recordVote', {
      conferenceId,
      vote: { subject: 'resolution', votesFor: 12, votesAgainst: 0, votesOther: 0 },
    });
    await app.call('resolution:setStage', { conferenceId, stage: 'adopted', voteId: vote.id });
    view = await app.call('followUp:get', { conferenceId });
    expect(view.items.filter((i) => i.origin === 'clock')).toHaveLength(4);
    expect(view.items.filter((i) => i.origin === 'resolution')).toHaveLength(5);
    expect(new Set(view.items.map((i) => i.id)).size).toBe(view.items.length);
    // Five working days after Monday 01/02: 02, 03, then Tết until 10/02, then 11, 12, 15/02.
    expect(view.clocks.find((c) => c.clock === 'disclosure')?.due).toBe('2027-02-15');
  });

  it('a file adopted before this version gets its follow-up when opened', async () => {
    const clock = testClock();
    const app = startService(undefined, clock.now);
    const { conferenceId } = await adoptedConference(app);
    const exported = await app.call('conference:exportFile', { id: conferenceId });
    const file = JSON.parse(exported.text) as { conference: Record<string, unknown> };
    delete file.conference.followUp;

    const other = startService(undefined, clock.now);
    const { conference } = await other.call('conference:importFile', {
      fileName: exported.fileName,
      text: JSON.stringify(file),
    });
    expect(conference.followUp.items).toEqual([]);
    const view = await other.call('followUp:get', { conferenceId: conference.id });
    expect(view.items).toHaveLength(8);
    expect((await other.call('conference:get', { id: conference.id })).followUp.items).toHaveLength(
      8,
    );
  });

  it('records status, notes and evidence; files are kept in the data folder and read back', async () => {
    const clock = testClock();
    const app = startService(undefined, clock.now);
    const { conferenceId } = await adoptedConference(app);
    clock.set('2027-03-10');
    let view = await app.call('followUp:get', { conferenceId });
    const task = itemByTitle(view, 'Số hoá');

    view = await app.call('followUp:updateItem', {
      conferenceId,
      itemId: task.id,
      changes: { status: 'inProgress', issues: 'Thiếu máy quét' },
    });
    view = await app.call('followUp:addNote', {
      conferenceId,
      itemId: task.id,
      note: { on: '2027-03-05', text: 'Đã quét 40% hồ sơ.' },
    });
    const bytes = Buffer.from('%PDF-1.4 biên bản nghiệm thu', 'utf8');
    view = await app.call('followUp:addEvidence', {
      conferenceId,
      itemId: task.id,
      evidence: {
        kind: 'file',
        fileName: '../../Biên bản nghiệm thu?.pdf',
        base64: bytes.toString('base64'),
      },
    });
    view = await app.call('followUp:addEvidence', {
      conferenceId,
      itemId: task.id,
      evidence: { kind: 'document', documentNumber: '12/QĐ-TTDVC', documentDate: '2027-03-01' },
    });
    const item = view.items.find((i) => i.id === task.id)!;
    expect(item).toMatchObject({ status: 'inProgress', issues: 'Thiếu máy quét' });
    expect(item.notes.map((n) => [n.on, n.text])).toEqual([['2027-03-05', 'Đã quét 40% hồ sơ.']]);
    const file = item.evidence.find((e) => e.kind === 'file');
    if (file?.kind !== 'file') throw new Error('no file evidence');
    expect(file).toMatchObject({
      fileName: '../../Biên bản nghiệm thu?.pdf',
      sizeBytes: bytes.length,
    });

    // Kept inside the data folder under a safe name, never where the name pointed.
    const folder = path.join(app.dataDir, 'attachments', conferenceId);
    const onDisk = fs.readdirSync(folder);
    expect(onDisk).toEqual([file.storedName]);
    expect(file.storedName).toMatch(/^[0-9a-f]{8}-Biên bản nghiệm thu_\.pdf$/);
    expect(fs.readFileSync(path.join(folder, file.storedName))).toEqual(bytes);
    const read = await app.call('followUp:readEvidence', {
      conferenceId,
      itemId: task.id,
      evidenceId: file.id,
    });
    expect(Buffer.from(read.base64, 'base64')).toEqual(bytes);

    await app.call('followUp:removeEvidence', {
      conferenceId,
      itemId: task.id,
      evidenceId: file.id,
    });
    expect(fs.readdirSync(folder)).toEqual([]);

    // Read back by a new service on the same folder: nothing lost.
    await app.storage.flush();
    const again = startService(app.dataDir, clock.now);
    const reread = await again.call('followUp:get', { conferenceId });
    expect(reread.items.find((i) => i.id === task.id)?.evidence.map((e) => e.kind)).toEqual([
      'document',
    ]);
  });

  it('a hand-made item can be removed with its files; an item of the resolution cannot', async () => {
    const app = startService(undefined, testClock().now);
    const { conferenceId, staff } = await adoptedConference(app);
    let view = await app.call('followUp:addItem', {
      conferenceId,
      item: {
        id: 'mine',
        title: 'Sửa mái nhà xe',
        owner: { kind: 'person', personId: staff[6]!.id },
      },
    });
    // The same save again (a retried request) adds nothing.
    view = await app.call('followUp:addItem', {
      conferenceId,
      item: { id: 'mine', title: 'Sửa mái nhà xe' },
    });
    expect(view.items.filter((i) => i.id === 'mine')).toHaveLength(1);
    expect(view.items.find((i) => i.id === 'mine')?.state.ownerText).toBe(staff[6]!.fullName);
    await app.call('followUp:addEvidence', {
      conferenceId,
      itemId: 'mine',
      evidence: {
        kind: 'file',
        fileName: 'ảnh.jpg',
        base64: Buffer.from('jpeg').toString('base64'),
      },
    });
    const folder = path.join(app.dataDir, 'attachments', conferenceId);
    expect(fs.readdirSync(folder)).toHaveLength(1);
    view = await app.call('followUp:removeItem', { conferenceId, itemId: 'mine' });
    expect(view.items.some((i) => i.id === 'mine')).toBe(false);
    expect(fs.readdirSync(folder)).toEqual([]);

    const task = itemByTitle(view, 'Số hoá');
    const error = await refusal(app, 'followUp:removeItem', { conferenceId, itemId: task.id });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/không xoá được/);
  });

  it("a hand-made item's wording, part and target are edited; a clock of the Law is not removed", async () => {
    const app = startService(undefined, testClock().now);
    const { conferenceId } = await adoptedConference(app);
    await app.call('followUp:addItem', {
      conferenceId,
      item: { id: 'mine', title: 'Sửa mái nhà xe', indicator: 'Diện tích', target: 100 },
    });
    let view = await app.call('followUp:updateItem', {
      conferenceId,
      itemId: 'mine',
      changes: {
        title: 'Sửa mái nhà xe khu B',
        section: 'tasks',
        indicator: 'Diện tích mái',
        target: 120,
        unitOfMeasure: 'm²',
      },
    });
    expect(view.items.find((i) => i.id === 'mine')).toMatchObject({
      origin: 'manual',
      title: 'Sửa mái nhà xe khu B',
      section: 'tasks',
      target: 120,
      state: { group: 'tasks' },
    });
    view = await app.call('followUp:updateItem', {
      conferenceId,
      itemId: 'mine',
      changes: { section: null, target: null, indicator: null },
    });
    expect(view.items.find((i) => i.id === 'mine')).not.toHaveProperty('target');
    expect(view.items.find((i) => i.id === 'mine')?.state.group).toBe('other');

    const error = await refusal(app, 'followUp:removeItem', {
      conferenceId,
      itemId: 'clock:disclosure',
    });
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect(error.message).toMatch(/^Việc theo quy định của Luật không xoá được/);
    // Read back from the disk by a new service: the edit is there, the clock still is.
    await app.storage.flush();
    const reread = await startService(app.dataDir, testClock().now).call('followUp:get', {
      conferenceId,
    });
    expect(reread.items.find((i) => i.id === 'mine')?.title).toBe('Sửa mái nhà xe khu B');
    expect(reread.items.some((i) => i.id === 'clock:disclosure')).toBe(true);
  });

  it("the review's assessment is edited until it is issued; after, a change is refused and nothing moves", async () => {
    const clock = testClock();
    const app = startService(undefined, clock.now);
    const { conferenceId } = await adoptedConference(app);
    clock.set('2027-07-29');
    await app.call('followUp:takeReview', { conferenceId, number: 1 });
    await app.call('followUp:saveReview', { conferenceId, number: 1, summary: 'Nháp' });
    let view = await app.call('followUp:saveReview', {
      conferenceId,
      number: 1,
      summary: 'Cơ bản đạt tiến độ; việc số hoá hồ sơ chậm.',
    });
    expect(view.reviews[0]?.summary).toBe('Cơ bản đạt tiến độ; việc số hoá hồ sơ chậm.');
    // Re-taking the review before it is issued keeps the assessment typed.
    view = await app.call('followUp:takeReview', { conferenceId, number: 1 });
    expect(view.reviews[0]?.summary).toBe('Cơ bản đạt tiến độ; việc số hoá hồ sơ chậm.');
    view = await app.call('followUp:issueReview', {
      conferenceId,
      number: 1,
      notifiedOn: '2027-07-29',
      noticeNumber: '15/TB-CĐCS',
    });
    const issued = view.reviews[0]!;

    clock.set('2027-08-05');
    const error = await refusal(app, 'followUp:saveReview', {
      conferenceId,
      number: 1,
      summary: 'Sửa sau khi ban hành',
    });
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message:
        'Kết quả kiểm tra, đánh giá lần 1 đã ban hành (thông báo ngày 29/07/2027): số liệu đã chốt không sửa được.',
    });
    const missing = await refusal(app, 'followUp:saveReview', {
      conferenceId,
      number: 2,
      summary: 'Chưa chốt',
    });
    expect(missing).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Chưa chốt số liệu kiểm tra lần 2.',
    });
    // The issued snapshot is byte for byte what it was, on disk too.
    await app.storage.flush();
    const reread = await startService(app.dataDir, clock.now).call('followUp:get', {
      conferenceId,
    });
    expect(reread.reviews[0]).toEqual(issued);
  });

  it('the disclosure is recorded with how and where it was posted; core counts its 20 days', async () => {
    const clock = testClock();
    const app = startService(undefined, clock.now);
    const { conferenceId } = await adoptedConference(app);
    clock.set('2027-02-20');
    // Due Friday 12/02/2027 (5 working days after 29/01 across Tết): not posted yet, overdue.
    let view = await app.call('followUp:get', { conferenceId });
    expect(view.items.find((i) => i.id === 'clock:disclosure')?.state).toMatchObject({
      overdue: true,
      posting: null,
    });
    view = await app.call('followUp:updateItem', {
      conferenceId,
      itemId: 'clock:disclosure',
      changes: {
        posting: {
          from: '2027-02-11',
          where: 'Bảng tin tầng 1 ',
          forms: ['website', 'noticeBoard'],
        },
      },
    });
    const disclosure = view.items.find((i) => i.id === 'clock:disclosure')!;
    expect(disclosure).toMatchObject({
      status: 'done',
      completedOn: '2027-02-11',
      posting: { from: '2027-02-11', where: 'Bảng tin tầng 1', forms: ['noticeBoard', 'website'] },
    });
    expect(disclosure.state).toMatchObject({
      overdue: false,
      postingUntil: '2027-03-03',
      posting: { state: 'posting', daysPosted: 9, daysLeft: 11, late: false },
      problems: [],
    });
    clock.set('2027-03-04');
    view = await app.call('followUp:get', { conferenceId });
    expect(view.items.find((i) => i.id === 'clock:disclosure')?.state.posting?.state).toBe('kept');

    const future = await refusal(app, 'followUp:updateItem', {
      conferenceId,
      itemId: 'clock:disclosure',
      changes: { posting: { from: '2027-03-05', where: '' } },
    });
    expect(future.message).toBe('Ngày niêm yết (05/03/2027) không được sau hôm nay.');
  });

  it('the six-monthly review freezes the items; a later edit does not change the issued report', async () => {
    const clock = testClock();
    const app = startService(undefined, clock.now);
    const { conferenceId } = await adoptedConference(app);
    clock.set('2027-07-29');
    let view = await app.call('followUp:get', { conferenceId });
    const task = itemByTitle(view, 'Sửa đổi quy chế');
    await app.call('followUp:updateItem', {
      conferenceId,
      itemId: task.id,
      changes: { status: 'inProgress', nextSteps: 'Trình hội nghị bất thường.' },
    });
    view = await app.call('followUp:takeReview', { conferenceId, number: 1 });
    expect(view.reviews[0]).toMatchObject({ number: 1, asOf: '2027-07-29', issued: false });
    await app.call('followUp:saveReview', { conferenceId, number: 1, summary: 'Cơ bản đạt.' });
    clock.set('2027-08-02');
    view = await app.call('followUp:issueReview', {
      conferenceId,
      number: 1,
      notifiedOn: '2027-08-02',
      noticeNumber: '15/TB-CĐCS',
    });
    expect(view.items.find((i) => i.clock === 'firstReview')).toMatchObject({
      status: 'done',
      completedOn: '2027-08-02',
    });

    clock.set('2027-08-20');
    view = await app.call('followUp:updateItem', {
      conferenceId,
      itemId: task.id,
      changes: { status: 'done', nextSteps: '' },
    });
    const review = view.reviews[0]!;
    expect(review.items.find((i) => i.id === task.id)).toMatchObject({
      status: 'inProgress',
      nextSteps: 'Trình hội nghị bất thường.',
    });
    expect(review.totals.byStatus.inProgress).toBe(1);
    expect(view.items.find((i) => i.id === task.id)?.status).toBe('done');
    const again = await refusal(app, 'followUp:takeReview', { conferenceId, number: 1 });
    expect(again).toMatchObject({ code: 'CONFLICT' });
    expect(again.message).toMatch(/đã ban hành/);
  });

  it("the Ban TTND's year: a short notice and a late answer are flagged; the programme is drafted", async () => {
    const clock = testClock();
    const app = startService(undefined, clock.now);
    const { conferenceId } = await adoptedConference(app);
    clock.set('2027-02-02');
    let view = await app.call('boardWork:saveInspection', {
      conferenceId,
      inspection: {
        subject: 'Quỹ phúc lợi năm 2026',
        plannedOn: '2027-02-15',
        notifiedOn: '2027-02-02',
      },
    });
    const inspection = view.board.inspections[0]!;
    expect(inspection).toMatchObject({
      latestNoticeOn: '2027-02-01',
      noticeWorkingDays: 4,
      noticeState: 'late',
    });
    expect(view.board.summary.inspections.noticeLate).toBe(1);

    clock.set('2027-03-20');
    view = await app.call('boardWork:saveRecommendation', {
      conferenceId,
      recommendation: {
        inspectionId: inspection.id,
        content: 'Công khai quyết toán quỹ phúc lợi.',
        receivedOn: '2027-03-01',
        answeredOn: '2027-03-19',
        answer: 'Đã niêm yết.',
      },
    });
    expect(view.board.recommendations[0]).toMatchObject({
      answerDueOn: '2027-03-16',
      answerState: 'answeredLate',
      daysLate: 3,
    });
    const draft = await app.call('boardWork:draftProgramme', {
      conferenceId,
      period: { kind: 'quarter', number: 1 },
    });
    expect(draft.lines.map((l) => l.text)[0]).toMatch(/^Giám sát việc thực hiện: Sửa đổi quy chế/);
    view = await app.call('boardWork:saveProgramme', { conferenceId, programme: draft });
    expect(view.board.programmes.map((p) => p.label)).toEqual(['quý I năm 2027']);
    const clash = await refusal(app, 'boardWork:saveProgramme', {
      conferenceId,
      programme: { ...draft, id: 'other' },
    });
    expect(clash.message).toBe(
      'Đã có chương trình công tác quý I năm 2027: hãy sửa chương trình đó.',
    );
  });

  it('exports the deadlines as an .ics calendar that parses, with the right days', async () => {
    const app = startService(undefined, testClock().now);
    const { conferenceId } = await adoptedConference(app);
    const { fileName, text, events } = await app.call('followUp:exportCalendar', { conferenceId });
    expect(fileName).toBe('lich-theo-doi-2027.ics');
    // Unfold the content lines (RFC 5545 §3.1) before reading them.
    const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(events);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(events);
    const event = (uid: string) => {
      const start = lines.indexOf(`UID:${uid}`);
      const end = lines.indexOf('END:VEVENT', start);
      return lines.slice(start, end);
    };
    const disclosure = event(`${conferenceId}.item.clock:disclosure@hoi-nghi-cbccvc`);
    expect(disclosure).toContain('DTSTART;VALUE=DATE:20270212');
    expect(disclosure).toContain('DTEND;VALUE=DATE:20270213');
    expect(disclosure).toContain('TRIGGER:-PT72H');
    expect(disclosure.find((l) => l.startsWith('SUMMARY:'))).toMatch(/^SUMMARY:Hạn: Công khai/);
    expect(event(`${conferenceId}.item.clock:secondReview@hoi-nghi-cbccvc`)).toContain(
      'DTSTART;VALUE=DATE:20280131',
    );
    // All conferences at once.
    const all = await app.call('followUp:exportCalendar', {});
    expect(all).toMatchObject({ fileName: 'lich-theo-doi.ics', events });
  });

  it('exports the list as an .xlsx that opens with exceljs, filtered as on the screen', async () => {
    const app = startService(undefined, testClock().now);
    const { conferenceId } = await adoptedConference(app);
    const all = await app.call('followUp:exportSpreadsheet', { conferenceId });
    expect(all).toMatchObject({ fileName: 'theo-doi-nghi-quyet-2027.xlsx', rows: 8 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(all.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Theo dõi nghị quyết')!;
    expect(sheet.getCell('A1').value).toBe(
      'THEO DÕI THỰC HIỆN NGHỊ QUYẾT HỘI NGHỊ CBCCVC NĂM 2027',
    );
    expect(sheet.getRow(4).getCell(3).value).toBe('Nội dung');
    expect(sheet.rowCount).toBe(4 + 8);
    const disclosure = sheet.getRow(6);
    expect(disclosure.getCell(3).value).toMatch(/^Công khai nghị quyết/);
    const due = disclosure.getCell(10);
    expect(due.value).toEqual(new Date(Date.UTC(2027, 1, 12)));
    expect(due.numFmt).toBe('dd/mm/yyyy');

    const tasks = await app.call('followUp:exportSpreadsheet', {
      conferenceId,
      filter: { groups: ['tasks'], search: 'so hoa' },
    });
    expect(tasks.rows).toBe(1);
  });

  it('"Tạo hội nghị năm sau" carries the unfinished items, says whether the election is due, and feeds last year\'s report', async () => {
    const clock = testClock();
    const app = startService(undefined, clock.now);
    const { conferenceId } = await adoptedConference(app);
    clock.set('2027-12-20');
    const view = await app.call('followUp:get', { conferenceId });
    const decision = itemByTitle(view, 'Mỗi người');
    const done = itemByTitle(view, 'Số hoá');
    await app.call('followUp:updateItem', {
      conferenceId,
      itemId: decision.id,
      changes: { status: 'notDone', notDoneReason: 'Cấp trên chưa cho phép.' },
    });
    await app.call('followUp:updateItem', {
      conferenceId,
      itemId: done.id,
      changes: { status: 'done', completedOn: '2027-06-20' },
    });

    const created = await app.call('followUp:createNextYear', {
      conferenceId,
      date: '2028-01-14',
    });
    expect(created.conference).toMatchObject({
      year: 2028,
      date: '2028-01-14',
      venue: 'Hội trường',
    });
    expect(created.conference.agenda.length).toBeGreaterThan(0);
    // The target and the other task: open. Not the done task, the closed decision, the clocks.
    expect(created.carried).toBe(2);
    expect(created.conference.followUp.items.map((i) => [i.origin, i.carriedFrom?.year])).toEqual([
      ['carriedOver', 2027],
      ['carriedOver', 2027],
    ]);
    // The board elected 20/01/2026 for 2 years: the 2028 conference elects the next one (R21).
    expect(created.electionDue.due).toBe(true);
    expect(created.electionDue.reason).toMatch(/hết nhiệm kỳ/);

    const previous = await app.call('followUp:previousReport', {
      conferenceId: created.conference.id,
    });
    expect(previous.report?.year).toBe(2027);
    expect(previous.report?.notDone.map((l) => l.reason)).toEqual(['Cấp trên chưa cho phép.']);
    expect(previous.report?.totals.byStatus).toMatchObject({ done: 1, notDone: 1 });

    // The new conference's documents offer D6 and D7, drafted from 2027's tracked year until 2028
    // has a followed resolution of its own: they are where the officer preparing 2028 looks.
    const nextId = created.conference.id;
    const listed = await app.call('documents:list', { conferenceId: nextId });
    expect(listed.map((d) => d.id)).toEqual(expect.arrayContaining(['D6', 'D7']));
    const { files } = await app.call('documents:build', {
      conferenceId: nextId,
      ids: ['D6', 'D7'],
    });
    for (const file of files) {
      const text = paragraphs(await readDocumentXml(Buffer.from(file.base64, 'base64')))
        .map(textOf)
        .join('\n');
      expect(text).toContain('Cấp trên chưa cho phép');
      expect(text).toMatch(/năm 2027/);
    }

    // Last year is closed for reminders; the new year has no deadlines yet.
    const todo = await app.call('followUp:todo', {});
    expect(todo.entries.filter((e) => e.conferenceId === conferenceId)).toEqual([]);

    const twice = await refusal(app, 'followUp:createNextYear', { conferenceId });
    expect(twice).toMatchObject({ code: 'CONFLICT' });
    expect(twice.message).toMatch(/Đã tạo hội nghị năm 2028/);
  });

  it('"Việc cần làm" lists the overdue and the next 14 days across conferences', async () => {
    const clock = testClock();
    const app = startService(undefined, clock.now);
    const { conferenceId } = await adoptedConference(app);
    clock.set('2027-03-20');
    const { today, days, entries } = await app.call('followUp:todo', {});
    expect({ today, days }).toEqual({ today: '2027-03-20', days: 14 });
    expect(entries.map((e) => [e.refId, e.dueOn, e.overdue])).toEqual([
      ['clock:dissemination', '2027-02-12', true],
      ['clock:disclosure', '2027-02-12', true],
      [expect.stringMatching(/^resolution:/), '2027-03-31', false],
      ['quarter-1', '2027-03-31', false],
    ]);
    expect(entries.every((e) => e.conferenceId === conferenceId)).toBe(true);
  });

  it('refuses bad input with INVALID_INPUT in Vietnamese, changing nothing', async () => {
    const clock = testClock();
    const app = startService(undefined, clock.now);
    const { conferenceId } = await adoptedConference(app);
    const view = await app.call('followUp:get', { conferenceId });
    const task = itemByTitle(view, 'Số hoá');
    const bad: [Parameters<typeof dispatch>[1], unknown, RegExp][] = [
      [
        'followUp:updateItem',
        { conferenceId, itemId: task.id, changes: { status: 'notDone' } },
        /Hãy ghi lý do không thực hiện được/,
      ],
      [
        'followUp:updateItem',
        { conferenceId, itemId: task.id, changes: { title: 'Khác' } },
        /sửa đổi nghị quyết/,
      ],
      [
        'followUp:addNote',
        { conferenceId, itemId: task.id, note: { on: '2027-02-30', text: 'x' } },
        /không đúng định dạng/,
      ],
      [
        'followUp:addNote',
        { conferenceId, itemId: task.id, note: { on: '2027-02-01', text: 'x' } },
        /không được sau hôm nay/,
      ],
      ['followUp:addItem', { conferenceId, item: { title: '   ' } }, /không đúng định dạng/],
      [
        'followUp:addItem',
        { conferenceId, item: { title: 'Việc', owner: { kind: 'department' } } },
        /Hãy ghi tên phòng, ban chủ trì/,
      ],
      [
        'followUp:addEvidence',
        {
          conferenceId,
          itemId: task.id,
          evidence: { kind: 'file', fileName: 'x.pdf', base64: 'A'.repeat(28_000_000) },
        },
        /không đúng định dạng/,
      ],
      [
        'followUp:addEvidence',
        {
          conferenceId,
          itemId: task.id,
          evidence: { kind: 'file', fileName: 'x.pdf', base64: '@@@@' },
        },
        /không phải base64 hợp lệ/,
      ],
      [
        'boardWork:saveInspection',
        {
          conferenceId,
          inspection: { subject: 'Quỹ', plannedOn: '2027-02-15', notifiedOn: '2027-02-16' },
        },
        /không được sau ngày kiểm tra/,
      ],
      [
        'boardWork:saveRecommendation',
        {
          conferenceId,
          recommendation: { content: 'x', receivedOn: '2027-03-01', answeredOn: '2027-02-01' },
        },
        /không được trước ngày nhận kiến nghị/,
      ],
      ['followUp:takeReview', { conferenceId, number: 3 }, /không đúng định dạng/],
      ['followUp:get', { conferenceId, extra: 1 }, /không đúng định dạng/],
    ];
    for (const [channel, input, message] of bad) {
      const error = await refusal(app, channel, input);
      expect(error.code, `${channel} ${JSON.stringify(input).slice(0, 80)}`).toBe('INVALID_INPUT');
      expect(`${error.message} ${error.issues.join(' ')}`).toMatch(message);
    }
    // The field at fault is named, in Vietnamese.
    const dateError = await refusal(app, 'followUp:addNote', {
      conferenceId,
      itemId: task.id,
      note: { on: '2027-02-30', text: 'x' },
    });
    expect(dateError.issues.join(' ')).toMatch(/Ngày không có trên lịch/);
    const after = await app.call('followUp:get', { conferenceId });
    expect(after.items.find((i) => i.id === task.id)).toMatchObject({
      status: 'notStarted',
      notes: [],
    });
    expect(after.board.inspections).toEqual([]);
  });
});
