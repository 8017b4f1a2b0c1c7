/**
 * A conference that took place, built from roster-184 (the election fixture's people, unit and
 * locked Ban TTND election): Thursday 15/01/2026, opened at 08:00 and closed at 11:30, 150 of the
 * 184 present (quorum 123, Điều 51.2.c). The default programme of R7 (a1 … a16), the presidium of
 * the head and the union chair, one secretary; summaries for the reports; 6 opinions, 2 of them
 * answered and 1 taken into the resolution; 5 floor votes — one fails by a single vote (75 of 150,
 * 76 needed) and one has a corrected number present — then the vote adopting the resolution; the
 * resolution's items in every part, adopted, with a focal point and the report's recipient.
 *
 * Timestamps are written without a zone, so they read as this computer's clock (08:05 prints as
 * "08 giờ 05" wherever the tests run).
 */
import { defaultAgenda } from '../../../../core/domain/agenda';
import type { Conference } from '../../../../core/domain/conference';
import type { Opinion, FloorVote } from '../../../../core/domain/proceedings';
import { ResolutionItemSchema, type ResolutionItem } from '../../../../core/domain/resolution';
import { printedResolution } from '../../../../core/domain/printedResolution';
import { emptyRegister, issueNumber } from '../../../../core/domain/documentNumber';
import type { DocumentContext, DocumentId } from '../../../../core/documents/documentContext';
import {
  documentSymbolFor,
  headerPresetFor,
  numberTypeCodes,
} from '../../../../core/documents/documentHeaderFor';
import { issuedNumbers, numberTypeCode } from '../../../../core/documents/documentNumbering';
import { vietnamInstant } from '../../../../core/domain/vietnamTime';
import { byName, electionContext, lockedElection, people, rules } from './electionContext.fixture';

export { byName, people, rules, unit } from './electionContext.fixture';

const day = '2026-01-15';
/** The instant Vietnam's clocks show `time` on the conference day. */
const at = (time: string) => vietnamInstant(day, time);

export const head = byName('Phan Thanh Ước');
export const unionChair = byName('Hồ Thanh Hiếu');
export const secretary = byName('Phạm Thanh Hương');
export const focalPoint = byName('Trần Hữu An');

function agenda(): Conference['agenda'] {
  let n = 0;
  return defaultAgenda({
    conference: { form: 'full' },
    people,
    electionDue: true,
    hasBoard: true,
    newId: () => `a${++n}`,
  });
}

/** a8 = discussion, a9 = answers, a12 = election, a15 = resolution (defaultAgendaKinds). */
const ITEM_TIMES: Record<string, [string, string]> = {
  a1: ['08:00', '08:05'],
  a6: ['08:25', '08:58'],
  a7: ['08:58', '09:20'],
  a8: ['09:20', '10:05'],
  a15: ['11:10', '11:25'],
};

const SUMMARIES: Record<string, string> = {
  a6: 'Đồng chí Phan Thanh Ước trình bày báo cáo kết quả thực hiện nhiệm vụ năm 2025.\nNăm 2025 Vụ hoàn thành 98% kế hoạch công tác.',
  a7: 'Đồng chí Hồ Thanh Hiếu báo cáo việc thực hiện nghị quyết hội nghị năm 2025.',
};

