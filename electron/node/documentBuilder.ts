import { setImmediate as nextTurn } from 'node:timers/promises';
import JSZip from 'jszip';
import type { DocumentBuilder } from '../../core/service/ports';
import { availableDocuments, DOCUMENTS } from '../../templates/documents/registry';
import { packDocx } from './packDocx';

/**
 * The edge where documents become files: templates build them from the shared context, docx packs
 * them. One at a time, so a 2,400-person list never holds every document in memory at once.
 *
 * Packing is synchronous work (docx writes and zips in one go): between two documents the event
 * loop gets a turn, so a check-in request that arrives during "Tải tất cả" waits for one document
 * (D4 of 2,400: ~0.3 s), not for all five (docs/performance.md).
 */
export const documentBuilder: DocumentBuilder = {
  available: (ctx) => availableDocuments(ctx).map(({ id, name }) => ({ id, name })),
  async build(ctx, ids) {
    const files = [];
    for (const [i, id] of ids.entries()) {
      const entry = DOCUMENTS[id];
      if (!entry) continue;
      if (i > 0) await nextTurn();
      const buffer = await packDocx(entry.build(ctx));
      files.push({
        id,
        fileName: fileNameOf(entry.fileStem, ctx.conference.year),
        base64: buffer.toString('base64'),
      });
    }
    return files;
  },
  async zip(files) {
    const zip = new JSZip();
    for (const file of files) zip.file(file.fileName, file.base64, { base64: true });
    return zip.generateAsync({ type: 'base64', compression: 'DEFLATE' });
  },
  fileName(id, year) {
    const entry = DOCUMENTS[id];
    return entry ? fileNameOf(entry.fileStem, year) : undefined;
  },
};

function fileNameOf(fileStem: string, year: number): string {
  return `${fileStem}-${year}.docx`;
}
