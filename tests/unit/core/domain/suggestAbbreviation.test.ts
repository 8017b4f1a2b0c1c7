import { describe, expect, it } from 'vitest';
import { suggestAbbreviation } from '../../../../core/domain/suggestAbbreviation';
import { UnitProfileSchema } from '../../../../core/domain/unit';

describe('suggestAbbreviation (NĐ 30/2020 Phụ lục I, mục II.3.b)', () => {
  it('takes the initials of the name, without "Vụ" in front and without "và"', () => {
    expect(suggestAbbreviation('Vụ Giao thông vận tải')).toBe('GTVT');
    expect(suggestAbbreviation('Vụ Khoa học, Công nghệ và Môi trường')).toBe('KHCNMT');
    expect(suggestAbbreviation('Sở Giáo dục và Đào tạo')).toBe('SGDĐT');
  });

  it('drops tone marks but keeps Đ, keeps acronyms and numbers whole', () => {
    expect(suggestAbbreviation('Ủy ban nhân dân huyện Đông Anh')).toBe('UBNDHĐA');
    expect(suggestAbbreviation('Trường THPT số 1 Lào Cai')).toBe('TTHPT1LC');
    expect(suggestAbbreviation('Bệnh viện Đa khoa tỉnh')).toBe('BVĐKT');
  });

  it('reads decomposed text and odd spacing, and gives nothing for nothing', () => {
    expect(suggestAbbreviation('  Sở  Giáo dục và Đào tạo '.normalize('NFD'))).toBe(
      'SGDĐT'.normalize('NFC'),
    );
    expect(suggestAbbreviation('Phòng Kế hoạch - Tài chính')).toBe('PKHTC');
    expect(suggestAbbreviation('')).toBe('');
    expect(suggestAbbreviation('Vụ')).toBe('V');
  });

  it('always gives something the unit profile accepts', () => {
    for (const name of ['Vụ Giao thông vận tải', 'Trường THPT số 1 Lào Cai', 'Ủy ban (tỉnh)']) {
      const abbreviation = suggestAbbreviation(name);
      expect(UnitProfileSchema.parse({ abbreviation }).abbreviation).toBe(abbreviation);
    }
  });
});

describe('unit profile abbreviations', () => {
  it('default to none for the unit and "CĐCS" for the union, so older files load unchanged', () => {
    const old = UnitProfileSchema.parse({
      name: 'Vụ Giao thông vận tải',
      unionName: 'Công đoàn Vụ',
    });
    expect(old.abbreviation).toBe('');
    expect(old.unionAbbreviation).toBe('CĐCS');
  });

  it('refuses spaces and "-" with a Vietnamese message', () => {
    const result = UnitProfileSchema.safeParse({ abbreviation: 'GT VT' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/chữ cái và chữ số/);
    expect(UnitProfileSchema.safeParse({ unionAbbreviation: 'CĐ-CS' }).success).toBe(false);
  });
});
