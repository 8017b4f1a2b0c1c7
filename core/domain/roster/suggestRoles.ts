/**
 * Roles read from the free-text position column ("Chức vụ"): the unit's head and deputies, the
 * chief accountant and the union officers, which the conference rules depend on. These are only
 * suggestions for new people (the user confirms them in the app); an import never overwrites the
 * roles of people already in the roster except for union membership, which is a file field.
 */
import { ROLES, type Role } from '../person';
import { foldForSearch } from '../vietnamese';

/** The titles of the head of a unit (thủ trưởng) — never a sub-unit head like "Trưởng phòng". */
const HEAD_TITLES = [
  'vu truong',
  'cuc truong',
  'tong cuc truong',
  'giam doc',
  'tong giam doc',
  'hieu truong',
  'vien truong',
  'tong bien tap',
  'thu truong',
  'chanh an',
  'chu tich',
].join('|');

const HEAD_RE = new RegExp(`^(?:(?:quyen|q) )?(?:${HEAD_TITLES})(?: |$)`);
const DEPUTY_RE = new RegExp(`^pho (?:${HEAD_TITLES})(?: |$)`);
const CHIEF_ACCOUNTANT_RE = /^ke toan truong(?: |$)/;
const UNION = '(?:cong doan|cd|cdcs)';
const UNION_VICE_CHAIR_RE = new RegExp(
  `(?:^| )(?:pho chu tich ${UNION}|pct ${UNION}|pctcd)(?: |$)`,
);
const UNION_CHAIR_RE = new RegExp(`(?:^| )(?:chu tich ${UNION}|ct ${UNION}|ctcd)(?: |$)`);
// "Ủy viên BCH Đảng ủy" / "… Đoàn thanh niên" sit on the party's or the youth union's committee.
const UNION_EXECUTIVE_RE =
  /(?:^| )(?:(?:uy vien|uv) (?:bch|ban chap hanh|btv|ban thuong vu)|uvbch)(?! dang| doan thanh nien| doan tn| chi doan)(?: |$)/;

/**
 * Roles suggested from the position text ("Chức vụ"), for the user to confirm in the app. One
 * cell often holds several titles ("Phó Vụ trưởng, Chủ tịch CĐ", "Chuyên viên kiêm Kế toán
 * trưởng"), so it is split first and each title is read from its own start.
 */
export function suggestRoles(position: string, unionMember: boolean): Role[] {
  const roles = new Set<Role>();
  const segments = foldForSearch(position)
    .split(/[,;()/+]| - | kiem | va /)
    .map((segment) => segment.replace(/[^a-z0-9]+/g, ' ').trim())
    .filter(Boolean);
  for (const segment of segments) {
    const vice = UNION_VICE_CHAIR_RE.exec(segment);
    const chair = vice ? null : UNION_CHAIR_RE.exec(segment);
    const executive = UNION_EXECUTIVE_RE.exec(segment);
    if (vice) roles.add('unionViceChair');
    if (chair) roles.add('unionChair');
    if (vice || chair || executive) roles.add('unionExecutive');
    // "Chủ tịch công đoàn" starts like the head title "Chủ tịch": a segment that opens with a
    // union title says nothing about the unit's leadership.
    if ([vice, chair, executive].some((match) => match?.index === 0)) continue;
    if (CHIEF_ACCOUNTANT_RE.test(segment)) roles.add('chiefAccountant');
    else if (DEPUTY_RE.test(segment)) roles.add('deputyHead');
    else if (HEAD_RE.test(segment)) roles.add('head');
  }
  if (unionMember) roles.add('unionMember');
  return ROLES.filter((role) => roles.has(role));
}
