import fs from 'node:fs/promises';
import path from 'node:path';

function withCode(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

async function statIfExists(target: string) {
  try {
    return await fs.stat(target);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * `mkdir -p`, one level at a time from the nearest folder that exists. Node's own
 * `mkdir(…, { recursive: true })` never returns for a path under /proc on Linux (measured on Node 20:
 * it spins at 100% CPU), and a path is whatever the user typed — so the walk is done here, and a
 * missing drive or parent ends as ENOENT rather than a hang.
 */
export async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    const stat = await statIfExists(current);
    if (stat) {
      if (!stat.isDirectory()) throw withCode('ENOTDIR', `${current} is not a directory`);
      break;
    }
    const parent = path.dirname(current);
    // The root itself is missing: a drive letter that is not there (Z:\ with no Z:).
    if (parent === current) throw withCode('ENOENT', `${current} does not exist`);
    missing.unshift(current);
    current = parent;
  }
  for (const folder of missing) {
    try {
      await fs.mkdir(folder);
    } catch (error) {
      // Created meanwhile by someone else: fine, as long as it is a folder.
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
      if (!(await fs.stat(folder)).isDirectory()) {
        throw withCode('ENOTDIR', `${folder} is not a directory`);
      }
    }
  }
}
