/**
 * dataTable writes its body rows from one prepared row per shape (templates/blocks/table.ts,
 * ShapedRows) and only its last row the ordinary docx way. The two must give the same XML: the last
 * row, with the same texts and without its keepNext, is the reference each shaped row is checked
 * against — escaping, NFC, empty cells, sizes and alignment included.
 */
import { Document } from 'docx';
import { describe, expect, it } from 'vitest';
import { dataTable, type DataColumn } from '../../../templates/blocks/table';
import { tables, tableRows } from '../../support/docx';
import { packedDocumentXml } from '../../support/packedDocument';

const columns: readonly DataColumn[] = [
  { header: 'STT', width: 700, align: 'center' },
  { header: 'Họ và tên', width: 3000 },
  { header: 'Đơn vị', width: 3000 },
  { header: 'Số tiền', width: 1500, align: 'right' },
];

const SAMPLES: readonly (readonly string[])[] = [
  ['1', 'Nguyễn Thị Phương Thảo', 'Văn phòng', '1.500.000'],
  // Empty cells have no run, so this row has another shape.
  ['2', 'Lê Văn An', '', ''],
  // Escaped characters, decomposed (NFD) tone marks, leading and double spaces, a short row.
  ['3', '  Trần  <Bình> & "Ân"', 'Phòng Tổ chức – Cán bộ'.normalize('NFD')],
];

async function bodyRows(rows: readonly (readonly string[])[], options = {}): Promise<string[]> {
  const document = new Document({
    sections: [{ children: [dataTable({ columns, rows, ...options })] }],
  });
  const table = tables(await packedDocumentXml(document))[0] ?? '';
  const all = tableRows(table);
  return all.slice(1);
}

describe('dataTable body rows', () => {
  for (const [name, options] of [
    ['default size', {}],
    ['another size and a minimum height', { sizePt: 12, minRowHeight: 454 }],
  ] as const) {
    it(`are the XML docx writes for the same row, texts substituted (${name})`, async () => {
      for (const sample of SAMPLES) {
        // The sample as a shaped row (first) and as the docx-built last row.
        const [shaped, , last] = await bodyRows([sample, ['x', 'y', 'z', 'w'], sample], options);
        expect(last).toContain('<w:keepNext/>');
        expect(shaped).toBe(last?.replace(/<w:keepNext\/>/g, ''));
      }
    });
  }

  it('keeps every text in its own row and cell, in order', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => [
      String(i + 1),
      `Người ${i + 1}`,
      i % 3 ? `Phòng ${i}` : '',
      '',
    ]);
    const written = await bodyRows(rows);
    expect(written).toHaveLength(50);
    written.forEach((row, i) => {
      const texts = [...row.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
      expect(texts).toEqual(rows[i]?.filter(Boolean));
    });
  });
});
