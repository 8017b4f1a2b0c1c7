/**
 * Packing a built document the way the app saves it (packDocx) and reading back the parts the
 * template tests assert on, so each test file does not repeat the pack-then-unzip preamble.
 */
import type { Document } from 'docx';
import { packDocx } from '../../electron/node/packDocx';
import { readDocumentXml, readDocxPart } from './docx';

export interface PackedDocument {
  docx: Uint8Array;
  /** word/document.xml */
  xml: string;
  /** word/styles.xml */
  styles: string;
}

export async function packedDocument(document: Document): Promise<PackedDocument> {
  const docx = await packDocx(document);
  return {
    docx,
    xml: await readDocumentXml(docx),
    styles: await readDocxPart(docx, 'word/styles.xml'),
  };
}

/** word/document.xml of the packed document (e.g. to compare a registry build with a direct one). */
export async function packedDocumentXml(document: Document): Promise<string> {
  return readDocumentXml(await packDocx(document));
}
