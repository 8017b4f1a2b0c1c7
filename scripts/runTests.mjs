// Runs every suite (Vitest, then Playwright), each to the end even when the other fails, and prints
// one plain line `N passed, N failed` that sums them — the line CI reads. Exit code 1 on any failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });

function run(label, args) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(path.join(results, file), 'utf8'));
  } catch {
    return undefined;
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;

fs.rmSync(path.join(results, 'vitest.json'), { force: true });
const unitStatus = run('Vitest (unit, documents)', ['vitest', 'run']);
const unit = readJson('vitest.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
// A suite that crashed before reporting counts as a failure, never as nothing.
if (unitStatus !== 0) exitCode = 1;
if (unitStatus !== 0 && (!unit || unit.numFailedTests === 0)) totals.failed += 1;

fs.rmSync(path.join(results, 'playwright.json'), { force: true });
const e2eStatus = run('Playwright (e2e, browser mode)', ['playwright', 'test']);
const e2e = readJson('playwright.json');
if (e2e) {
  totals.passed += e2e.stats.expected + e2e.stats.flaky;
  totals.failed += e2e.stats.unexpected;
  totals.skipped += e2e.stats.skipped;
}
if (e2eStatus !== 0) exitCode = 1;
if (e2eStatus !== 0 && (!e2e || e2e.stats.unexpected === 0)) totals.failed += 1;

fs.writeFileSync(path.join(results, 'summary.json'), JSON.stringify(totals));
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode);
