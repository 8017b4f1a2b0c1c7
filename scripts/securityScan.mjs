// The Electron security scan CI runs: electronegativity over electron/, failing on any finding of
// MEDIUM severity or more — except findings a person has reviewed, listed below with the reason and
// pinned to the exact code, so a new occurrence fails again.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

const root = path.resolve(import.meta.dirname, '..');
const electronVersion = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
const out = path.join(root, 'test-results', 'electronegativity.csv');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.rmSync(out, { force: true });

const REVIEWED = [
  {
    check: 'PRELOAD_JS_CHECK',
    sample: "preload: path.join(__dirname, 'preload.cjs'),",
    why: 'A reminder to review the preload, raised for every preload. Reviewed: electron/preload/index.ts exposes one invoke() that refuses channels outside core/contract.ts; main checks the sender and validates every payload.',
  },
];

const scan = spawnSync(
  'npx',
  ['electronegativity', '-i', 'electron', '-e', electronVersion, '-s', 'medium', '-r', '-o', out],
  {
    cwd: root,
    encoding: 'utf8',
  },
);
if (!fs.existsSync(out)) {
  console.error('electronegativity produced no report:', scan.stderr || scan.stdout);
  process.exit(1);
}
const { data } = Papa.parse(fs.readFileSync(out, 'utf8').trim(), {
  header: true,
  transformHeader: (h) => h.trim(),
});
const findings = data.map((row) => ({
  check: row.issue,
  severity: row.severity,
  file: row.filename,
  location: row.location,
  line: row.sample ?? '',
}));
const AT_LEAST_MEDIUM = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);
const open = findings.filter(
  (f) =>
    AT_LEAST_MEDIUM.has(f.severity) &&
    !REVIEWED.some((r) => f.check === r.check && f.line.trim() === r.sample),
);
for (const f of findings) {
  const label = open.includes(f)
    ? 'FINDING '
    : AT_LEAST_MEDIUM.has(f.severity)
      ? 'reviewed'
      : 'info    ';
  console.log(`${label} ${f.severity} ${f.check} ${f.file}:${f.location}`);
}
if (open.length > 0) {
  console.error(`${open.length} finding(s) of medium severity or more.`);
  process.exit(1);
}
console.log(
  `Electron ${electronVersion}: no open finding of medium severity or more (${findings.length} reported, none open).`,
);
