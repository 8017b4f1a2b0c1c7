// Builds everything `npm start` runs: the renderer with Vite, the Electron and Node entries with
// esbuild, and copies the user guide next to the renderer so both modes serve it offline.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');

export async function buildAll({ quiet = false } = {}) {
  const started = Date.now();
  await viteBuild({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: quiet ? 'warn' : 'info',
  });
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    absWorkingDir: root,
  };
  await Promise.all([
    // Electron main and preload: CommonJS, everything bundled but electron itself (electron-store and
    // conf are ESM-only; a sandboxed preload cannot require node_modules at all).
    esbuild({
      ...common,
      entryPoints: ['electron/main/index.ts'],
      outfile: 'dist/electron/main.cjs',
      format: 'cjs',
      external: ['electron'],
    }),
    esbuild({
      ...common,
      entryPoints: ['electron/preload/index.ts'],
      outfile: 'dist/electron/preload.cjs',
      format: 'cjs',
      external: ['electron'],
    }),
    // Browser-mode host: one file loads faster than hundreds of small modules (cold start is a
    // measured goal). exceljs stays external: it is loaded lazily, only when a roster is imported.
    esbuild({
      ...common,
      entryPoints: ['electron/host/index.ts'],
      outfile: 'dist/electron/host.mjs',
      format: 'esm',
      external: ['exceljs'],
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
    }),
  ]);
  const guide = path.join(root, 'docs', 'huong-dan');
  if (fs.existsSync(guide))
    fs.cpSync(guide, path.join(dist, 'renderer', 'huong-dan'), { recursive: true });
  // The sample conference a newcomer opens from the start screen ("Mở hội nghị mẫu").
  fs.mkdirSync(path.join(dist, 'renderer', 'samples'), { recursive: true });
  fs.copyFileSync(
    path.join(root, 'docs', 'samples', 'mau-2026.hoinghi.json'),
    path.join(dist, 'renderer', 'samples', 'mau-2026.hoinghi.json'),
  );
  fs.writeFileSync(path.join(dist, '.built'), new Date().toISOString());
  if (!quiet) console.log(`Đã build trong ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAll();
}
