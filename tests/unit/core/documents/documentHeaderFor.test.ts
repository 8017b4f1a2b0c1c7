/**
 * R29: each document's header, signers and number symbol come from its preset and the unit profile,
 * or from the lines the user edited, printed as typed; the symbol's issuer follows the preset
 * (NĐ 30/2020/NĐ-CP Phụ lục I, mục II.3.b).
 */
import { describe, expect, it } from 'vitest';
import { NATIONAL_MOTTO, NATIONAL_TITLE } from '../../../../core/domain/documentHeader';
import type { DocumentSettings, EditedHeader } from '../../../../core/domain/documentSettings';
import type { DocumentContext } from '../../../../core/documents/documentContext';
import {
  allPresetDefaults,
  documentHeaderFor,
  documentSettingToStore,
  numberTypeCodes,
} from '../../../../core/documents/documentHeaderFor';
import { attendanceListJob } from '../../../../core/documents/attendanceListJob';
import { chairScriptJob } from '../../../../core/documents/chairScriptJob';
import { convocationJob } from '../../../../core/documents/convocationJob';
import { issuedNumbers } from '../../../../core/documents/documentNumbering';
import { planJob } from '../../../../core/documents/planJob';
import { programmeJob } from '../../../../core/documents/programmeJob';
import { documentSymbol, emptyRegister, issueNumber } from '../../../../core/domain/documentNumber';
import { context, unit } from './documentContext.fixture';

function withSettings(documentSettings: DocumentSettings, fields = {}): DocumentContext {
  const ctx = context();
  return {
    ...ctx,
    unit: { ...ctx.unit, ...fields },
    conference: { ...ctx.conference, documentSettings },
  };
}

const EDITED = {
  leftLines: [
    { text: 'Bộ NN&MT', bold: false },
    { text: 'Vụ KHCN&MT', bold: true },
    { text: 'PHÒNG TỔNG HỢP', bold: false },
  ],
  rightLines: ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập – Tự do – Hạnh phúc'],
} satisfies EditedHeader;

describe('documentHeaderFor: defaults are the documents of before (R29)', () => {
  it('gives D1, D2 and D4 the joint header, both signers and the union symbol', () => {
    const ctx = context();
    for (const [id, symbol] of [
      ['D1', 'KHLT-CĐCS'],
      ['D2', 'CTr-CĐCS'],
      ['D4', 'DS-CĐCS'],
    ] as const) {
      const resolved = documentHeaderFor(ctx, id);
      expect(resolved.preset).toBe('joint');
      expect(resolved.header.leftLines.map((l) => l.text)).toEqual([
        'VỤ KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG',
        'BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ VỤ KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG',
      ]);
      expect(resolved.signatures.map((s) => s.title)).toEqual(['CHỦ TỊCH', 'VỤ TRƯỞNG']);
      expect(resolved.symbols).toEqual([symbol]);
      expect(resolved.numberText).toBe(`Số:       /${symbol}`);
      expect(resolved.headerEdited || resolved.signaturesEdited).toBe(false);
    }
  });

  it('gives D3 the unit header and the head, with a blank issuer while the unit has no abbreviation', () => {
    const resolved = documentHeaderFor(context(), 'D3');
    expect(resolved.preset).toBe('unit');
    expect(resolved.header.leftLines.map((l) => l.text)).toEqual([
      'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
      'VỤ KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG',
    ]);
    expect(resolved.issuer).toBe('');
    expect(resolved.symbols).toEqual(['GTT-……', 'GM-……']);
    expect(resolved.numberText).toBeUndefined();
  });
});

