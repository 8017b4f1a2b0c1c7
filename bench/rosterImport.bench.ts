import fs from 'node:fs';
import { importRosterFixture, startService } from '../tests/support/service';
import { benchDataDir } from './benchSetup';
import { report } from './stats';

/**
 * End to end as the app does it: the file's bytes cross the boundary as base64, the Node side reads
 * the grid, core detects the header, builds the preview and the diff, applies it, and the roster is
 * written to disk.
 */
export async function benchRosterImport(runs = 7) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const app = startService(benchDataDir());
    const started = performance.now();
    const people = await importRosterFixture(app, 'roster-2400.xlsx', 'deactivate');
    await app.storage.flush();
    samples.push(performance.now() - started);
    if (people.length !== 2400) throw new Error('expected 2400 people');
    fs.rmSync(app.dataDir, { recursive: true, force: true });
  }
  return report('Import roster-2400.xlsx end to end (read → preview → save)', samples, 1500);
}
