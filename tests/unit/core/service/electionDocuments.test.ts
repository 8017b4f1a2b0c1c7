/**
 * The service offers the election documents only to a conference that holds an election (and the
 * count's documents once a round is locked): documents:list, the zip of every document and the
 * build of one. The conference is the shipped sample with the roster-184 election of the document
 * tests imported into it, ids mapped by roster number.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Election } from '../../../../core/domain/election';
import { repoRoot } from '../../../support/paths';
import { startService, type TestApp } from '../../../support/service';
import { lockedElection, people } from '../documents/electionContext.fixture';

const ELECTION_IDS = ['D10', 'D11', 'D12', 'D13', 'D16', 'D17'];

const sampleText = fs.readFileSync(
  path.join(repoRoot, 'docs', 'samples', 'mau-2026.hoinghi.json'),
  'utf8',
);

/**
 * The sample with the fixture's election in place of its own, person ids replaced by the sample's
 * (same roster numbers); undefined: the sample without any election.
 */
function sampleWithElection(election: Election | undefined): string {
  const sample = JSON.parse(sampleText) as {
    people: { id: string; rosterNo: number }[];
    conference: Record<string, unknown>;
  };
  const byNo = new Map(sample.people.map((p) => [p.rosterNo, p.id]));
  const ids = new Map(people.map((p) => [p.id, byNo.get(p.rosterNo) ?? p.id]));
  if (election) {
    sample.conference.election = JSON.parse(JSON.stringify(election), (_key, value: unknown) =>
      typeof value === 'string' && ids.has(value) ? ids.get(value) : value,
    ) as unknown;
  } else {
    delete sample.conference.election;
  }
  return JSON.stringify(sample);
}

async function importSample(app: TestApp, election: Election | undefined): Promise<string> {
  const { conference } = await app.call('conference:importFile', {
    fileName: 'mau-2026.hoinghi.json',
    text: sampleWithElection(election),
  });
  return conference.id;
}

describe('election documents in the service', () => {
  it('lists only the preparation documents for a conference without an election', async () => {
    const app = startService(undefined, () => new Date('2026-01-10T03:00:00Z'));
    const id = await importSample(app, undefined);
    const listed = (await app.call('documents:list', { conferenceId: id })).map((d) => d.id);
    expect(listed).toEqual(expect.arrayContaining(['D1', 'D2', 'D3', 'D4', 'D5']));
    for (const election of ELECTION_IDS) expect(listed).not.toContain(election);
  });

  it('lists, numbers and zips D10–D13, D16 and D17 once the count is locked', async () => {
    const app = startService(undefined, () => new Date('2026-01-10T03:00:00Z'));
    const id = await importSample(app, lockedElection());
    const listed = await app.call('documents:list', { conferenceId: id });
    expect(listed.map((d) => d.id)).toEqual(expect.arrayContaining(['D1', 'D5', ...ELECTION_IDS]));
    expect(listed.filter((d) => d.numbered).map((d) => d.id)).toEqual(
      expect.arrayContaining(['D10', 'D13', 'D16', 'D17']),
    );
    expect(listed.find((d) => d.id === 'D12')?.numbered).toBe(false);
    expect(await app.call('documents:issueNumber', { conferenceId: id, id: 'D16' })).toEqual({
      numberText: 'Số: 01/QĐ-CĐCS',
    });

    const zip = await app.call('documents:buildZip', { conferenceId: id });
    const names = Object.keys((await JSZip.loadAsync(Buffer.from(zip.base64, 'base64'))).files);
    expect(names).toEqual(
      expect.arrayContaining([
        'D10-to-trinh-bau-ban-thanh-tra-nhan-dan-2026.docx',
        'D12-phieu-bau-2026.docx',
        'D13-bien-ban-kiem-phieu-2026.docx',
        'D16-quyet-dinh-cong-nhan-ket-qua-bau-2026.docx',
        'D17-bien-ban-hop-ban-thanh-tra-lan-thu-nhat-2026.docx',
      ]),
    );
    expect(names).toHaveLength(listed.length);

    const { files } = await app.call('documents:build', { conferenceId: id, ids: ['D16'] });
    const xml = await (
      await JSZip.loadAsync(Buffer.from(files[0]?.base64 ?? '', 'base64'))
    )
      .file('word/document.xml')
      ?.async('string');
    expect(xml).toContain('Số: 01/QĐ-CĐCS');
    expect(xml).toContain('Bùi Đình An');
  });

  it('offers D10–D12 while the first round is not locked yet', async () => {
    const app = startService();
    const counting = lockedElection();
    const round = counting.rounds[0];
    if (round) delete round.locked;
    const id = await importSample(app, counting);
    const listed = (await app.call('documents:list', { conferenceId: id })).map((d) => d.id);
    expect(listed).toContain('D12');
    expect(listed).not.toContain('D13');
    expect(listed).not.toContain('D16');
  });
});
