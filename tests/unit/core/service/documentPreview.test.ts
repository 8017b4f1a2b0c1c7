/**
 * `documents:preview`: a long list (D4) is previewed with its first rows only, its totals still
 * counted over everyone, and the ballots (D12) with their first few, while the file built for
 * export keeps every row and ballot; short documents are previewed whole, the very file
 * `documents:build` gives.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { PREVIEW_BALLOTS, PREVIEW_ROWS } from '../../../../core/documents/documentPreview';
import { tables, textOf, tableRows } from '../../../support/docx';
import { importRosterFixture, openSample, startService } from '../../../support/service';

async function documentXml(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  return zip.file('word/document.xml')!.async('string');
}

/** The rows of D4's list (its second table: the first is the national header), header row out. */
function listRows(xml: string): string[] {
  const list = tables(xml).find((t) => textOf(t).startsWith('STTHọ và tên')) ?? '';
  return tableRows(list).slice(1);
}

describe('documents:preview', () => {
  it('previews the sample’s 184-person list and its programme whole', async () => {
    const app = startService();
    const { id } = await openSample(app);
    const d4 = await app.call('documents:preview', { conferenceId: id, id: 'D4' });
    expect(d4.rows).toBeNull();
    expect(d4.file.fileName).toMatch(/^D4-.*\.docx$/);
    expect(listRows(await documentXml(d4.file.base64))).toHaveLength(184);
    const d2 = await app.call('documents:preview', { conferenceId: id, id: 'D2' });
    expect(d2.rows).toBeNull();
    expect(await documentXml(d2.file.base64)).toContain('CHƯƠNG TRÌNH');
  });

  it('previews the sample’s ballots (D12) with the first 4 of 150, its counting minutes (D13) whole, and exports all', async () => {
    const app = startService();
    const { id } = await openSample(app);
    const d12 = await app.call('documents:preview', { conferenceId: id, id: 'D12' });
    expect(d12.rows).toEqual({ shown: PREVIEW_BALLOTS, total: 150, unit: 'ballots' });
    const serials = (xml: string) => textOf(xml).match(/Số: \d{3}/g) ?? [];
    expect(serials(await documentXml(d12.file.base64))).toEqual([
      'Số: 001',
      'Số: 002',
      'Số: 003',
      'Số: 004',
    ]);
    const { files } = await app.call('documents:build', { conferenceId: id, ids: ['D12'] });
    expect(serials(await documentXml(files[0]!.base64))).toHaveLength(150);

    // 150 ballots in the annex: short enough to preview whole, like the 184-person list.
    const d13 = await app.call('documents:preview', { conferenceId: id, id: 'D13' });
    expect(d13.rows).toBeNull();
    expect(textOf(await documentXml(d13.file.base64))).toContain('Số phiếu hợp lệ: 145');
  }, 60_000);

  it('previews the first rows of a 2,400-person list with the totals of all, and exports all', async () => {
    const app = startService();
    const people = await importRosterFixture(app, 'roster-2400.csv');
    const conference = await app.call('conference:create', {
      year: 2026,
      kind: 'extraordinary',
      trigger: { by: 'head', signatures: 0, note: '' },
    });
    for (const person of people.slice(-3)) {
      await app.call('attendance:mark', {
        conferenceId: conference.id,
        personId: person.id,
        status: 'present',
        reason: '',
      });
    }

    const preview = await app.call('documents:preview', { conferenceId: conference.id, id: 'D4' });
    expect(preview.rows).toEqual({ shown: PREVIEW_ROWS, total: 2400, unit: 'rows' });
    const previewXml = await documentXml(preview.file.base64);
    const shown = listRows(previewXml);
    expect(shown).toHaveLength(PREVIEW_ROWS);
    expect(textOf(shown[0] ?? '')).toMatch(/^1\D/);
    expect(textOf(shown.at(-1) ?? '')).toMatch(new RegExp(`^${PREVIEW_ROWS}\\D`));
    // Totals and quorum are counted over the whole list, not the rows shown.
    expect(previewXml).toContain('Tổng số: 2400 người; có mặt: 3; vắng: 0');
    expect(previewXml).toContain('Số người có mặt: 3/2400');

    const { files } = await app.call('documents:build', {
      conferenceId: conference.id,
      ids: ['D4'],
    });
    const exported = await documentXml(files[0]!.base64);
    expect(listRows(exported)).toHaveLength(2400);
    expect(exported).toContain('Tổng số: 2400 người; có mặt: 3; vắng: 0');
    // The preview's rows are the export's first rows.
    expect(listRows(exported).slice(0, PREVIEW_ROWS - 1)).toEqual(shown.slice(0, -1));
  }, 60_000);
});
