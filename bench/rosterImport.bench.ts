import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createNodeService } from '../electron/node/createNodeService';
import { dispatch } from '../core/service/dispatch';
import { detectHeader } from '../core/domain/rosterImport';
import { report } from './stats';

const fixture = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  'shared',
  'fixtures',
  'roster-2400.xlsx',
);

/**
 * End to end as the app does it: the file's bytes cross the boundary as base64, the Node side reads
 * the grid, core detects the header, builds the preview and the diff, applies it, and the roster is
 * written to disk.
 */
export async function benchRosterImport(runs = 7) {
  const base64 = fs.readFileSync(fixture).toString('base64');
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoinghi-bench-'));
    const { handlers, storage } = createNodeService({ dataDir, mode: 'browser' });
    const started = performance.now();
    const read = await dispatch(handlers, 'roster:read', { fileName: 'roster-2400.xlsx', base64 });
    if (!read.ok) throw new Error(read.error.message);
    const { grid } = read.data as { grid: string[][] };
    const detected = detectHeader(grid);
    if (!detected) throw new Error('no header');
    const mapping = Object.fromEntries(Object.entries(detected.mapping).map(([k, v]) => [k, v]));
    const applied = await dispatch(handlers, 'roster:apply', {
      grid,
      headerRow: detected.headerRow,
      mapping,
      goneAction: 'deactivate',
    });
    if (!applied.ok) throw new Error(applied.error.message);
    await storage.flush();
    samples.push(performance.now() - started);
    if ((applied.data as { added: number }).added !== 2400) throw new Error('expected 2400 people');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return report('Import roster-2400.xlsx end to end (read → preview → save)', samples, 1500);
}
