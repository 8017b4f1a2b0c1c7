/**
 * D3 job: the convocation goes to exactly the people of D4 (the quorum base, in D4 order), one
 * invitation per guest in the words of NĐ 30/2020 Phụ lục III, Mẫu 1.7; the head signs (Điều 51.1).
 */
import { describe, expect, it } from 'vitest';
import { attendanceListData } from '../../../../core/domain/attendanceList';
import { PersonSchema } from '../../../../core/domain/person';
import {
  convocationJob,
  summonedPeople,
  type LetterLine,
  type LetterSet,
} from '../../../../core/documents/convocationJob';
import { CONVOCATION_WORDING } from '../../../../core/documents/convocationWording';
import { BLANK } from '../../../../core/documents/scriptWording';
import { context, guests, people } from './documentContext.fixture';

function text(line: LetterLine): string {
  return line.kind === 'addressee' ? line.lines.join(' ') : line.text;
}

function pageTexts(set: LetterSet, page = 0): string[] {
  const p = set.pages[page];
  if (!p) throw new Error(`no page ${page}`);
  return [...p.opening, ...set.body, ...p.closing].map(text);
}

function set(sets: readonly LetterSet[], typeName: string): LetterSet {
  const found = sets.find((s) => s.typeName === typeName);
  if (!found) throw new Error(`no ${typeName}`);
  return found;
}

