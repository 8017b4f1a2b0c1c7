import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { ConferenceFileSchema } from '../core/domain/conferenceFile';
import { ProceedingsSchema } from '../core/domain/proceedings';
import { ResolutionSchema } from '../core/domain/resolution';
import { detectHeader, buildImportPreview, applyRosterImport } from '../core/domain/rosterImport';
import type { DocumentContext } from '../core/documents/documentContext';
import { ruleSet } from '../core/rules/ruleSets';
import { newId } from '../core/domain/ids';
import { documentBuilder } from '../electron/node/documentBuilder';
import { readRosterGrid } from '../electron/node/readRosterGrid';
import { repoRoot, sharedFixture } from '../tests/support/paths';
import { report } from './stats';

/** The sample conference with its roster replaced by roster-2400, everyone checked in. */
export async function context2400(): Promise<DocumentContext> {
  const sample = ConferenceFileSchema.parse(
    JSON.parse(fs.readFileSync(path.join(repoRoot, 'docs/samples/mau-2026.hoinghi.json'), 'utf8')),
  );
  const bytes = fs.readFileSync(sharedFixture('roster-2400.xlsx'));
  const grid = await readRosterGrid(new Uint8Array(bytes), 'roster-2400.xlsx');
  const detected = detectHeader(grid);
  if (!detected) throw new Error('no header');
  const people = applyRosterImport(
    [],
    buildImportPreview(grid, detected.headerRow, detected.mapping, []),
    { goneAction: 'keep' },
    newId,
  );
  const at = '2026-01-15T01:00:00.000Z';
  const attendance = Object.fromEntries(
    people.slice(0, 2000).map((p) => [p.id, { status: 'present' as const, reason: '', at }]),
  );
  return {
    unit: sample.unit,
    people,
    conference: {
      ...sample.conference,
      attendance,
      agenda: sample.conference.agenda,
      presidium: { presidiumIds: [], secretaryIds: [] },
      // The preparation documents only; the election's are timed in electionDocuments.bench.ts,
      // the day's (the sample holds a completed one) in minutesDocument.bench.ts.
      election: undefined,
      proceedings: ProceedingsSchema.parse({}),
      resolution: ResolutionSchema.parse({}),
    },
    rules: ruleSet(sample.unit.ruleSetId),
    inspectionBoard: sample.inspectionBoard,
    today: '2026-01-10',
  };
}

/** Build + pack, as the Documents tab and `npm run export` do; one document, then all of them. */
export async function benchDocuments(runs = 5) {
  const ctx = await context2400();
  // The documents of this conference (no election in it: the preparation documents).
  const ids = documentBuilder.available(ctx).map((d) => d.id);
  const results = [];
  for (const id of ids) {
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      await documentBuilder.build(ctx, [id]);
      samples.push(performance.now() - started);
    }
    results.push(report(`Document ${id} for 2,400 people (build + pack)`, samples, 300));
  }
  const all: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await documentBuilder.build(ctx, ids);
    all.push(performance.now() - started);
  }
  results.push(report(`All ${ids.length} preparation documents for 2,400 people`, all, 3000));
  // Packing is synchronous: the longest stretch the event loop is held is how long a check-in
  // request arriving during "Tải tất cả" can wait (the service answers nothing else meanwhile).
  const blocked: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const histogram = monitorEventLoopDelay({ resolution: 5 });
    histogram.enable();
    await documentBuilder.build(ctx, ids);
    await new Promise((resolve) => setTimeout(resolve, 10));
    histogram.disable();
    blocked.push(histogram.max / 1e6);
  }
  results.push(report(`Longest event-loop block while building all ${ids.length}`, blocked, 300));
  return results;
}
