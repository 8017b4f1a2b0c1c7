/**
 * Draws the first page of every document of the sample conference as a PNG beside it
 * (docs/samples/<file stem>.png), the way a văn thư would see it: `npm run export`'s own code writes
 * the DOCX files, LibreOffice converts them to PDF, poppler's pdftoppm draws page 1 at 60 dpi
 * (an A4 page is 497 × 702 px). Run after `npm run sample`: `npm run sample:pictures`. Needs
 * soffice and pdftoppm (scripts/checkSystem.mjs installs them).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportConference } from '../electron/cli/exportConference';

// The sample happens in Hà Nội: item times in D14 are read on this computer's clock.
process.env.TZ = 'Asia/Ho_Chi_Minh';

const root = path.resolve(import.meta.dirname, '..');
const samples = path.join(root, 'docs', 'samples');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hoinghi-pictures-'));
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-'));

try {
  // Dated the day of the board's first meeting, the sample's last record, not the day the
  // pictures are drawn, so redrawing them changes nothing that did not change.
  const written = await exportConference({
    file: path.join(samples, 'mau-2026.hoinghi.json'),
    outDir: work,
    today: new Date('2026-01-20T16:00:00+07:00'),
  });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      ...written,
    ],
    { stdio: 'ignore', timeout: 600_000 },
  );
  for (const docx of written) {
    // "D13-bien-ban-kiem-phieu-2026.docx" → "D13-bien-ban-kiem-phieu": the year is the sample's.
    const stem = path.basename(docx, '.docx').replace(/-\d{4}$/, '');
    const pdf = docx.replace(/\.docx$/, '.pdf');
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${docx}`);
    const png = path.join(work, stem);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
    fs.copyFileSync(`${png}.png`, path.join(samples, `${stem}.png`));
    console.log(`Đã vẽ docs/samples/${stem}.png`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(profile, { recursive: true, force: true });
}