describe('documentHeaderFor: presets chosen by the user', () => {
  it('unit: parent body over the unit, the head signs, the unit abbreviation in the symbol', () => {
    const ctx = withSettings({ D1: { preset: 'unit' } }, { abbreviation: 'KHCNMT' });
    const resolved = documentHeaderFor(ctx, 'D1');
    expect(resolved.header.leftLines).toEqual([
      { text: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', bold: false },
      { text: 'VỤ KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG', bold: true },
    ]);
    expect(resolved.header.verifyLocally).toBe(false);
    expect(resolved.signatures).toEqual([
      { authority: '', title: 'VỤ TRƯỞNG', name: 'Phan Thanh Ước' },
    ]);
    // A unit plan is a plain "KH", not "KHLT".
    expect(resolved.symbols).toEqual(['KH-KHCNMT']);
    expect(planJob(ctx).numberText).toBe('Số:       /KH-KHCNMT');
  });

  it('union: upper union over the union, the chair signs for the executive, the union abbreviation', () => {
    const ctx = withSettings({ D3: { preset: 'union' } }, { unionAbbreviation: 'CĐ' });
    const resolved = documentHeaderFor(ctx, 'D3');
    expect(resolved.header.leftLines).toEqual([
      { text: 'CÔNG ĐOÀN BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', bold: false },
      { text: 'CÔNG ĐOÀN CƠ SỞ VỤ KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG', bold: true },
    ]);
    expect(resolved.header.verifyLocally).toBe(true);
    expect(resolved.header.source).toContain('933');
    expect(resolved.signatures).toEqual([
      { authority: 'TM. BAN CHẤP HÀNH', title: 'CHỦ TỊCH', name: 'Nguyễn Thị Hương' },
    ]);
    expect(resolved.symbols).toEqual(['GTT-CĐ', 'GM-CĐ']);
    const letters = convocationJob(ctx);
    expect(letters.sets.map((s) => s.numberText)).toEqual([
      'Số:       /GTT-CĐ',
      'Số:       /GM-CĐ',
    ]);
    expect(letters.header.leftLines).toEqual(resolved.header.leftLines);
  });

  it('joint: the configurable union abbreviation after "KHLT"', () => {
    const ctx = withSettings({}, { unionAbbreviation: 'CĐVKHCN' });
    expect(documentHeaderFor(ctx, 'D1').symbols).toEqual(['KHLT-CĐVKHCN']);
    expect(programmeJob(ctx).numberText).toBe('Số:       /CTr-CĐVKHCN');
  });

  it('gives D3 the unit abbreviation typed in the profile ("GM-XYZ")', () => {
    const ctx = withSettings({}, { abbreviation: 'xyz' });
    expect(convocationJob(ctx).sets.map((s) => s.numberText)).toEqual([
      'Số:       /GTT-XYZ',
      'Số:       /GM-XYZ',
    ]);
  });
});

describe('documentHeaderFor: lines and signers the user edited', () => {
  it('prints every edited line verbatim, keeping the preset’s source and warning', () => {
    const signatures = [
      { authority: 'KT. VỤ TRƯỞNG', title: 'PHÓ VỤ TRƯỞNG', name: 'Trần Hữu An' },
    ];
    const ctx = withSettings({ D4: { preset: 'joint', header: EDITED, signatures } });
    const resolved = documentHeaderFor(ctx, 'D4');
    expect(resolved.header.leftLines).toEqual(EDITED.leftLines);
    expect(resolved.header.rightLines).toEqual(EDITED.rightLines);
    expect(resolved.header.verifyLocally).toBe(true);
    expect(resolved.headerEdited && resolved.signaturesEdited).toBe(true);
    const job = attendanceListJob(ctx);
    expect(job.header.leftLines).toEqual(EDITED.leftLines);
    expect(job.signatures).toEqual(signatures);
    // Other documents keep their defaults.
    expect(programmeJob(ctx).header.rightLines).toEqual([NATIONAL_TITLE, NATIONAL_MOTTO]);
  });

  it('edited lines do not follow a later change of the unit name; unedited ones do', () => {
    const ctx = withSettings({ D1: { preset: 'joint', header: EDITED } }, { name: 'Vụ Mới' });
    expect(planJob(ctx).header.leftLines[1]?.text).toBe('Vụ KHCN&MT');
    expect(programmeJob(ctx).header.leftLines[0]?.text).toBe('VỤ MỚI');
  });

  it('gives D5 (the internal script) the edited left column', () => {
    const ctx = withSettings({ D5: { preset: 'unit', header: EDITED } });
    expect(chairScriptJob(ctx).data.headerLines).toEqual(EDITED.leftLines);
  });
});

describe('issued numbers follow the preset', () => {
  it('prints a number only when its type is the document’s present type', () => {
    const issued = issueNumber(emptyRegister(), {
      year: 2026,
      typeCode: 'KHLT',
      symbol: documentSymbol('KHLT', 'CĐCS'),
      documentId: 'D1',
      conferenceId: 'c2026',
      issuedAt: '2026-01-05T03:00:00.000Z',
    });
    if (!issued.ok) throw new Error(issued.error.message);
    const register = issued.data.register;
    const joint = withSettings({});
    const numbers = issuedNumbers(register, 'c2026', numberTypeCodes(joint.conference));
    expect(documentHeaderFor({ ...joint, numbers }, 'D1').numberText).toBe('Số: 01/KHLT-CĐCS');
    const asUnit = withSettings({ D1: { preset: 'unit' } }, { abbreviation: 'KHCNMT' });
    const unitNumbers = issuedNumbers(register, 'c2026', numberTypeCodes(asUnit.conference));
    expect(unitNumbers.D1).toBeUndefined();
    expect(documentHeaderFor({ ...asUnit, numbers: unitNumbers }, 'D1').numberText).toBe(
      'Số:       /KH-KHCNMT',
    );
  });
});

describe('documentSettingToStore', () => {
  const sources = { unit, people: context().people };

  it('stores nothing when the choice is the document’s default, untouched', () => {
    const defaults = allPresetDefaults(sources, 'D1').joint;
    expect(
      documentSettingToStore(sources, 'D1', {
        preset: 'joint',
        header: { leftLines: defaults.header.leftLines, rightLines: defaults.header.rightLines },
        signatures: defaults.signatures,
      }),
    ).toBeUndefined();
  });

  it('stores the preset alone when only the preset changed, and the edits when they differ', () => {
    const defaults = allPresetDefaults(sources, 'D1').union;
    const header = { leftLines: defaults.header.leftLines, rightLines: defaults.header.rightLines };
    expect(
      documentSettingToStore(sources, 'D1', {
        preset: 'union',
        header,
        signatures: defaults.signatures,
      }),
    ).toEqual({ preset: 'union' });
    const signatures = [
      { authority: 'TM. BAN CHẤP HÀNH', title: 'PHÓ CHỦ TỊCH', name: 'Lê Minh Đức' },
    ];
    expect(
      documentSettingToStore(sources, 'D1', { preset: 'union', header: EDITED, signatures }),
    ).toEqual({ preset: 'union', header: EDITED, signatures });
  });
});
