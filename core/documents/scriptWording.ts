/**
 * D5 — the standard sentences of a chair's script (kịch bản điều hành, domain-research §5 row D5) as
 * DATA: one list of lines per agenda kind, plus the shared pieces (vote prompt, quorum sentence,
 * guest and presidium lines). chairScriptJob reads them and fills the placeholders; a later issue
 * lets users edit them, so no sentence of the script is written in code.
 *
 * The wording follows the scripts units publish (practice: the flag salute, the statement of
 * purpose, the show-of-hands vote "đồng ý / không đồng ý / ý kiến khác"), the running order of Luật
 * 10/2022/QH15 Điều 51.4 (§2.7) and, for the Ban Thanh tra nhân dân election, the sub-steps of §2.7:
 * number of seats, candidate list, vote-counting board, rules, vote, count, announce.
 *
 * Line markup, kept deliberately small so a user can edit it in a plain text box:
 * - `{name}` is replaced by a value (SCRIPT_PLACEHOLDERS lists them); a missing value prints "…",
 *   the blank the chair fills in by hand;
 * - a line that is exactly `{@key}` inserts the lines of another entry (`{@votePrompt}`) or a list
 *   the job builds (`{@guests}`, `{@presidium}`, `{@secretaries}`, `{@programme}`, `{@quorum}`);
 * - a line wholly in parentheses is a stage direction, printed in italics, not read aloud;
 * - a line starting with "# " is a sub-heading (the steps of the election), printed in bold.
 */
import type { AgendaKind } from '../domain/agendaKinds';

/** Shared pieces, inserted with `{@key}` or by the job. */
export const SCRIPT_PARTS = [
  'votePrompt',
  'passRule',
  'quorum',
  'quorumShort',
  'guest',
  'noGuests',
  'presidiumMember',
  'secretaryMember',
  'programmeItem',
] as const;
export type ScriptPart = (typeof SCRIPT_PARTS)[number];

export type ScriptWordingKey = AgendaKind | ScriptPart;
export type ScriptWording = Record<ScriptWordingKey, readonly string[]>;

/** The blank left for the chair to fill in by hand (one character, so it never wraps apart). */
export const BLANK = '…';

/** Every placeholder the job fills, with what it holds — for the future wording editor. */
export const SCRIPT_PLACEHOLDERS = {
  unitName: 'Tên cơ quan, đơn vị',
  unionName: 'Tên công đoàn cơ sở',
  conferenceName: 'Tên hội nghị (Hội nghị cán bộ, công chức, viên chức, người lao động năm …)',
  year: 'Năm tổ chức hội nghị',
  dateText: 'Ngày họp bằng chữ (ngày 15 tháng 01 năm 2026)',
  venue: 'Địa điểm',
  summoned: 'Thành phần được triệu tập (toàn thể hoặc đại biểu)',
  chairName: 'Họ tên chủ tọa (thành viên đầu tiên của Đoàn Chủ tịch)',
  presidiumCount: 'Số thành viên Đoàn Chủ tịch',
  secretaryCount: 'Số thư ký',
  headRef: 'Thủ trưởng: đồng chí … – chức vụ',
  unionChairRef: 'Chủ tịch Công đoàn: đồng chí … – chức vụ',
  itemTitle: 'Tiêu đề mục chương trình',
  presenterRef: 'Người thực hiện mục, như khi mời: “đồng chí … – chức vụ” hoặc “Thư ký hội nghị”',
  presenterShortRef: 'Người thực hiện mục, không kèm chức vụ: “đồng chí …”',
  presenterName: 'Người thực hiện mục, chỉ họ tên (hoặc tên gọi như “Đoàn Chủ tịch”)',
  start: 'Giờ bắt đầu mục (hh:mm)',
  end: 'Giờ kết thúc mục (hh:mm)',
  base: 'Số người được triệu tập (cơ sở tính số người phải có mặt)',
  present: 'Số người có mặt',
  percent: 'Tỷ lệ có mặt (%)',
  needed: 'Số người tối thiểu phải có mặt',
  shortfall: 'Số người còn thiếu để đủ điều kiện',
  passPercent: 'Tỷ lệ tán thành để thông qua (%)',
  votesToPass: 'Số phiếu tán thành tối thiểu',
  boardTerm: 'Nhiệm kỳ Ban Thanh tra nhân dân (2026–2028)',
  boardSeatsRule: 'Số thành viên Ban theo quy định',
  boardSeatsSource: 'Căn cứ số thành viên Ban',
  seats: 'Số thành viên Ban được bầu (do Tờ trình đề xuất)',
  guestRef: 'Khách mời: họ tên – chức danh, cơ quan',
  memberRef: 'Thành viên Đoàn Chủ tịch / thư ký: họ tên – chức vụ',
} as const;
export type ScriptPlaceholder = keyof typeof SCRIPT_PLACEHOLDERS;
export type WordingValues = Partial<Record<ScriptPlaceholder, string | number>>;

