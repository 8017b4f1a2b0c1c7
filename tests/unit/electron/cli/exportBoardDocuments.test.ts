/**
 * `npm run export` and the Ban TTND's documents (D22): written for each one's latest record, with
 * what a document could not print as it should told on the way (a notice short of the 5 working
 * days of Nghị định 59/2023/NĐ-CP Điều 22.1.b), and a document asked for without its record
 * refused in Vietnamese, writing nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError, exportConference } from '../../../../electron/cli/exportConference';
import { repoRoot, tempDir } from '../../../support/paths';

const sample = path.join(repoRoot, 'docs', 'samples', 'mau-2026.hoinghi.json');

interface BoardOfSample {
  conference: {
    followUp: {
      board: { inspections: { notifiedOn?: string }[]; recommendations: unknown[] };
    };
  };
}

/** The sample changed by `change`, written to a temp dir as "Lưu ra tệp" would. */
function sampleWith(change: (raw: BoardOfSample) => void): string {
  const raw = JSON.parse(fs.readFileSync(sample, 'utf8')) as BoardOfSample;
  change(raw);
  const file = path.join(tempDir(), 'ban-ttnd.hoinghi.json');
  fs.writeFileSync(file, JSON.stringify(raw));
  return file;
}

describe('npm run export and the Ban TTND’s documents (D22)', () => {
  it('writes the plan of an inspection notified too late, and says why its notice is blank', async () => {
    // Notified Thursday 12/03 for Monday 16/03: 2 working days ahead.
    const file = sampleWith((raw) => {
      raw.conference.followUp.board.inspections[0]!.notifiedOn = '2026-03-12';
    });
    const warnings: string[] = [];
    const written = await exportConference({
      file,
      outDir: path.join(path.dirname(file), 'out'),
      only: ['D22KH', 'D22CT'],
      today: new Date('2026-07-20T03:00:00Z'),
      warn: (line) => warnings.push(line),
    });
    expect(written.map((f) => path.basename(f))).toEqual([
      'D22KH-ke-hoach-kiem-tra-giam-sat-2026.docx',
      'D22CT-chuong-trinh-cong-tac-ban-thanh-tra-nhan-dan-2026.docx',
    ]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^D22KH: Thông báo cho đối tượng kiểm tra ngày 12\/03\/2026, chỉ trước 2 ngày làm việc/,
    );
    expect(warnings[1]).toMatch(/^D22KH: Kế hoạch \(D22KH\) để trống ngày thông báo/);
  });

  it('refuses a document the board has no record for, writing nothing', async () => {
    const file = sampleWith((raw) => {
      raw.conference.followUp.board.recommendations = [];
    });
    const outDir = path.join(path.dirname(file), 'out');
    await expect(exportConference({ file, outDir, only: ['D22KN'] })).rejects.toThrow(CliError);
    await expect(exportConference({ file, outDir, only: ['D22KN'] })).rejects.toThrow(
      'Ban Thanh tra nhân dân chưa có kiến nghị nào: chưa lập được văn bản D22KN.',
    );
    expect(fs.existsSync(outDir)).toBe(false);
  });
});
