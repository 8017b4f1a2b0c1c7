/**
 * issuedNumbers: a document printed once per record (the Ban TTND's D22) prints the number issued
 * for the record it prints, never another record's (R25: one number per document issued).
 */
import { describe, expect, it } from 'vitest';
import { issuedNumbers } from '../../../../core/documents/documentNumbering';
import { emptyRegister, issueNumber } from '../../../../core/domain/documentNumber';

function register() {
  let r = emptyRegister();
  for (const [documentId, typeCode, recordId] of [
    ['D1', 'KHLT', undefined],
    ['D22KH', 'KH', 'i1'],
    ['D22KH', 'KH', 'i2'],
  ] as const) {
    const result = issueNumber(r, {
      year: 2026,
      typeCode,
      documentId,
      conferenceId: 'c1',
      ...(recordId ? { recordId } : {}),
      symbol: `${typeCode}-CĐCS`,
      issuedAt: '2026-07-20T03:00:00.000Z',
    });
    if (!result.ok) throw new Error(result.error.message);
    r = result.data.register;
  }
  return r;
}

describe('issuedNumbers for documents printed once per record', () => {
  it('gives each the number of the record it prints, and none while it names none', () => {
    const r = register();
    expect(issuedNumbers(r, 'c1', undefined, { D22KH: 'i2' })).toEqual({
      D1: 'Số: 01/KHLT-CĐCS',
      D22KH: 'Số: 02/KH-CĐCS',
    });
    expect(issuedNumbers(r, 'c1', undefined, { D22KH: 'i1' }).D22KH).toBe('Số: 01/KH-CĐCS');
    expect(issuedNumbers(r, 'c1').D22KH).toBeUndefined();
    expect(issuedNumbers(r, 'c1', undefined, { D22KH: 'i3' }).D22KH).toBeUndefined();
  });
});