/**
 * An agenda item whose presenter speaks: the invitation (full name and position), a short stage
 * direction, and the thanks (name only: the position was just read out).
 */
function invitation(action: string, direction: string, thanks = true): string[] {
  return [
    'Kính thưa hội nghị!',
    `Tiếp theo chương trình, xin trân trọng kính mời {presenterRef} ${action}.`,
    `({presenterName} ${direction}.)`,
    ...(thanks ? ['Xin trân trọng cảm ơn {presenterShortRef}.'] : []),
  ];
}

export const SCRIPT_WORDING: ScriptWording = {
  flagSalute: [
    'Kính mời toàn thể các vị đại biểu đứng dậy làm lễ chào cờ.',
    'Nghiêm! Chào cờ… Chào!',
    '(Quốc ca.)',
    'Thôi! Xin mời các vị đại biểu ngồi.',
  ],
  purposeAndGuests: [
    'Kính thưa các vị đại biểu, thưa toàn thể hội nghị!',
    'Thực hiện Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 và Kế hoạch tổ chức {conferenceName}, hôm nay, {dateText}, tại {venue}, {unitName} long trọng tổ chức {conferenceName}.',
    'Tới dự hội nghị, chúng tôi trân trọng giới thiệu:',
    '{@guests}',
    'Về phía {unitName}, có các đồng chí trong lãnh đạo đơn vị, Ban Chấp hành {unionName} cùng toàn thể cán bộ, công chức, viên chức, người lao động.',
    '{@quorum}',
    'Xin trân trọng cảm ơn!',
  ],
  presidiumAndSecretary: [
    'Kính thưa hội nghị!',
    'Để điều hành hội nghị, Ban Tổ chức xin giới thiệu Đoàn Chủ tịch hội nghị gồm {presidiumCount} đồng chí:',
    '{@presidium}',
    'Đồng chí {chairName} làm chủ tọa hội nghị.',
    'Thư ký hội nghị gồm {secretaryCount} đồng chí:',
    '{@secretaries}',
    'Ban Tổ chức xin ý kiến hội nghị về thành phần Đoàn Chủ tịch và thư ký hội nghị.',
    '{@votePrompt}',
    'Xin trân trọng kính mời Đoàn Chủ tịch và thư ký lên làm việc.',
  ],
  programmeApproval: [
    'Kính thưa hội nghị!',
    'Thay mặt Đoàn Chủ tịch, tôi xin thông qua chương trình hội nghị như sau:',
    '{@programme}',
    'Quy chế làm việc: hội nghị làm việc dưới sự điều hành của Đoàn Chủ tịch; đại biểu phát biểu khi được Đoàn Chủ tịch mời, ngắn gọn, đúng trọng tâm; các nội dung được biểu quyết bằng hình thức giơ tay, trừ trường hợp hội nghị quyết định khác.',
    'Đề nghị hội nghị cho ý kiến về chương trình và quy chế làm việc của hội nghị.',
    '{@votePrompt}',
  ],
  credentials: [
    ...invitation('báo cáo kết quả thẩm tra tư cách đại biểu', 'trình bày báo cáo', false),
    'Đề nghị hội nghị biểu quyết thông qua báo cáo thẩm tra tư cách đại biểu.',
    '{@votePrompt}',
  ],
  opening: invitation('phát biểu khai mạc hội nghị', 'phát biểu khai mạc'),
  headReport: invitation(
    'trình bày báo cáo kết quả thực hiện nhiệm vụ năm, kiểm điểm trách nhiệm của thủ trưởng và phương hướng, nhiệm vụ năm tới',
    'trình bày báo cáo',
  ),
  unionReport: invitation(
    'trình bày báo cáo của Ban Chấp hành Công đoàn về việc thực hiện nghị quyết hội nghị năm trước, quy chế dân chủ và kết quả giám sát, hỗ trợ thực hiện dân chủ',
    'trình bày báo cáo',
  ),
  discussion: [
    'Kính thưa hội nghị!',
    'Hội nghị đã nghe các báo cáo. Sau đây, hội nghị chuyển sang phần thảo luận, góp ý kiến, kiến nghị.',
    'Đoàn Chủ tịch đề nghị các đại biểu tập trung vào các nội dung của các báo cáo và các vấn đề liên quan đến quyền, lợi ích, điều kiện làm việc của cán bộ, công chức, viên chức, người lao động. Đồng chí nào có ý kiến xin giơ tay hoặc gửi phiếu cho thư ký; mỗi ý kiến xin trình bày ngắn gọn.',
    '(Chủ tọa mời lần lượt các đại biểu phát biểu; thư ký ghi đầy đủ các ý kiến.)',
    'Còn đồng chí nào có ý kiến nữa không?',
    'Xin cảm ơn các ý kiến tâm huyết, trách nhiệm của các đại biểu. Các ý kiến sẽ được giải trình, trả lời ở phần tiếp theo.',
  ],
  answers: [
    ...invitation(
      'giải trình, trả lời các ý kiến, kiến nghị của đại biểu',
      'giải trình, trả lời',
      false,
    ),
    'Xin trân trọng kính mời {unionChairRef} trả lời các ý kiến, kiến nghị thuộc trách nhiệm của Công đoàn.',
    'Xin trân trọng cảm ơn!',
  ],
  boardReport: invitation(
    'báo cáo kết quả hoạt động của Ban Thanh tra nhân dân trong năm và chương trình hoạt động năm tới',
    'trình bày báo cáo',
  ),
  decisions: [
    'Kính thưa hội nghị!',
    'Theo Điều 49 Luật Thực hiện dân chủ ở cơ sở, hội nghị thảo luận, quyết định các nội dung thuộc thẩm quyền của hội nghị.',
    '(Chủ tọa nêu từng nội dung cần quyết định; mỗi nội dung biểu quyết riêng.)',
    '{@votePrompt}',
  ],
  boardElection: [
    'Kính thưa hội nghị!',
    'Sau đây, hội nghị tiến hành bầu Ban Thanh tra nhân dân nhiệm kỳ {boardTerm}.',
    '# Bước 1. Số lượng thành viên',
    'Căn cứ Tờ trình của Ban Chấp hành {unionName}, Đoàn Chủ tịch đề nghị hội nghị biểu quyết số lượng thành viên Ban Thanh tra nhân dân nhiệm kỳ {boardTerm} là {seats} đồng chí.',
    '(Số thành viên theo quy định: {boardSeatsRule} — {boardSeatsSource}.)',
    '{@votePrompt}',
    '# Bước 2. Danh sách ứng cử',
    'Xin mời đại diện Ban Chấp hành {unionName} đọc danh sách ứng cử viên theo Tờ trình.',
    'Hội nghị có giới thiệu thêm hoặc có đồng chí nào tự ứng cử không?',
    'Đề nghị hội nghị biểu quyết thông qua danh sách bầu cử theo Tờ trình.',
    '{@votePrompt}',
    '# Bước 3. Ban kiểm phiếu',
    'Đoàn Chủ tịch đề nghị Ban kiểm phiếu gồm … đồng chí: đồng chí … làm Trưởng ban, các đồng chí … làm thành viên.',
    '{@votePrompt}',
    'Xin mời Ban kiểm phiếu lên làm việc.',
    '# Bước 4. Thể lệ bầu cử',
    'Xin mời đồng chí Trưởng Ban kiểm phiếu đọc thể lệ bầu cử và hướng dẫn cách ghi phiếu bầu.',
    'Đề nghị hội nghị biểu quyết thông qua thể lệ bầu cử.',
    '{@votePrompt}',
    '# Bước 5. Bỏ phiếu',
    '(Ban kiểm phiếu kiểm tra thùng phiếu trước hội nghị, phát phiếu bầu; các đại biểu ghi phiếu và bỏ phiếu.)',
    'Còn đại biểu nào chưa bỏ phiếu không? Nếu không, tôi xin tuyên bố kết thúc việc bỏ phiếu.',
    '# Bước 6. Kiểm phiếu',
    'Xin mời Ban kiểm phiếu làm nhiệm vụ kiểm phiếu. Trong thời gian kiểm phiếu, hội nghị tiếp tục chương trình.',
    '# Bước 7. Công bố kết quả',
    'Xin mời đồng chí Trưởng Ban kiểm phiếu công bố biên bản kiểm phiếu và danh sách trúng cử Ban Thanh tra nhân dân nhiệm kỳ {boardTerm}.',
    'Xin chúc mừng các đồng chí trúng cử.',
  ],
  awards: invitation(
    'công bố quyết định khen thưởng và phát động phong trào thi đua năm {year}',
    'công bố khen thưởng, phát động thi đua',
  ),
  covenant: [
    'Kính thưa hội nghị!',
    'Xin trân trọng kính mời {headRef} và {unionChairRef} lên ký kết giao ước thi đua năm {year}.',
    '(Ký kết giao ước thi đua.)',
  ],
  resolution: [
    'Kính thưa hội nghị!',
    'Xin trân trọng kính mời {presenterRef} thông qua dự thảo Nghị quyết {conferenceName}.',
    '({presenterName} đọc dự thảo nghị quyết.)',
    'Đề nghị hội nghị biểu quyết thông qua Nghị quyết {conferenceName}.',
    '{@votePrompt}',
  ],
  closing: [
    'Kính thưa các vị đại biểu, thưa toàn thể hội nghị!',
    'Sau thời gian làm việc khẩn trương, nghiêm túc, {conferenceName} đã hoàn thành toàn bộ chương trình đề ra.',
    'Xin trân trọng kính mời {presenterRef} phát biểu bế mạc hội nghị.',
    '({presenterName} phát biểu bế mạc.)',
    'Xin trân trọng cảm ơn các vị đại biểu và toàn thể hội nghị!',
  ],
  custom: invitation('trình bày nội dung: {itemTitle}', 'trình bày'),

  votePrompt: [
    'Đề nghị các đại biểu biểu quyết bằng hình thức giơ tay.',
    'Ai đồng ý xin giơ tay… Xin cảm ơn.',
    'Ai không đồng ý xin giơ tay… Xin cảm ơn.',
    'Ai có ý kiến khác xin giơ tay… Xin cảm ơn.',
    '{@passRule}',
  ],
  // Luật 10/2022/QH15 Điều 51.2.c: more than half of those present (R2, votesToPass).
  passRule: [
    'Theo Luật, nội dung được thông qua khi có trên {passPercent}% số người dự hội nghị tán thành, tức là ít nhất {votesToPass} người.',
  ],
  // Luật 10/2022/QH15 Điều 51.2.c: at least two thirds present (R1, conferenceQuorum).
  quorum: [
    'Tổng số {summoned} được triệu tập: {base} người; có mặt: {present} người, đạt {percent}% (số cần có theo quy định: {needed} người). Hội nghị đủ điều kiện tiến hành theo Điều 51.2.c Luật Thực hiện dân chủ ở cơ sở.',
  ],
  quorumShort: [
    'Tổng số {summoned} được triệu tập: {base} người; có mặt: {present} người, đạt {percent}% (số cần có theo quy định: {needed} người). Hội nghị chưa đủ điều kiện tiến hành theo Điều 51.2.c Luật Thực hiện dân chủ ở cơ sở: còn thiếu {shortfall} người.',
  ],
  guest: ['- Đồng chí {guestRef};'],
  noGuests: ['(Chưa có khách mời: ghi tên, chức danh các vị đại biểu khách mời.)'],
  presidiumMember: ['- Đồng chí {memberRef};'],
  secretaryMember: ['- Đồng chí {memberRef};'],
  programmeItem: ['- Từ {start} đến {end}: {itemTitle};'],
};

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;
const INCLUDE = /^\{@([A-Za-z]+)\}$/;

/** "{present}" → "123"; a placeholder without a value prints BLANK. Includes are left alone. */
export function fillWording(template: string, values: WordingValues): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = (values as Record<string, string | number | undefined>)[name];
    return value === undefined || value === '' ? BLANK : String(value);
  });
}

/** The key of a `{@key}` line, or undefined for an ordinary line. */
export function includeKey(line: string): string | undefined {
  return INCLUDE.exec(line.trim())?.[1];
}

/** The `{name}` placeholders a template uses, in order, without repeats. */
export function wordingPlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}
