/**
 * R22 — a first draft of the Ban TTND's work programme for a quarter, six months or the year,
 * built from the resolution it supervises (Luật 10/2022/QH15 Điều 62.2: "căn cứ nghị quyết hội
 * nghị"; Nghị định 59/2023/NĐ-CP Điều 22.1.a: purpose and requirements, content, time, budget,
 * organisation). The year's programme watches every open item; a quarter's or half-year's those
 * due within it; each adds the inspections planned in the period and the report the period ends
 * with (Điều 22.3). The board edits the draft and saves it as its own.
 */
import { periodLabel, periodRange, type PeriodRef } from './boardPeriods';
import type { BoardProgramme, ProgrammeLine } from './boardWork';
import { formatDateVi } from './dates';
import type { FollowUp } from './followUp';
import { isOpen } from './followUpItemState';

export function draftBoardProgramme(
  followUp: Pick<FollowUp, 'items' | 'board'>,
  input: { id: string; period: PeriodRef; year: number; newId: () => string },
): BoardProgramme {
  const { period, year } = input;
  const { from, to } = periodRange(period, year);
  const within = (date: string | undefined) => date !== undefined && date >= from && date <= to;
  const label = periodLabel(period, year);
  const lines: ProgrammeLine[] = [];
  for (const item of followUp.items) {
    if (!isOpen(item) || item.origin === 'clock') continue;
    const inPeriod = period.kind === 'year' ? true : within(item.deadline);
    if (!inPeriod) continue;
    const due = item.deadline ? ` (thời hạn ${formatDateVi(item.deadline)})` : '';
    lines.push({
      id: input.newId(),
      text: `Giám sát việc thực hiện: ${item.title.replace(/\.$/, '')}${due}.`,
      followUpItemId: item.id,
      ...(item.deadline ? { dueOn: item.deadline } : {}),
    });
  }
  for (const inspection of followUp.board.inspections) {
    if (!within(inspection.plannedOn)) continue;
    lines.push({
      id: input.newId(),
      text: `Kiểm tra: ${inspection.subject} (ngày ${formatDateVi(inspection.plannedOn)}).`,
      dueOn: inspection.plannedOn,
    });
  }
  lines.push(
    {
      id: input.newId(),
      text: 'Tiếp nhận, xem xét, kiến nghị giải quyết ý kiến, phản ánh của cán bộ, công chức, viên chức, người lao động (Luật Thực hiện dân chủ ở cơ sở, Điều 61).',
    },
    {
      id: input.newId(),
      text: `Báo cáo Ban Chấp hành Công đoàn kết quả hoạt động ${label} (Nghị định 59/2023/NĐ-CP, Điều 22.3).`,
      dueOn: to,
    },
  );
  return {
    id: input.id,
    period: { kind: period.kind, number: period.number },
    purpose: `Giám sát việc thực hiện nghị quyết Hội nghị cán bộ, công chức, viên chức, người lao động năm ${year} và việc thực hiện quy chế dân chủ ở cơ quan, đơn vị trong ${label}.`,
    requirements:
      'Bám sát nghị quyết hội nghị và chương trình công tác của Ban Chấp hành Công đoàn; kiểm tra, giám sát đúng quy định, khách quan; kế hoạch kiểm tra thông báo cho đối tượng kiểm tra trước ít nhất 05 ngày làm việc (Nghị định 59/2023/NĐ-CP, Điều 22.1.b).',
    lines,
    budget:
      'Từ kinh phí hoạt động của Công đoàn cơ sở và nguồn kinh phí của cơ quan, đơn vị theo quy định (Luật Thực hiện dân chủ ở cơ sở, Điều 63.2.đ).',
    organisation:
      'Trưởng ban phân công thành viên phụ trách từng nội dung; Ban Thanh tra nhân dân báo cáo Ban Chấp hành Công đoàn theo quý, 6 tháng, năm.',
    documentNumber: '',
  };
}
