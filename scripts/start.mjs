// `npm start`: the desktop app where Electron can run; otherwise browser mode, said in one line.
// `npm run web` (--web): browser mode directly.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildAll } from './build.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const webOnly = args.includes('--web');
const passThrough = args.filter((a) => a !== '--web');

/** Rebuild when any source is newer than the last build (a fresh clone always builds). */
function needsBuild() {
  const stamp = path.join(root, 'dist', '.built');
  if (!fs.existsSync(stamp)) return true;
  const built = fs.statSync(stamp).mtimeMs;
  const newer = (dir) =>
    fs.existsSync(dir) &&
    fs.readdirSync(dir, { withFileTypes: true }).some((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? newer(p) : fs.statSync(p).mtimeMs > built;
    });
  return ['core', 'templates', 'electron', 'renderer', 'docs/huong-dan', 'docs/samples'].some((d) =>
    newer(path.join(root, d)),
  );
}

/** Path of the Electron binary, fetching it once with electron's own install.js where the network allows. */
function electronBinary() {
  const pkg = path.join(root, 'node_modules', 'electron');
  if (!fs.existsSync(pkg)) return undefined;
  const pathFile = path.join(pkg, 'path.txt');
  const resolve = () => {
    if (!fs.existsSync(pathFile)) return undefined;
    const binary = path.join(pkg, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
    return fs.existsSync(binary) ? binary : undefined;
  };
  if (resolve()) return resolve();
  console.log('Đang tải Electron lần đầu (chỉ một lần)…');
  const result = spawnSync(process.execPath, [path.join(pkg, 'install.js')], {
    cwd: pkg,
    stdio: 'ignore',
    timeout: 120_000,
  });
  return result.status === 0 ? resolve() : undefined;
}

function canShowWindow() {
  return (
    process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
  );
}

if (needsBuild()) await buildAll({ quiet: true });

const electron = webOnly ? undefined : electronBinary();
if (electron && canShowWindow()) {
  const child = spawn(electron, [path.join(root, 'dist', 'electron', 'main.cjs'), ...passThrough], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!webOnly) {
    console.log(
      electron
        ? 'Không có màn hình để mở cửa sổ Electron — chạy ở chế độ trình duyệt.'
        : 'Không có Electron (không tải được tệp chạy) — chạy ở chế độ trình duyệt.',
    );
  }
  const child = spawn(
    process.execPath,
    [path.join(root, 'dist', 'electron', 'host.mjs'), ...passThrough],
    { stdio: 'inherit' },
  );
  const stop = (signal) => child.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
