/**
 * The only place a document is packed into a .docx file: templates build a docx Document and never
 * pack it, because Packer.toBuffer needs Node's Buffer (it fails in the renderer, docx #2422).
 */
import { Packer, type Document } from 'docx';

export async function packDocx(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document);
}
