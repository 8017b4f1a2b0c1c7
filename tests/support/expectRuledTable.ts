/**
 * A ruled table as the templates lay it out (lesson 9): fixed layout, explicit column widths that
 * sum to the text width, and a header row repeated on every page.
 */
import { expect } from 'vitest';
import { CONTENT_WIDTH_TWIPS } from '../../templates/blocks/pageSetup';
import { gridWidths, tables } from './docx';

/** The table holding `header`, checked to be ruled with `columns` columns; returned for more. */
export function expectRuledTable(xml: string, header: string, columns: number): string {
  const table = tables(xml).find((t) => t.includes(header)) ?? '';
  expect(table).toContain('<w:tblLayout w:type="fixed"/>');
  const grid = gridWidths(table);
  expect(grid).toHaveLength(columns);
  expect(grid.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH_TWIPS);
  expect(table).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(?:true|1)"\/>/);
  return table;
}
