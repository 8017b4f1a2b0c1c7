/**
 * Packing a built document the way the app saves it (packDocx) and reading back the parts the
 * template tests assert on, so each test file does not repeat the pack-then-unzip preamble.
 */
import type { Document } from 'docx';
import type { DocumentContext, DocumentId } from '../../core/documents/documentContext';
import { DOCUMENTS } from '../../templates/documents/registry';
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

/** A registered document built from `ctx` and packed as the Văn bản tab saves it. */
export async function registryDocx(id: DocumentId, ctx: DocumentContext): Promise<Uint8Array> {
  const entry = DOCUMENTS[id];
  if (!entry) throw new Error(`${id} is not registered`);
  return packDocx(entry.build(ctx));
}

/** Each registered document's word/document.xml, and the styles they share (documentStyles). */
export async function registryXml(
  ids: readonly DocumentId[],
  ctx: DocumentContext,
): Promise<{ xml: Partial<Record<DocumentId, string>>; styles: string }> {
  const xml: Partial<Record<DocumentId, string>> = {};
  let styles = '';
  for (const id of ids) {
    const docx = await registryDocx(id, ctx);
    xml[id] = await readDocumentXml(docx);
    if (!styles) styles = await readDocxPart(docx, 'word/styles.xml');
  }
  return { xml, styles };
}
