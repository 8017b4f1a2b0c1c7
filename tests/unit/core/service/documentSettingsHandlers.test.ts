/**
 * The header drawer's channels (R29): read what a document prints and what each preset gives, save
 * a preset with edited lines and signers (stored with the conference, printed as typed), reset to
 * the default; bad input is refused with a Vietnamese message and nothing stored. The unit's
 * abbreviation reaches the number symbols ("Số: 01/KH-XYZ", "GM-XYZ").
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../core/service/dispatch';
import { MAIN_SCHEMA_VERSION } from '../../../../core/domain/workspace';
import { ownFixture, tempDir } from '../../../support/paths';
import { openSample, startService, type TestApp } from '../../../support/service';

async function documentXml(app: TestApp, conferenceId: string, id: 'D1' | 'D3' | 'D4') {
  const { files } = await app.call('documents:build', { conferenceId, ids: [id] });
  const zip = await JSZip.loadAsync(Buffer.from(files[0]?.base64 ?? '', 'base64'));
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

const HEADER = {
  leftLines: [
    { text: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', bold: false },
    { text: 'VỤ KHOA HỌC VÀ CÔNG NGHỆ (BẢN SỬA)', bold: true },
  ],
  rightLines: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
} satisfies { leftLines: { text: string; bold: boolean }[]; rightLines: [string, string] };

describe('documentSettings channels (R29)', () => {
  it('reads the default of each document with the three presets side by side', async () => {
    const app = startService();
    const { id: conferenceId } = await openSample(app);
    const d1 = await app.call('documentSettings:get', { conferenceId, id: 'D1' });
    expect(d1).toMatchObject({
      defaultPreset: 'joint',
      preset: 'joint',
      headerEdited: false,
      signaturesEdited: false,
      symbols: ['KHLT-CĐCS'],
      numberText: null,
      parts: { rightLines: true, signatures: true },
    });
    expect(d1.signatures).toHaveLength(2);
    // The sample's unit has its abbreviation (KHCN).
    expect(d1.presets.unit.symbols).toEqual(['KH-KHCN']);
    expect(d1.presets.union.header.verifyLocally).toBe(true);
    expect(d1.presets.unit.header.verifyLocally).toBe(false);
    const d5 = await app.call('documentSettings:get', { conferenceId, id: 'D5' });
    expect(d5.parts).toEqual({ rightLines: false, signatures: false });
    expect(d5.symbols).toEqual([]);
  });

  it('saves a preset with edited lines and signers, prints them in the document, and resets', async () => {
    const app = startService();
    const { id: conferenceId } = await openSample(app);
    const signatures = [
      { authority: 'TM. BAN CHẤP HÀNH', title: 'PHÓ CHỦ TỊCH', name: 'Người Ký Thay' },
    ];
    const saved = await app.call('documentSettings:save', {
      conferenceId,
      id: 'D4',
      preset: 'union',
      // Decomposed text and stray spaces are cleaned at the boundary.
      header: {
        ...HEADER,
        leftLines: [{ text: ' Công đoàn Bộ '.normalize('NFD'), bold: false }, ...HEADER.leftLines],
      },
      signatures,
    });
    expect(saved).toMatchObject({
      preset: 'union',
      headerEdited: true,
      signaturesEdited: true,
      signatures,
    });
    expect(saved.header.leftLines[0]).toEqual({ text: 'Công đoàn Bộ', bold: false });
    const stored = (await app.call('conference:get', { id: conferenceId })).documentSettings.D4;
    expect(stored?.preset).toBe('union');
    expect(stored?.header?.leftLines).toHaveLength(3);

    const xml = await documentXml(app, conferenceId, 'D4');
    expect(xml).toContain('VỤ KHOA HỌC VÀ CÔNG NGHỆ (BẢN SỬA)');
    expect(xml).toContain('Công đoàn Bộ');
    expect(xml).toContain('PHÓ CHỦ TỊCH');
    expect(xml).toContain('Người Ký Thay');
    // A union list takes the union's abbreviation, without the joint "LT".
    expect(xml).toContain('/DS-CĐCS');

    const reset = await app.call('documentSettings:reset', { conferenceId, id: 'D4' });
    expect(reset).toMatchObject({ preset: 'joint', headerEdited: false, signaturesEdited: false });
    expect((await app.call('conference:get', { id: conferenceId })).documentSettings).toEqual({});
    expect(await documentXml(app, conferenceId, 'D4')).not.toContain('BẢN SỬA');
  });

  it('stores nothing when the lines sent are the preset’s own', async () => {
    const app = startService();
    const { id: conferenceId } = await openSample(app);
    const current = await app.call('documentSettings:get', { conferenceId, id: 'D2' });
    const union = current.presets.union;
    const saved = await app.call('documentSettings:save', {
      conferenceId,
      id: 'D2',
      preset: 'union',
      header: { leftLines: union.header.leftLines, rightLines: union.header.rightLines },
      signatures: union.signatures,
    });
    expect(saved).toMatchObject({ preset: 'union', headerEdited: false, signaturesEdited: false });
    expect((await app.call('conference:get', { id: conferenceId })).documentSettings).toEqual({
      D2: { preset: 'union' },
    });
  });

  it('refuses bad input with INVALID_INPUT and a Vietnamese message, storing nothing', async () => {
    const app = startService();
    const { id: conferenceId } = await openSample(app);
    const attempts: { input: Record<string, unknown>; message: RegExp }[] = [
      { input: { header: { ...HEADER, leftLines: [] } }, message: /ít nhất một dòng bên trái/ },
      {
        input: { header: { ...HEADER, leftLines: [{ text: '   ', bold: true }] } },
        message: /Dòng tiêu đề không được để trống/,
      },
      {
        input: {
          header: {
            ...HEADER,
            leftLines: Array.from({ length: 6 }, () => ({ text: 'DÒNG', bold: true })),
          },
        },
        message: /tối đa 5 dòng/,
      },
      {
        input: { header: { ...HEADER, leftLines: [{ text: 'X'.repeat(201), bold: true }] } },
        message: /tối đa 200 ký tự/,
      },
      { input: { header: { ...HEADER, rightLines: ['', 'x'] } }, message: /Quốc hiệu/ },
      {
        input: { signatures: [{ authority: '', title: '', name: 'A' }] },
        message: /Chức vụ người ký không được để trống/,
      },
      {
        input: {
          signatures: Array.from({ length: 3 }, () => ({ authority: '', title: 'X', name: '' })),
        },
        message: /Tối đa 2 chữ ký/,
      },
      { input: { preset: 'other' }, message: /.+/ },
      { input: { extra: true }, message: /.+/ },
    ];
    for (const { input, message } of attempts) {
      const result = await dispatch(app.handlers, 'documentSettings:save', {
        conferenceId,
        id: 'D1',
        preset: 'unit',
        ...input,
      });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_INPUT');
        expect(result.error.message).toMatch(/không đúng định dạng/);
        expect(result.error.issues.join(' ')).toMatch(message);
      }
    }
    const missing = await dispatch(app.handlers, 'documentSettings:get', {
      conferenceId: 'khong-co',
      id: 'D1',
    });
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
    expect((await app.call('conference:get', { id: conferenceId })).documentSettings).toEqual({});
  });
});

describe('abbreviations in the unit profile reach the number symbols', () => {
  it('numbers a unit plan "Số: 01/KH-XYZ" and prints "GM-XYZ" on the invitations', async () => {
    const app = startService(undefined, () => new Date('2026-01-05T03:00:00Z'));
    const { id: conferenceId } = await openSample(app);
    const { unit } = await app.call('workspace:load', {});
    await app.call('unit:save', { ...unit, abbreviation: 'XYZ' });
    await app.call('documentSettings:save', { conferenceId, id: 'D1', preset: 'unit' });
    expect(await app.call('documents:issueNumber', { conferenceId, id: 'D1' })).toEqual({
      numberText: 'Số: 01/KH-XYZ',
    });
    expect(await documentXml(app, conferenceId, 'D1')).toContain('Số: 01/KH-XYZ');
    expect(await documentXml(app, conferenceId, 'D3')).toContain('/GM-XYZ');

    // Back to joint: the "KH" number is not a "KHLT" one; the plan is numbered again.
    await app.call('documentSettings:reset', { conferenceId, id: 'D1' });
    const listed = await app.call('documents:list', { conferenceId });
    expect(listed.find((d) => d.id === 'D1')?.numberText).toBeNull();
    expect(await app.call('documents:issueNumber', { conferenceId, id: 'D1' })).toEqual({
      numberText: 'Số: 01/KHLT-CĐCS',
    });
  });

  it('takes the union abbreviation typed for union and joint documents', async () => {
    const app = startService(undefined, () => new Date('2026-01-05T03:00:00Z'));
    const { id: conferenceId } = await openSample(app);
    const { unit } = await app.call('workspace:load', {});
    await app.call('unit:save', { ...unit, unionAbbreviation: 'CĐ' });
    expect(await app.call('documents:issueNumber', { conferenceId, id: 'D2' })).toEqual({
      numberText: 'Số: 01/CTr-CĐ',
    });
  });

  it('says in Vietnamese where to set the abbreviation before numbering a unit document', async () => {
    const app = startService();
    const { id: conferenceId } = await openSample(app);
    const { unit } = await app.call('workspace:load', {});
    await app.call('unit:save', { ...unit, abbreviation: '' });
    await app.call('documentSettings:save', { conferenceId, id: 'D4', preset: 'unit' });
    const result = await dispatch(app.handlers, 'documents:issueNumber', {
      conferenceId,
      id: 'D4',
    });
    expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
    expect(!result.ok && result.error.message).toMatch(/chữ viết tắt tên đơn vị.*Thông tin đơn vị/);
  });

  it('loads data files written before the abbreviations (v1 migrated, v2 as is) unchanged', async () => {
    const v1 = tempDir();
    fs.copyFileSync(ownFixture('data-v1', 'hoi-nghi.json'), path.join(v1, 'hoi-nghi.json'));
    const v2 = tempDir();
    const before = {
      schemaVersion: MAIN_SCHEMA_VERSION,
      unit: { name: 'Vụ Giao thông vận tải', unionName: 'Công đoàn Vụ Giao thông vận tải' },
      people: [],
      wording: {},
    };
    fs.writeFileSync(path.join(v2, 'hoi-nghi.json'), JSON.stringify(before));
    for (const dir of [v1, v2]) {
      const { unit } = await startService(dir).call('workspace:load', {});
      expect(unit).toMatchObject({ abbreviation: '', unionAbbreviation: 'CĐCS' });
    }
  });
});
