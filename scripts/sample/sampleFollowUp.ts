/**
 * The sample's first six months after the conference (issue 7), through the followUp:* and
 * boardWork:* channels as the screens call them: the adopted resolution's items tracked (some done
 * with their date and evidence, some in progress with dated notes, one that cannot be done and
 * why), the Ban TTND's year (a quarterly programme, an inspection notified 5 working days ahead —
 * Nghị định 59/2023/NĐ-CP Điều 22.1.b — a recommendation the head answered after the 15 days of
 * Luật 10/2022/QH15 Điều 63.1.c, a report to the union executive, Điều 22.3) and the first
 * six-monthly review taken and notified to all staff (Điều 52.3). Every date follows the
 * conference of 15/01/2026 on the sample's clock.
 */
import type { ChannelInput, ChannelOutput } from '../../core/contract';
import { InspectionSchema } from '../../core/domain/boardWork';
import { hanoi, type SampleContext } from './sampleContext';

type View = ChannelOutput<'followUp:get'>;
type Changes = ChannelInput<'followUp:updateItem'>['changes'];

/** The item whose title holds `starts` (the resolution's wording), or the clock named. */
function itemId(view: View, starts: string): string {
  const item = view.items.find((i) => i.title.includes(starts) || i.clock === starts);
  if (!item)
    throw new Error(
      `the sample follow-up has no item "${starts}": ${view.items.map((i) => i.title).join(' | ')}`,
    );
  return item.id;
}

