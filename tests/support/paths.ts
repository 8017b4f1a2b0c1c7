import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** ../shared/fixtures beside the clone (developers' machines and CI lay it out the same way). */
export function sharedFixture(name: string): string {
  const file = path.resolve(repoRoot, '..', 'shared', 'fixtures', name);
  if (!fs.existsSync(file)) throw new Error(`Fixture not found: ${file}`);
  return file;
}

export function ownFixture(...parts: string[]): string {
  return path.join(repoRoot, 'tests', 'fixtures', ...parts);
}

export function tempDir(prefix = 'hoinghi-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
