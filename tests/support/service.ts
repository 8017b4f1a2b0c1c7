import fs from 'node:fs';
import path from 'node:path';
import { createNodeService, type NodeService } from '../../electron/node/createNodeService';
import { dispatch } from '../../core/service/dispatch';
import type { Channel, ChannelInput, ChannelOutput } from '../../core/contract';
import type { Conference } from '../../core/domain/conference';
import type { Person } from '../../core/domain/person';
import { detectHeader } from '../../core/domain/rosterImport';
import { repoRoot, sharedFixture, tempDir } from './paths';

export interface TestApp extends NodeService {
  dataDir: string;
  /** Calls through the same door the transports use; throws with the Vietnamese message on failure. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

export function startService(dataDir = tempDir(), now?: () => Date): TestApp {
  const service = createNodeService({ dataDir, mode: 'browser', ...(now ? { now } : {}) });
  return {
    ...service,
    dataDir,
    async call(channel, input) {
      const result = await dispatch(service.handlers, channel, input);
      if (!result.ok)
        throw new Error(
          `${result.error.code}: ${result.error.message} ${result.error.issues.join('; ')}`,
        );
      return result.data as never;
    },
  };
}

/**
 * Imports a roster of ../shared/fixtures the way the import wizard does: read, columns as detected,
 * applied. Returns the roster after the import.
 */
export async function importRosterFixture(
  app: TestApp,
  fileName: string,
  goneAction: ChannelInput<'roster:apply'>['goneAction'] = 'keep',
): Promise<Person[]> {
  const base64 = fs.readFileSync(sharedFixture(fileName)).toString('base64');
  const { grid } = await app.call('roster:read', { fileName, base64 });
  const detected = detectHeader(grid);
  if (!detected) throw new Error(`${fileName}: no header`);
  const { people } = await app.call('roster:apply', {
    grid,
    headerRow: detected.headerRow,
    mapping: detected.mapping,
    goneAction,
  });
  return people;
}

/** Opens the shipped sample conference (docs/samples) as "Mở hội nghị mẫu" does. */
export async function openSample(app: TestApp): Promise<Conference> {
  const text = fs.readFileSync(
    path.join(repoRoot, 'docs', 'samples', 'mau-2026.hoinghi.json'),
    'utf8',
  );
  return (await app.call('conference:importFile', { fileName: 'mau-2026.hoinghi.json', text }))
    .conference;
}