export async function runSampleFollowUp(s: SampleContext): Promise<void> {
  const { call, clock, conferenceId } = s;
  const on = (date: string, time = '09:00') => clock.at(hanoi(date, time));
  const update = (view: View, starts: string, changes: Changes) =>
    call('followUp:updateItem', { conferenceId, itemId: itemId(view, starts), changes });
  const note = (view: View, starts: string, date: string, text: string) =>
    call('followUp:addNote', {
      conferenceId,
      itemId: itemId(view, starts),
      note: { on: date, text },
    });

  // The week after the conference: the items are created from the adopted resolution.
  on('2026-01-22');
  const view = await call('followUp:get', { conferenceId });
  await update(view, 'dissemination', { status: 'done', completedOn: '2026-01-22' });
  await update(view, 'phối hợp tổ chức quán triệt', { status: 'done', completedOn: '2026-01-22' });
  // R10: posted the day after the adoption, within 5 working days (Điều 47.2, 48), on the notice
  // board and the intranet (Điều 47's forms); recording it marks the disclosure done that day.
  await update(view, 'disclosure', {
    posting: {
      from: '2026-01-16',
      where: 'Bảng tin tầng 1 và trang thông tin nội bộ của Vụ',
      forms: ['noticeBoard', 'website'],
    },
  });

  // The board's programme for the first quarter, drafted from the resolution and approved.
  on('2026-01-27', '14:00');
  const draft = await call('boardWork:draftProgramme', {
    conferenceId,
    period: { kind: 'quarter', number: 1 },
  });
  await call('boardWork:saveProgramme', {
    conferenceId,
    programme: {
      ...draft,
      purpose: 'Giám sát việc thực hiện nghị quyết Hội nghị cán bộ, công chức năm 2026.',
      organisation: 'Trưởng ban phân công từng thành viên theo dõi từng nội dung.',
      approvedOn: '2026-01-27',
      documentNumber: '01/CT-TTND',
    },
  });

  on('2026-02-10');
  const plan = 'chỉ đạo các phòng xây dựng kế hoạch';
  await update(view, plan, { status: 'done', completedOn: '2026-02-10' });
  await call('followUp:addEvidence', {
    conferenceId,
    itemId: itemId(view, plan),
    evidence: {
      kind: 'document',
      documentNumber: '45/KH-KHCN',
      documentDate: '2026-02-10',
      note: 'Kế hoạch triển khai nghị quyết Hội nghị cán bộ, công chức năm 2026.',
    },
  });

  // The inspection: notified on Monday 02/03, two weeks (10 working days) before it starts.
  on('2026-03-02');
  const planned = await call('boardWork:saveInspection', {
    conferenceId,
    inspection: {
      subject: 'Việc thực hiện Quy chế chi tiêu nội bộ năm 2026 tại Văn phòng Vụ',
      content: 'Chi trả hỗ trợ làm thêm giờ quý I năm 2026 theo mức sửa đổi.',
      plannedOn: '2026-03-16',
      reportedOn: '2026-02-27',
      notifiedOn: '2026-03-02',
      followUpItemId: itemId(view, 'Giám sát việc thực hiện quy chế dân chủ'),
    },
  });
  const saved = planned.board.inspections[0];
  if (!saved) throw new Error('the sample inspection was not saved');
  if (saved.noticeState !== 'ok')
    throw new Error(`the sample notice is ${saved.noticeState}: ${saved.problems.join('; ')}`);
  // The view adds the computed checks; the record saved back is the stored fields only.
  const inspection = InspectionSchema.parse(saved);
  on('2026-03-20');
  await call('boardWork:saveInspection', {
    conferenceId,
    inspection: {
      ...inspection,
      resultOn: '2026-03-20',
      result:
        'Văn phòng Vụ chi trả đúng mức quy định; còn 02 hồ sơ làm thêm giờ thiếu xác nhận của trưởng phòng.',
      resultDocumentNumber: '03/BC-TTND',
    },
  });

  // The recommendation: received 25/03, due 09/04, answered 14/04 — late (Điều 63.1.c).
  on('2026-04-14', '15:00');
  await call('boardWork:saveRecommendation', {
    conferenceId,
    recommendation: {
      inspectionId: inspection.id,
      content: 'Bổ sung xác nhận của trưởng phòng vào hồ sơ làm thêm giờ trước khi chi trả.',
      documentNumber: '04/KN-TTND',
      receivedOn: '2026-03-25',
      answeredOn: '2026-04-14',
      answer: 'Vụ trưởng chỉ đạo Văn phòng Vụ bổ sung hồ sơ, hoàn thành trước ngày 30/4/2026.',
      answerDocumentNumber: '58/KHCN-VP',
    },
  });
  await call('boardWork:saveReport', {
    conferenceId,
    report: {
      period: { kind: 'quarter', number: 1 },
      submittedOn: '2026-04-03',
      documentNumber: '05/BC-TTND',
      summary:
        'Quý I: giám sát 01 cuộc, 01 kiến nghị; các nội dung nghị quyết đến hạn đều được triển khai.',
    },
  });
  await update(view, 'Công khai kết quả thực hiện nghị quyết hằng quý', {
    status: 'done',
    completedOn: '2026-04-08',
  });

  on('2026-05-20');
  await update(view, 'Số hoá hồ sơ', { status: 'inProgress' });
  await note(view, 'Số hoá hồ sơ', '2026-05-20', 'Đã số hoá 1.250/3.000 hồ sơ (năm 2015–2018).');
  await update(view, 'Tổ chức khám sức khoẻ', { status: 'inProgress' });
  await note(
    view,
    'Tổ chức khám sức khoẻ',
    '2026-05-20',
    'Đã ký hợp đồng với Bệnh viện Giao thông vận tải; dự kiến khám tháng 9/2026.',
  );

  on('2026-06-30', '16:00');
  await update(view, 'Hoàn thiện quy trình thẩm định', {
    status: 'inProgress',
    issues: 'Phần mềm quản lý nhiệm vụ chưa kết nối được với hệ thống văn bản điện tử.',
    nextSteps: 'Hoàn thành kết nối trong quý III năm 2026.',
  });
  await note(
    view,
    'Hoàn thiện quy trình thẩm định',
    '2026-06-30',
    'Đã ban hành quy trình; đang chạy thử trên phần mềm.',
  );
  await update(view, 'Tỷ lệ hồ sơ giải quyết đúng hạn', { status: 'inProgress', achieved: 96 });
  await update(view, 'Sử dụng quỹ phúc lợi', {
    status: 'notDone',
    notDoneReason:
      'Quỹ phúc lợi năm 2026 được ưu tiên cho khám sức khoẻ định kỳ theo ý kiến tại hội nghị; chuyển sang năm 2027.',
  });

  // The first six-monthly review (R9, Điều 52.3): figures frozen on 15/07, notified on 20/07.
  on('2026-07-15', '10:00');
  await call('followUp:takeReview', { conferenceId, number: 1, asOf: '2026-07-15' });
  await call('followUp:saveReview', {
    conferenceId,
    number: 1,
    summary:
      'Sáu tháng đầu năm, các nội dung đến hạn cơ bản được thực hiện; việc tham quan, nghỉ dưỡng không thực hiện được và chuyển sang năm 2027.',
  });
  on('2026-07-20');
  await call('followUp:issueReview', {
    conferenceId,
    number: 1,
    notifiedOn: '2026-07-20',
    noticeNumber: '25/TB-KHCN',
  });
}
