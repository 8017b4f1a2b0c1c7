/**
 * `npm run export -- <tệp .hoinghi.json> <thư mục> [--only D1,D4]`: the document engine without a
 * window, for scripts and for checking a file. Exit 0 with the files written, 1 with a clear message.
 */
import { CliError, exportConference } from './exportConference';

const USAGE = 'Cách dùng: npm run export -- <tệp .hoinghi.json> <thư mục xuất> [--only D1,D4]';

async function main(argv: string[]): Promise<number> {
  const onlyIndex = argv.indexOf('--only');
  const only =
    onlyIndex >= 0
      ? (argv[onlyIndex + 1] ?? '')
          .split(',')
          .map((s) => s.trim().toUpperCase())
          .filter(Boolean)
      : undefined;
  const positional =
    onlyIndex >= 0 ? argv.filter((_, i) => i !== onlyIndex && i !== onlyIndex + 1) : argv;
  const [file, outDir] = positional;
  if (!file || !outDir || (onlyIndex >= 0 && !only?.length)) {
    console.error(USAGE);
    return 2;
  }
  try {
    const written = await exportConference({
      file,
      outDir,
      ...(only ? { only } : {}),
      warn: (line) => console.warn(`Cảnh báo ${line}`),
    });
    for (const target of written) console.log(`Đã ghi ${target}`);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`Lỗi: ${error.message}`);
      for (const detail of error.details.slice(0, 20)) console.error(`  - ${detail}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
