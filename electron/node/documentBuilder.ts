import JSZip from 'jszip';
import type { DocumentBuilder } from '../../core/service/ports';
import { availableDocuments, DOCUMENTS } from '../../templates/documents/registry';
import { packDocx } from './packDocx';

/**
 * The edge where documents become files: templates build them from the shared context, docx packs
 * them. One at a time, so a 2,400-person list never holds every document in memory at once.
 */
export const documentBuilder: DocumentBuilder = {
  available: () => availableDocuments().map(({ id, name }) => ({ id, name })),
  async build(ctx, ids) {
    const files = [];
    for (const id of ids) {
      const entry = DOCUMENTS[id];
      if (!entry) continue;
      const buffer = await packDocx(entry.build(ctx));
      files.push({
        id,
        fileName: `${entry.fileStem}-${ctx.conference.year}.docx`,
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
};
