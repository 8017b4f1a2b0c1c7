import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../core/service/dispatch';
import { openSample, startService } from '../../../support/service';

describe('document numbers (R25) and wording', () => {
  it('issues the next number of the year once per document, and prints it in the document', async () => {
    const app = startService(undefined, () => new Date('2026-01-05T03:00:00Z'));
    const { id } = await openSample(app);
    expect(
      (await app.call('documents:list', { conferenceId: id })).find((d) => d.id === 'D1'),
    ).toMatchObject({
      numbered: true,
      numberText: null,
    });
    expect(await app.call('documents:issueNumber', { conferenceId: id, id: 'D1' })).toEqual({
      numberText: 'Số: 01/KHLT-CĐCS',
    });
    // Asking again gives the same number, never a second one.
    expect(await app.call('documents:issueNumber', { conferenceId: id, id: 'D1' })).toEqual({
      numberText: 'Số: 01/KHLT-CĐCS',
    });
    expect(
      await app.call('documents:issueNumber', { conferenceId: id, id: 'D4', override: 7 }),
    ).toEqual({ numberText: 'Số: 07/DS-CĐCS' });
    const listed = await app.call('documents:list', { conferenceId: id });
    expect(listed.find((d) => d.id === 'D4')?.numberText).toBe('Số: 07/DS-CĐCS');
    expect(listed.find((d) => d.id === 'D5')?.numbered).toBe(false);

    const { files } = await app.call('documents:build', { conferenceId: id, ids: ['D1'] });
    const JSZip = (await import('jszip')).default;
    const xml = await (
      await JSZip.loadAsync(Buffer.from(files[0]!.base64, 'base64'))
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).toContain('01/KHLT-CĐCS');
  });

  it('refuses a number already issued that year, naming the next free one, and numbers for unnumbered documents', async () => {
    const app = startService(undefined, () => new Date('2026-01-05T03:00:00Z'));
    const { id } = await openSample(app);
    await app.call('documents:issueNumber', { conferenceId: id, id: 'D2', override: 3 });
    const other = await app.call('conference:create', {
      year: 2026,
      kind: 'extraordinary',
      trigger: { by: 'head', signatures: 0, note: '' },
    });
    const clash = await dispatch(app.handlers, 'documents:issueNumber', {
      conferenceId: other.id,
      id: 'D2',
      override: 3,
    });
    expect(!clash.ok && clash.error.code).toBe('CONFLICT');
    expect(!clash.ok && clash.error.message).toMatch(/Số tiếp theo còn trống là 04/);
    const d5 = await dispatch(app.handlers, 'documents:issueNumber', {
      conferenceId: id,
      id: 'D5',
    });
    expect(!d5.ok && d5.error.message).toMatch(/không đánh số/);
  });

  it('builds D3 as one collective convocation, or one page per summoned person when asked', async () => {
    const app = startService();
    const { id } = await openSample(app);
    const JSZip = (await import('jszip')).default;
    const xmlOf = async (perPerson: boolean) => {
      const { files } = await app.call('documents:build', {
        conferenceId: id,
        ids: ['D3'],
        perPerson,
      });
      return (await JSZip.loadAsync(Buffer.from(files[0]!.base64, 'base64')))
        .file('word/document.xml')!
        .async('string');
    };
    const count = (xml: string) => xml.split('GIẤY TRIỆU TẬP').length - 1;
    expect(count(await xmlOf(false))).toBe(1);
    expect(count(await xmlOf(true))).toBe(184);
  });

  it('keeps the unit’s wording and refuses an edit that breaks an entry’s shape', async () => {
    const app = startService();
    const saved = await app.call('wording:save', { plan: { typeName: 'KẾ HOẠCH LIÊN TỊCH' } });
    expect((await app.call('workspace:load', {})).wording).toEqual(saved);
    const bad = await dispatch(app.handlers, 'wording:save', {
      plan: { typeName: ['không phải một câu'], nothing: 'x' },
    });
    expect(!bad.ok && bad.error.issues).toEqual([
      'D1 Kế hoạch tổ chức hội nghị, mục "typeName": dạng nội dung khác với mẫu.',
      'D1 Kế hoạch tổ chức hội nghị: không có mục "nothing".',
    ]);
    expect((await app.call('workspace:load', {})).wording).toEqual(saved);
  });
});