describe('convocationJob (D3)', () => {
  const data = convocationJob(context());
  const convocation = set(data.sets, 'GIẤY TRIỆU TẬP');
  const invitation = set(data.sets, 'GIẤY MỜI');

  it('is a unit document signed by the head, dated the day it is issued', () => {
    expect(data.header.preset).toBe('unit');
    expect(data.header.leftLines.map((l) => l.text)).toEqual([
      'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
      'VỤ KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG',
    ]);
    expect(data.placeDateText).toBe('Hà Nội, ngày 05 tháng 01 năm 2026');
    expect(data.signatures).toEqual([
      { authority: '', title: 'VỤ TRƯỞNG', name: 'Phan Thanh Ước' },
    ]);
  });

  it('writes ONE collective convocation to the people of the attached list', () => {
    expect(data.sets.map((s) => s.typeName)).toEqual(['GIẤY TRIỆU TẬP', 'GIẤY MỜI']);
    expect(convocation.numberText).toBe(`Số:       /GTT-${BLANK}${BLANK}`);
    expect(convocation.summary).toEqual([
      'Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
    ]);
    expect(convocation.pages).toHaveLength(1);
    const lines = pageTexts(convocation);
    expect(lines[0]).toBe(
      'Kính gửi: Cán bộ, công chức, viên chức, người lao động (theo danh sách kèm theo).',
    );
    expect(lines[1]).toBe(
      'Vụ Khoa học, Công nghệ và Môi trường triệu tập cán bộ, công chức, viên chức, người lao động có tên trong danh sách kèm theo dự Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026, cụ thể như sau:',
    );
    expect(lines[2]).toMatch(
      /^1\. Thời gian: từ 08 giờ 00 đến .*, thứ Năm, ngày 15 tháng 01 năm 2026\.$/,
    );
    expect(lines[3]).toBe('2. Địa điểm: Hội trường tầng 3, số 2 Ngọc Hà, Hà Nội.');
    // The fixture's board was elected in 2024: re-elected at this conference (R21).
    expect(lines[4]).toContain('bầu Ban Thanh tra nhân dân');
    expect(lines.at(-1)).toBe(
      'Đề nghị cán bộ, công chức, viên chức, người lao động nghiên cứu trước tài liệu hội nghị và có mặt đúng giờ để hội nghị đạt kết quả tốt./.',
    );
    expect(convocation.recipients).toEqual({
      entries: ['Như trên', 'Ban Chấp hành Công đoàn (để phối hợp)'],
      archive: 'VT, CĐCS',
    });
  });

  it('addresses the delegates at a delegates’ conference', () => {
    const d = convocationJob(context({ form: 'delegates', delegateIds: ['p1', 'p2', 'p3'] }));
    const lines = pageTexts(set(d.sets, 'GIẤY TRIỆU TẬP'));
    expect(lines[0]).toBe(
      ['Kính gửi: Các đại biểu dự hội nghị', '(theo danh sách kèm theo).'].join(' '),
    );
    expect(lines[1]).toContain('triệu tập các đại biểu có tên trong danh sách kèm theo');
    expect(lines.at(-1)).toMatch(/^Đề nghị các đại biểu /);
  });

  it('writes one invitation per guest in the words of Mẫu 1.7', () => {
    expect(invitation.numberText).toBe(`Số:       /GM-${BLANK}${BLANK}`);
    expect(invitation.pages).toHaveLength(guests.length);
    expect(pageTexts(invitation, 0)).toEqual([
      'Vụ Khoa học, Công nghệ và Môi trường trân trọng kính mời: Ông/Bà Trần Thị Hồng Nhung, Phó Chủ tịch, Công đoàn Bộ Nông nghiệp và Môi trường',
      'Tới dự Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026.',
      'Chủ trì: Ông/Bà Phan Thanh Ước, Vụ trưởng.',
      expect.stringMatching(/^Thời gian: từ 08 giờ 00 đến .*ngày 15 tháng 01 năm 2026\.$/),
      'Địa điểm: Hội trường tầng 3, số 2 Ngọc Hà, Hà Nội.',
      'Rất mong Ông/Bà dành thời gian tới dự./.',
    ]);
    expect(pageTexts(invitation, 1)[0]).toContain('Nguyễn Văn Quyết, Trưởng ban Tổ chức');
    expect(invitation.recipients.entries).toEqual(['Như trên']);
  });

  it('writes no invitation when there are no guests', () => {
    const d = convocationJob(context({ guests: [] }));
    expect(d.sets.map((s) => s.typeName)).toEqual([CONVOCATION_WORDING.convocationType]);
  });

  it('with perPerson, writes one page per person of D4, in D4 order, with their honorific', () => {
    const roster = people.map((p, i) =>
      PersonSchema.parse({
        ...p,
        gender: i % 2 === 0 ? 'male' : 'female',
        // p20 has left: neither in D4 nor summoned.
        active: p.id !== 'p20',
      }),
    );
    const ctx = { ...context(), people: roster };
    const d = convocationJob(ctx, { perPerson: true });
    const c = set(d.sets, 'GIẤY TRIỆU TẬP');
    const d4 = attendanceListData(ctx).rows;
    expect(c.pages).toHaveLength(19);
    expect(c.pages).toHaveLength(d4.length);
    expect(summonedPeople(ctx).map((p) => p.fullName)).toEqual(d4.map((r) => r.fullName));
    c.pages.forEach((page, i) => {
      const first = page.opening[0];
      expect(first?.kind).toBe('addressee');
      expect(first && text(first)).toContain(d4[i]?.fullName);
    });
    const head = c.pages.find((p) => p.opening.map(text).join().includes('Phan Thanh Ước'));
    expect(head?.opening.map(text)).toEqual([
      'Kính gửi: Ông Phan Thanh Ước, Vụ trưởng, Văn phòng.',
      expect.stringContaining('triệu tập Ông dự Hội nghị'),
    ]);
    const chair = c.pages.find((p) => p.opening.map(text).join().includes('Nguyễn Thị Hương'));
    expect(chair?.closing.map(text)[0]).toMatch(/^Đề nghị Bà nghiên cứu/);
    // The body is shared by every page.
    expect(c.body.map(text)[0]).toMatch(/^1\. Thời gian/);
    // Guests still get their invitations.
    expect(set(d.sets, 'GIẤY MỜI').pages).toHaveLength(2);
  });
});
