import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_TYPES,
  DocumentNumberRegisterSchema,
  documentSymbol,
  documentTypeName,
  emptyRegister,
  formatDocumentNumber,
  isRegisterTypeCode,
  issueNumber,
  jointTypeCode,
  nextNumber,
  type DocumentNumberRegister,
  type IssueNumberRequest,
} from '../../../../core/domain/documentNumber';

const at = '2026-01-05T08:00:00.000Z';

function request(fields: Partial<IssueNumberRequest> = {}): IssueNumberRequest {
  return {
    year: 2026,
    typeCode: 'KH',
    documentId: 'D1',
    conferenceId: 'c1',
    symbol: 'KH-CĐCS',
    issuedAt: at,
    ...fields,
  };
}

function issued(register: DocumentNumberRegister, fields: Partial<IssueNumberRequest> = {}) {
  const result = issueNumber(register, request(fields));
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

describe('DOCUMENT_TYPES (NĐ 30/2020 Phụ lục III)', () => {
  it('has the official abbreviations with their Vietnamese names, plus DS from practice', () => {
    const byCode = Object.fromEntries(DOCUMENT_TYPES.map((t) => [t.code, t.name]));
    expect(byCode).toMatchObject({
      NQ: 'Nghị quyết',
      QĐ: 'Quyết định',
      KH: 'Kế hoạch',
      CTr: 'Chương trình',
      BC: 'Báo cáo',
      BB: 'Biên bản',
      TB: 'Thông báo',
      TTr: 'Tờ trình',
      GM: 'Giấy mời',
      HD: 'Hướng dẫn',
      QC: 'Quy chế',
      GGT: 'Giấy giới thiệu',
      DS: 'Danh sách',
    });
    expect(DOCUMENT_TYPES.find((t) => t.code === 'DS')?.basis).toBe('PRACTICE');
    // The Ban TTND's recommendation to the head (D22KN), as boards number it in practice.
    expect(DOCUMENT_TYPES.find((t) => t.code === 'KN')).toMatchObject({
      name: 'Kiến nghị',
      basis: 'PRACTICE',
    });
    for (const t of DOCUMENT_TYPES) expect(t.code).toBe(t.code.normalize('NFC'));
  });

  it('accepts joint codes (KHLT) and refuses made-up ones', () => {
    expect(jointTypeCode('KH')).toBe('KHLT');
    expect(isRegisterTypeCode('KHLT')).toBe(true);
    expect(isRegisterTypeCode('CTrLT')).toBe(true);
    expect(isRegisterTypeCode('XX')).toBe(false);
    expect(isRegisterTypeCode('kh')).toBe(false);
    expect(documentTypeName('KHLT')).toBe('Kế hoạch liên tịch');
  });
});

describe('documentSymbol and formatDocumentNumber (R25)', () => {
  it('joins the groups with "-", no spaces, the issuer in capitals, the type as written', () => {
    expect(documentSymbol('KH', 'CĐCS')).toBe('KH-CĐCS');
    expect(documentSymbol('CTr', 'cđcs')).toBe('CTr-CĐCS');
    expect(documentSymbol('KHLT', ' CĐ CS ')).toBe('KHLT-CĐCS');
    expect(documentSymbol('QĐ', 'CĐCS', 'vp')).toBe('QĐ-CĐCS-VP');
  });

  it('writes the issuer in NFC even when typed decomposed', () => {
    const decomposed = 'CĐCS'.normalize('NFD');
    expect(documentSymbol('KH', decomposed)).toBe('KH-CĐCS'.normalize('NFC'));
  });

  it('pads numbers below 10 and puts "/" between number and symbol', () => {
    expect(formatDocumentNumber({ number: 5, symbol: 'KH-CĐCS' })).toBe('Số: 05/KH-CĐCS');
    expect(formatDocumentNumber({ number: 12, symbol: 'NQ-CĐCS' })).toBe('Số: 12/NQ-CĐCS');
    expect(formatDocumentNumber({ number: 123, symbol: 'DS-CĐCS' })).toBe('Số: 123/DS-CĐCS');
  });
});

describe('issueNumber and nextNumber', () => {
  it('starts at 1 each year and type, and counts per year and type', () => {
    let register = emptyRegister();
    expect(nextNumber(register, 2026, 'KH')).toBe(1);
    register = issued(register).register;
    register = issued(register, { documentId: 'D20' }).register;
    expect(nextNumber(register, 2026, 'KH')).toBe(3);
    expect(nextNumber(register, 2026, 'GM')).toBe(1);
    expect(nextNumber(register, 2027, 'KH')).toBe(1);
    const gm = issued(register, { typeCode: 'GM', symbol: 'GM-CĐCS', documentId: 'D3' });
    expect(gm.entry.number).toBe(1);
  });

  it('gives a document the number it already has when it is exported again', () => {
    const first = issued(emptyRegister());
    const again = issued(first.register, { issuedAt: '2026-01-09T10:00:00.000Z' });
    expect(again.reused).toBe(true);
    expect(again.entry).toEqual(first.entry);
    expect(again.register.records).toHaveLength(1);
  });

  it('numbers the same document of another conference anew', () => {
    const first = issued(emptyRegister());
    const other = issued(first.register, { conferenceId: 'c2' });
    expect(other.reused).toBe(false);
    expect(other.entry.number).toBe(2);
  });

  it('numbers each record of a document printed once per record on its own (D22)', () => {
    const plan = { documentId: 'D22KH', symbol: 'KH-CĐCS' };
    const first = issued(emptyRegister(), { ...plan, recordId: 'i1' });
    const second = issued(first.register, { ...plan, recordId: 'i2' });
    expect([first.entry.number, second.entry.number]).toEqual([1, 2]);
    expect(second.entry.recordId).toBe('i2');
    const again = issued(second.register, { ...plan, recordId: 'i1' });
    expect(again.reused).toBe(true);
    expect(again.entry.number).toBe(1);
    // A document that is not per record keeps no recordId at all.
    expect('recordId' in issued(emptyRegister()).entry).toBe(false);
  });

  it('takes an override and continues after it; never hands out a number twice', () => {
    const typed = issued(emptyRegister(), { override: 7 });
    expect(typed.entry).toMatchObject({ number: 7, overridden: true });
    const next = issued(typed.register, { documentId: 'D20' });
    expect(next.entry).toMatchObject({ number: 8, overridden: false });
  });

  it('refuses an override that clashes, in Vietnamese, naming the holder and the next free number', () => {
    const first = issued(emptyRegister());
    const clash = issueNumber(first.register, request({ documentId: 'D20', override: 1 }));
    expect(clash.ok).toBe(false);
    if (clash.ok) return;
    expect(clash.error.code).toBe('CONFLICT');
    expect(clash.error.message).toContain('Số: 01/KH-CĐCS');
    expect(clash.error.message).toContain('D1');
    expect(clash.error.message).toContain('05/01/2026');
    expect(clash.error.message).toContain('Số tiếp theo còn trống là 02');
  });

  it('refuses a second, different number for a document that has one', () => {
    const first = issued(emptyRegister());
    const result = issueNumber(first.register, request({ override: 9 }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('đã được cấp Số: 01/KH-CĐCS');
  });

  it('refuses unknown types, symbols that do not match the type, and bad overrides', () => {
    const bad = [
      request({ typeCode: 'XX', symbol: 'XX-CĐCS' }),
      request({ symbol: 'GM-CĐCS' }),
      request({ symbol: 'KH' }),
      request({ override: 0 }),
      request({ override: 2.5 }),
      request({ year: 1999 }),
    ];
    for (const r of bad) {
      const result = issueNumber(emptyRegister(), r);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
    }
  });

  it('never changes the register it was given', () => {
    const register = emptyRegister();
    issued(register);
    expect(register.records).toHaveLength(0);
  });

  it('issues joint numbers in their own series', () => {
    const plan = issued(emptyRegister());
    const joint = issued(plan.register, {
      typeCode: 'KHLT',
      symbol: documentSymbol('KHLT', 'CĐCS'),
      documentId: 'D1',
    });
    expect(formatDocumentNumber(joint.entry)).toBe('Số: 01/KHLT-CĐCS');
  });

  it('round-trips through the schema (what the store writes and reads)', () => {
    const { register } = issued(issued(emptyRegister()).register, { documentId: 'D20' });
    const parsed = DocumentNumberRegisterSchema.parse(JSON.parse(JSON.stringify(register)));
    expect(parsed).toEqual(register);
    expect(DocumentNumberRegisterSchema.parse({})).toEqual({ records: [] });
    expect(() =>
      DocumentNumberRegisterSchema.parse({ records: [{ ...register.records[0], typeCode: 'ZZ' }] }),
    ).toThrow();
  });
});
