/**
 * The page setup every NĐ 30/2020 document shares (R23): A4 portrait in document.xml's section
 * properties, with the margins the test names — by default the full NĐ 30 set.
 */
import { expect } from 'vitest';
import { attributesOf } from './docx';

/** 20 mm top and bottom, 30 mm left, 15 mm right (NĐ 30/2020 Phụ lục I), in twips. */
export const ND30_MARGINS: Readonly<Record<string, string>> = {
  'w:top': '1134',
  'w:bottom': '1134',
  'w:left': '1701',
  'w:right': '851',
};

/** w:pgSz is A4 (11906 × 16838 twips) and w:pgMar has at least these attributes. */
export function expectA4Page(
  xml: string,
  margins: Readonly<Record<string, string>> = ND30_MARGINS,
): void {
  expect(attributesOf(xml, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
  expect(attributesOf(xml, 'w:pgMar')).toMatchObject(margins);
}
