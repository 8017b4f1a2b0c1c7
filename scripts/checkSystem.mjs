// First step of `npm test`: the tools the tests need beyond npm. Running as root on Debian/Ubuntu,
// missing ones are installed with apt; otherwise this prints the one command to run and stops.
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const NEEDS = [
  {
    what: 'Chromium (e2e tests)',
    present: () => exists('/usr/bin/chromium') || Boolean(process.env.CHROMIUM_PATH),
    pkg: 'chromium',
  },
  {
    what: 'LibreOffice Writer (DOCX → PDF)',
    present: () => onPath('soffice'),
    pkg: 'libreoffice-writer-nogui',
  },
  {
    what: 'Liberation fonts (Times New Roman metrics)',
    present: () => exists('/usr/share/fonts/truetype/liberation'),
    pkg: 'fonts-liberation',
  },
  {
    // Liberation 2 has the Vietnamese letters (ơ, ư, ộ…) that 1.07 lacks; without it LibreOffice
    // draws them in DejaVu and the PDFs the tests read wrap differently from Word.
    what: 'Liberation 2 fonts (Vietnamese glyphs)',
    present: () => exists('/usr/share/fonts/truetype/liberation2'),
    pkg: 'fonts-liberation2',
  },
  {
    what: 'poppler (pdftotext, pdftoppm)',
    present: () => onPath('pdftotext'),
    pkg: 'poppler-utils',
  },
];

function exists(path) {
  return fs.existsSync(path);
}
function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const missing = NEEDS.filter((n) => !n.present());
if (missing.length === 0) process.exit(0);
const packages = missing.map((n) => n.pkg).join(' ');
const command = `apt-get update && apt-get install -y --no-install-recommends ${packages}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !onPath('apt-get')) {
  console.error(
    `Thiếu: ${missing.map((n) => n.what).join(', ')}.\nHãy chạy (quyền root):\n  sudo ${command}`,
  );
  process.exit(1);
}
console.log(`Đang cài ${packages} …`);
execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
