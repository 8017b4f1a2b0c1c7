/**
 * English identifiers in code, Vietnamese terms on screen and in documents. One table, so a label
 * in a form, a column header and a sentence in a minute all use the exact term of the law
 * (Luật 10/2022/QH15, Nghị định 59/2023/NĐ-CP) instead of each screen inventing its own wording.
 */
import type { Role } from './person';

export const GLOSSARY = {
  // Roles (core/domain/person.ts ROLES): the rules on who may be elected depend on them.
  head: 'Thủ trưởng',
  deputyHead: 'Cấp phó của thủ trưởng',
  chiefAccountant: 'Kế toán trưởng',
  unionChair: 'Chủ tịch Công đoàn',
  unionViceChair: 'Phó Chủ tịch Công đoàn',
  unionExecutive: 'Ủy viên Ban Chấp hành Công đoàn',
  unionMember: 'Đoàn viên công đoàn',

  // The conference and its parts.
  conference: 'Hội nghị cán bộ, công chức, viên chức, người lao động',
  quorum: 'số người tham dự tối thiểu (2/3)',
  fullAssembly: 'hội nghị toàn thể',
  delegatesConference: 'hội nghị đại biểu',
  extraordinary: 'hội nghị bất thường',
  guest: 'khách mời',
  attendance: 'điểm danh',
  presidium: 'đoàn chủ tịch',
  secretary: 'thư ký',
  inspectionBoard: 'Ban Thanh tra nhân dân',

  // The unit and its data.
  roster: 'danh sách cán bộ',
  unit: 'cơ quan, đơn vị',
  parentBody: 'cơ quan chủ quản',
  unionName: 'công đoàn cơ sở',
  upperUnion: 'công đoàn cấp trên',
  placeName: 'địa danh',
  workYearEnd: 'ngày kết thúc năm công tác',
} as const satisfies Record<string, string>;

export type GlossaryTerm = keyof typeof GLOSSARY;

/**
 * Role labels, typed against ROLES: adding a role to person.ts without a term here fails to
 * compile rather than showing an English identifier to the user.
 */
export const ROLE_LABELS: Record<Role, string> = {
  head: GLOSSARY.head,
  deputyHead: GLOSSARY.deputyHead,
  chiefAccountant: GLOSSARY.chiefAccountant,
  unionChair: GLOSSARY.unionChair,
  unionViceChair: GLOSSARY.unionViceChair,
  unionExecutive: GLOSSARY.unionExecutive,
  unionMember: GLOSSARY.unionMember,
};

/**
 * Short forms for dense tables, as union offices write them on their own lists ("CT CĐ",
 * "UV BCH"). Always shown with the full term as a tooltip, never in documents.
 */
export const ROLE_SHORT_LABELS: Record<Role, string> = {
  head: 'Thủ trưởng',
  deputyHead: 'Cấp phó',
  chiefAccountant: 'Kế toán trưởng',
  unionChair: 'CT Công đoàn',
  unionViceChair: 'PCT Công đoàn',
  unionExecutive: 'UV BCH',
  unionMember: 'ĐVCĐ',
};
