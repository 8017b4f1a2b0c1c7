import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConferenceFileSchema } from '../../../../core/domain/conferenceFile';
import { exportConference } from '../../../../electron/cli/exportConference';
import { documentBuilder } from '../../../../electron/node/documentBuilder';
import { readDocumentXml, textOf } from '../../../support/docx';
import { repoRoot, tempDir } from '../../../support/paths';

const sample = path.join(repoRoot, 'docs', 'samples', 'mau-2026.hoinghi.json');

describe('the shipped sample conference', () => {
  it('is a valid conference file that exercises the unit, roster, programme, preparation, guests and check-in', () => {
    const file = ConferenceFileSchema.parse(JSON.parse(fs.readFileSync(sample, 'utf8')));
    expect(file.people).toHaveLength(184);
    expect(file.unit.unionChairId).toBeDefined();
    // The 2024 board's term ran out (R21): the conference elected the unit's new board.
    expect(file.conference.election?.replacedBoard?.electedOn).toBe('2024-01-18');
    expect(file.inspectionBoard?.electedOn).toBe('2026-01-15');
    const { conference } = file;
    expect(conference.agenda.map((i) => i.kind)).toContain('boardElection');
    expect(conference.presidium.secretaryIds).toHaveLength(1);
    expect(conference.preparationTasks.some((t) => t.done)).toBe(true);
    expect(conference.guests).toHaveLength(2);
    expect(Object.values(conference.attendance).filter((a) => a.status === 'present')).toHaveLength(
      150,
    );
  });
});

describe('npm run export', () => {
  it('writes every document of the sample as DOCX (the election’s when it holds one)', async () => {
    const outDir = tempDir();
    const written = await exportConference({ file: sample, outDir });
    const { conference } = ConferenceFileSchema.parse(JSON.parse(fs.readFileSync(sample, 'utf8')));
    expect(written.map((f) => path.basename(f).split('-')[0]).sort()).toEqual(
      documentBuilder
        .available({ conference })
        .map((d) => d.id)
        .sort(),
    );
    for (const file of written) expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes the written-opinion route’s form and record (D9PYK, D9KQ) for a file that holds one', async () => {
    // The shipped sample reached its quorum and has no route (Điều 50.2): a copy of it with one,
    // written to a temp dir as "Lưu ra tệp" would, is exported the way a user would.
    const dir = tempDir();
    const raw = JSON.parse(fs.readFileSync(sample, 'utf8')) as {
      conference: { proceedings: Record<string, unknown> };
    };
    raw.conference.proceedings.writtenOpinions = {
      firstAttemptDate: '2026-01-15',
      secondConvocationDate: '2026-01-22',
      returnBy: '2026-01-30',
      returnTo: 'Văn phòng Công đoàn',
      formsIssued: 184,
      formsReturned: 170,
      items: [
        {
          id: 'w1',
          title: 'Quy chế chi tiêu nội bộ',
          votesFor: 120,
          votesAgainst: 40,
          votesOther: 10,
        },
      ],
    };
    const file = path.join(dir, 'tuyen-lay-y-kien.hoinghi.json');
    fs.writeFileSync(file, JSON.stringify(raw));
    const outDir = path.join(dir, 'van-ban');
    const written = await exportConference({ file, outDir });
    const names = written.map((f) => path.basename(f));
    expect(names).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^D9PYK-phieu-lay-y-kien.*\.docx$/),
        expect.stringMatching(/^D9KQ-bien-ban-tong-hop-ket-qua-lay-y-kien.*\.docx$/),
      ]),
    );
    for (const f of written.filter((w) => path.basename(w).startsWith('D9'))) {
      const xml = await readDocumentXml(new Uint8Array(fs.readFileSync(f)));
      expect(textOf(xml)).toContain('Quy chế chi tiêu nội bộ');
    }
  }, 60_000);

  it('exits non-zero with a Vietnamese message on a bad file or an unknown document, writing nothing', () => {
    const outDir = tempDir();
    const bad = path.join(outDir, 'bad.hoinghi.json');
    fs.writeFileSync(
      bad,
      JSON.stringify({
        format: 'hoi-nghi-cbccvc/conference',
        schemaVersion: 1,
        conference: { year: 'x' },
      }),
    );
    const run = (...args: string[]) =>
      spawnSync(
        process.execPath,
        [
          path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
          path.join(repoRoot, 'electron', 'cli', 'index.ts'),
          ...args,
        ],
        {
          encoding: 'utf8',
        },
      );
    const invalid = run(bad, outDir);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toMatch(/Lỗi: Nội dung tệp .* không hợp lệ/);
    expect(invalid.stderr).toMatch(/ {2}- conference\./);
    const unknown = run(sample, outDir, '--only', 'D9');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/Không có văn bản: D9/);
    expect(run().status).toBe(2);
    expect(fs.readdirSync(outDir)).toEqual(['bad.hoinghi.json']);
  }, 60_000);
});