export function opinions(): Opinion[] {
  const opinion = (
    n: number,
    name: string,
    content: string,
    extra: Partial<Opinion> = {},
  ): Opinion => ({
    id: `o${n}`,
    agendaItemId: 'a8',
    speaker: { personId: byName(name).id, name: '' },
    department: '',
    content,
    takenIntoResolution: false,
    at: at(`09:${20 + n * 5}`),
    ...extra,
  });
  return [
    opinion(1, 'Huỳnh Thanh Khánh', 'Đề nghị bố trí thêm máy tính cho Phòng Pháp chế.', {
      answer: {
        by: { personId: head.id, name: '' },
        content: 'Văn phòng mua bổ sung 05 máy tính trong quý I năm 2026.',
      },
      takenIntoResolution: true,
      resolutionItemId: 'r-task-2',
    }),
    opinion(2, 'Hoàng Phương Hạnh', 'Đề nghị công khai quy chế chi tiêu nội bộ trên mạng nội bộ.', {
      answer: {
        by: { personId: unionChair.id, name: '' },
        content: 'Công đoàn phối hợp Văn phòng đăng tải trước ngày 31/01/2026.',
      },
    }),
    opinion(3, 'Ngô Minh Uyên', 'Đề nghị tổ chức tập huấn kỹ năng số cho cán bộ.'),
    opinion(4, 'Trịnh Thanh Việt', 'Đề nghị tăng mức hỗ trợ ăn trưa.', {
      department: 'Tổ công đoàn Quản lý khoa học',
    }),
    opinion(5, 'Phan Minh Linh', 'Đề nghị rà soát quy trình thanh toán công tác phí.'),
    {
      ...opinion(6, 'Bùi Đình An', ''),
      speaker: { name: 'Ông Lê Văn Khách' },
      content: 'Đề nghị sớm sửa chữa nhà xe.',
    },
  ];
}

/** Present 150, needed for R2: 76. */
export function votes(): FloorVote[] {
  const vote = (
    id: string,
    subject: FloorVote['subject'],
    title: string,
    time: string,
    figures: [number, number, number, number],
    extra: Partial<FloorVote> = {},
  ): FloorVote => ({
    id,
    subject,
    title,
    present: figures[0],
    presentNote: '',
    votesFor: figures[1],
    votesAgainst: figures[2],
    votesOther: figures[3],
    at: at(time),
    ...extra,
  });
  return [
    vote(
      'v1',
      'presidium',
      'Thông qua Đoàn Chủ tịch và Thư ký hội nghị',
      '08:12',
      [150, 150, 0, 0],
    ),
    vote('v2', 'programme', 'Thông qua chương trình hội nghị', '08:15', [150, 148, 0, 2]),
    vote('v3', 'countingBoard', 'Thông qua Ban kiểm phiếu', '10:20', [148, 146, 1, 1], {
      presentNote: '02 người ra ngoài',
    }),
    // Fails by one vote: 75 of 150, strictly more than half is 76 (R2).
    vote(
      'v4',
      'decision',
      'Mức đóng góp quỹ phúc lợi 200.000 đồng/người/năm',
      '10:40',
      [150, 75, 60, 15],
      { agendaItemId: 'a11' },
    ),
    vote('v5', 'resolution', 'Thông qua nghị quyết hội nghị', '11:20', [150, 147, 1, 2]),
  ];
}

export function resolutionItems(): ResolutionItem[] {
  const item = (fields: Record<string, unknown>): ResolutionItem =>
    ResolutionItemSchema.parse(fields);
  const items = [
    item({
      id: 'r-assess-1',
      section: 'assessment',
      indicator: 'Tỷ lệ hoàn thành kế hoạch công tác',
      target: 100,
      achieved: 98,
      unitOfMeasure: '%',
    }),
    item({
      id: 'r-target-1',
      section: 'targets',
      indicator: 'Cán bộ hoàn thành tốt nhiệm vụ trở lên',
      target: 95,
      unitOfMeasure: '%',
    }),
    item({
      id: 'r-target-2',
      section: 'targets',
      indicator: 'Sáng kiến được công nhận',
      target: 5,
      unitOfMeasure: 'sáng kiến',
    }),
    item({
      id: 'r-task-1',
      section: 'tasks',
      indicator: 'Hoàn thành chuyển đổi số hồ sơ công việc',
      owner: { kind: 'head' },
      deadline: '2026-06-30',
    }),
    item({
      id: 'r-task-2',
      section: 'tasks',
      indicator: 'Mua bổ sung 05 máy tính cho Phòng Pháp chế',
      owner: { kind: 'department', department: 'Văn phòng' },
      deadline: '2026-03-31',
    }),
    item({
      id: 'r-task-3',
      section: 'tasks',
      indicator: 'Tổ chức tập huấn kỹ năng số',
      owner: { kind: 'person', personId: focalPoint.id },
      deadline: '2026-09-30',
    }),
    item({
      id: 'r-rule-1',
      section: 'internalRules',
      indicator: 'Quy chế chi tiêu nội bộ năm 2026',
    }),
    item({
      id: 'r-emul-1',
      section: 'emulation',
      indicator: 'Phát động phong trào thi đua “Chuyển đổi số” năm 2026',
      owner: { kind: 'union' },
    }),
    item({
      id: 'r-emul-2',
      section: 'emulation',
      indicator: 'Tập thể đạt danh hiệu Tập thể lao động xuất sắc',
      target: 2,
      unitOfMeasure: 'tập thể',
      owner: { kind: 'head' },
    }),
  ];
  return items;
}

