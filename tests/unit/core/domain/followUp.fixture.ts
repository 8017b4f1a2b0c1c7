import type { z } from 'zod';
import { ConferenceSchema, type Conference } from '../../../../core/domain/conference';
import { EMPTY_HOLIDAY_TABLE } from '../../../../core/domain/holidays';
import { PersonSchema, type Person } from '../../../../core/domain/person';
import { ResolutionItemSchema, type ResolutionItem } from '../../../../core/domain/resolution';
import { syncFollowUp } from '../../../../core/domain/followUpSync';
import type { ViewContext } from '../../../../core/domain/followUpView';
import { ruleSet } from '../../../../core/rules/ruleSets';

export const rules = ruleSet('law-10-2022');
export const AT = '2027-01-29T10:30:00.000Z';

export const PEOPLE: Person[] = [
  PersonSchema.parse({ id: 'p-head', rosterNo: 1, fullName: 'Phan Thanh Ước', roles: ['head'] }),
  PersonSchema.parse({
    id: 'p-focal',
    rosterNo: 2,
    fullName: 'Đặng Thị Hồng Nhung',
    department: 'Văn phòng',
  }),
  PersonSchema.parse({
    id: 'p-3',
    rosterNo: 3,
    fullName: 'Lê Văn Bình',
    department: 'Phòng Kế hoạch',
  }),
];

/** A resolution of the conference of Friday 29/01/2027, a week before Tết Đinh Mùi. */
export const RESOLUTION_ITEMS: ResolutionItem[] = [
  ResolutionItemSchema.parse({
    id: 'assess',
    section: 'assessment',
    text: 'Năm 2026 hoàn thành 95% hồ sơ đúng hạn.',
    indicator: 'Hồ sơ đúng hạn',
    target: 95,
    achieved: 96,
  }),
  ResolutionItemSchema.parse({
    id: 't1',
    section: 'targets',
    text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.',
    indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
    target: 98,
    unitOfMeasure: '%',
  }),
  ResolutionItemSchema.parse({
    id: 'k1',
    section: 'tasks',
    text: 'Số hoá hồ sơ lưu trữ từ năm 2015.',
    owner: { kind: 'department', department: 'Văn phòng' },
    deadline: '2027-06-30',
  }),
  ResolutionItemSchema.parse({
    id: 'k2',
    section: 'tasks',
    text: 'Sửa đổi quy chế chi tiêu nội bộ.',
    owner: { kind: 'head' },
    deadline: '2027-03-31',
  }),
  ResolutionItemSchema.parse({
    id: 'd1',
    section: 'decisions',
    text: 'Mỗi người đóng góp một ngày lương cho quỹ xã hội.',
  }),
  ResolutionItemSchema.parse({
    id: 'd-ban',
    section: 'decisions',
    text: 'Công nhận kết quả bầu Ban Thanh tra nhân dân.',
    fromElection: true,
  }),
  ResolutionItemSchema.parse({
    id: 'e1',
    section: 'emulation',
    text: 'Phát động phong trào thi đua.',
  }),
  ResolutionItemSchema.parse({
    id: 'e2',
    section: 'emulation',
    text: 'Tổ chức hội thi nghiệp vụ.',
    owner: { kind: 'union' },
  }),
];

/** Fields as a file or a form gives them (defaults filled by the schema). */
export type ConferenceFields = Partial<z.input<typeof ConferenceSchema>>;

export function conference(fields: ConferenceFields = {}): Conference {
  return ConferenceSchema.parse({
    id: 'c-2027',
    year: 2027,
    date: '2027-01-29',
    resolution: {
      stage: 'adopted',
      items: RESOLUTION_ITEMS,
      // Local time: adoptedOn reads the day on this computer's clock.
      adoptedAt: '2027-01-29T10:30:00',
      focalPointId: 'p-focal',
    },
    createdAt: '2027-01-02T08:00:00.000Z',
    updatedAt: '2027-01-02T08:00:00.000Z',
    ...fields,
  });
}

/** The conference with its follow-up synced (as adoption through the service leaves it). */
export function followed(fields: ConferenceFields = {}): Conference {
  const c = conference(fields);
  return { ...c, followUp: syncFollowUp(c, { holidays: EMPTY_HOLIDAY_TABLE, rules, at: AT }) };
}

export function viewContext(today: string, hasBoard = true): ViewContext {
  return { people: PEOPLE, holidays: EMPTY_HOLIDAY_TABLE, rules, today, hasBoard };
}
