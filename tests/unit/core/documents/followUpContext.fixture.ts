/**
 * The conference of conferenceDayContext (adopted 15/01/2026) half a year later: its follow-up
 * synced from the resolution (the clocks and one item per tracked resolution item), then worked
 * on — one task done on time with a decision as evidence, one done late, one not done with its
 * reason, the clocks of dissemination and disclosure done, a numeric target with its value achieved, problems and next steps written — and the
 * first six-monthly review frozen on 15/07/2026. A Ban TTND year is recorded beside it: a
 * programme, two inspections (one notified on time, one too late) and two recommendations (one
 * answered in time, one late).
 */
import type { Conference } from '../../../../core/domain/conference';
import type { BoardWork } from '../../../../core/domain/boardWork';
import type { FollowUp, FollowUpItem } from '../../../../core/domain/followUp';
import { takeReview } from '../../../../core/domain/followUpReview';
import {
  clockItemKey,
  resolutionItemKey,
  syncFollowUp,
} from '../../../../core/domain/followUpSync';
import { EMPTY_HOLIDAY_TABLE } from '../../../../core/domain/holidays';
import type { DocumentContext } from '../../../../core/documents/documentContext';
import { conferenceDayContext, people, rules } from './conferenceDayContext.fixture';

export const AS_OF = '2026-07-15';
const AT = '2026-07-15T09:00:00';

const CHANGES: Record<string, Partial<FollowUpItem>> = {
  'r-target-1': { achieved: 96, status: 'done', completedOn: '2026-06-30' },
  'r-task-1': {
    status: 'done',
    completedOn: '2026-06-25',
    evidence: [
      {
        kind: 'document',
        id: 'ev1',
        documentNumber: '125/QĐ-VKHCN',
        documentDate: '2026-06-25',
        note: '',
        addedAt: AT,
      },
    ],
  },
  'r-task-2': {
    status: 'done',
    completedOn: '2026-04-10',
    evidence: [
      {
        kind: 'file',
        id: 'ev2',
        fileName: 'bien-ban-ban-giao-may-tinh.pdf',
        storedName: 'ev2.pdf',
        sizeBytes: 1000,
        note: '',
        addedAt: AT,
      },
    ],
  },
  'r-task-3': {
    status: 'inProgress',
    issues: 'Chưa bố trí được giảng viên',
    nextSteps: 'Mời giảng viên Học viện trong quý III',
  },
  'r-target-2': {
    status: 'notDone',
    notDoneReason: 'Hội đồng sáng kiến chưa họp',
    deadline: '2026-05-31',
  },
  'r-emul-2': { deadline: '2026-06-30' },
};

/** The dissemination and the disclosure were done in the first week (R9, R10). */
const CLOCK_CHANGES: Record<string, Partial<FollowUpItem>> = {
  [clockItemKey('dissemination')]: { status: 'done', completedOn: '2026-01-20' },
  [clockItemKey('disclosure')]: { status: 'done', completedOn: '2026-01-21' },
};

function worked(followUp: FollowUp): FollowUp {
  return {
    ...followUp,
    items: followUp.items.map((item) => {
      const id = item.resolutionItemId;
      const change = id ? CHANGES[id] : CLOCK_CHANGES[item.id];
      return change && (!id || item.id === resolutionItemKey(id)) ? { ...item, ...change } : item;
    }),
  };
}

export const BOARD: BoardWork = {
  programmes: [
    {
      id: 'bp1',
      period: { kind: 'year', number: 1 },
      purpose: 'Giám sát thực hiện Nghị quyết hội nghị năm 2026',
      requirements: '',
      lines: [{ id: 'l1', text: 'Giám sát việc chuyển đổi số hồ sơ công việc' }],
      budget: '',
      organisation: '',
      approvedOn: '2026-02-02',
      documentNumber: '01/CTr-TTND',
    },
  ],
  inspections: [
    {
      id: 'i1',
      subject: 'Văn phòng',
      content: 'Việc mua sắm máy tính',
      plannedOn: '2026-04-20',
      notifiedOn: '2026-04-10',
      resultOn: '2026-04-24',
      result: 'Mua sắm đúng quy định',
      resultDocumentNumber: '02/BC-TTND',
    },
    {
      id: 'i2',
      subject: 'Phòng Tài chính',
      content: 'Việc chi phúc lợi',
      plannedOn: '2026-06-15',
      notifiedOn: '2026-06-12',
      result: '',
      resultDocumentNumber: '',
    },
  ],
  recommendations: [
    {
      id: 'k1',
      content: 'Công khai danh mục tài sản mua sắm',
      documentNumber: '03/KN-TTND',
      receivedOn: '2026-04-27',
      answeredOn: '2026-05-05',
      answer: 'Đã niêm yết tại Văn phòng',
      answerDocumentNumber: '',
    },
    {
      id: 'k2',
      content: 'Bổ sung quy định chi phúc lợi',
      documentNumber: '',
      receivedOn: '2026-06-01',
      answeredOn: '2026-07-01',
      answer: 'Sẽ sửa quy chế chi tiêu nội bộ',
      answerDocumentNumber: '',
    },
  ],
  reports: [
    {
      id: 'r1',
      period: { kind: 'quarter', number: 1 },
      submittedOn: '2026-03-31',
      documentNumber: '',
      summary: '',
    },
  ],
};

/** The conference half a year on, with the first review frozen on AS_OF. */
export function followUpContext(fields: Record<string, unknown> = {}): DocumentContext {
  const base = conferenceDayContext();
  const synced = syncFollowUp(base.conference, { holidays: EMPTY_HOLIDAY_TABLE, rules, at: AT });
  const followUp = takeReview(
    { ...worked(synced), board: BOARD },
    { number: 1, asOf: AS_OF, at: AT, people },
  );
  const reviewed = {
    ...followUp,
    reviews: followUp.reviews.map((r) => ({
      ...r,
      summary: 'Các nội dung cơ bản được triển khai đúng tiến độ.',
    })),
  };
  const conference: Conference = { ...base.conference, followUp: reviewed, ...fields };
  return { ...base, conference, today: '2026-07-20' };
}