/** The conference as it stands after the closing. */
export function conferenceDayContext(fields: Record<string, unknown> = {}): DocumentContext {
  const election = lockedElection();
  const base = electionContext(election, {
    agenda: agenda(),
    presidium: { presidiumIds: [head.id, unionChair.id], secretaryIds: [secretary.id] },
  });
  // As the resolution screen saves them: the Ban TTND decision joined, every sentence stored as
  // printed — the text the conference adopted (printedResolution).
  const { items } = printedResolution(
    { ...base.conference, resolution: { ...base.conference.resolution, items: resolutionItems() } },
    people,
    rules,
  );
  return electionContext(election, {
    agenda: agenda(),
    presidium: { presidiumIds: [head.id, unionChair.id], secretaryIds: [secretary.id] },
    proceedings: {
      openedAt: '08:00',
      closedAt: '11:30',
      items: Object.fromEntries(
        Object.keys({ ...ITEM_TIMES, ...SUMMARIES }).map((id) => [
          id,
          {
            ...(ITEM_TIMES[id] ? { startedAt: at(ITEM_TIMES[id][0]) } : {}),
            ...(ITEM_TIMES[id] ? { endedAt: at(ITEM_TIMES[id][1]) } : {}),
            summary: SUMMARIES[id] ?? '',
          },
        ]),
      ),
      opinions: opinions(),
      votes: votes(),
    },
    resolution: {
      stage: 'adopted',
      items,
      adoptedByVoteId: 'v5',
      adoptedAt: at('11:21'),
      focalPointId: focalPoint.id,
      reportRecipient: 'Công đoàn Bộ Nông nghiệp và Môi trường',
    },
    ...fields,
  });
}

/**
 * The context with the unit's abbreviation set and numbers issued from the register for `ids`, as
 * "Cấp số" does (documentHandlers): type and issuer from each document's header preset.
 */
export function withIssuedNumbers(
  ctx: DocumentContext,
  ids: readonly DocumentId[],
): DocumentContext {
  const unit = { ...ctx.unit, abbreviation: 'VKHCN' };
  let register = emptyRegister();
  for (const id of ids) {
    const preset = headerPresetFor(ctx.conference, id);
    const typeCode = numberTypeCode(id, preset);
    if (!typeCode) throw new Error(`${id} is not numbered`);
    const issued = issueNumber(register, {
      year: 2026,
      typeCode,
      documentId: id,
      conferenceId: ctx.conference.id,
      symbol: documentSymbolFor(unit, preset, typeCode),
      issuedAt: at('12:00'),
    });
    if (!issued.ok) throw new Error(issued.error.message);
    register = issued.data.register;
  }
  const numbers = issuedNumbers(register, ctx.conference.id, numberTypeCodes(ctx.conference));
  return { ...ctx, unit, numbers };
}
