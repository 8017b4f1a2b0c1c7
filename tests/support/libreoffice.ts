/**
 * Converting a .docx with LibreOffice the way a văn thư would open it, and reading the PDF back with
 * poppler (pdftotext, pdfinfo). Each conversion gets its own throwaway profile
 * (-env:UserInstallation) so parallel test files don't fight over one: a second soffice on a busy
 * profile exits at once without converting.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect } from 'vitest';

const run = promisify(execFile);

/** True when soffice, pdftotext and pdfinfo are on the PATH. */
export async function hasLibreOffice(): Promise<boolean> {
  try {
    await run('soffice', ['--version'], { timeout: 60_000 });
    await run('pdftotext', ['-v'], { timeout: 10_000 });
    await run('pdfinfo', ['-v'], { timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

export interface ConvertedPdf {
  pdfPath: string;
  /** The temporary folder holding the .docx and the .pdf; remove it with cleanup(). */
  dir: string;
  cleanup(): void;
}

/** Writes the bytes to a temp .docx and converts it to PDF (a few seconds; minutes for 100 pages). */
export async function docxToPdf(docx: Uint8Array, name = 'document'): Promise<ConvertedPdf> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docx-pdf-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-'));
  const docxPath = path.join(dir, `${name}.docx`);
  fs.writeFileSync(docxPath, docx);
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docxPath,
      ],
      { timeout: 180_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const pdfPath = path.join(dir, `${name}.pdf`);
  if (!fs.existsSync(pdfPath)) throw new Error(`LibreOffice wrote no PDF for ${docxPath}`);
  return { pdfPath, dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface PdfTextOptions {
  first?: number;
  last?: number;
  /**
   * 'layout' keeps columns on their line (a table row reads as one line); 'reading' follows text
   * blocks, so a table cell whose text wrapped reads as consecutive lines. (-raw is no use here:
   * glyphs drawn from a fallback font come out of order.)
   */
  mode?: 'layout' | 'reading';
}

export async function pdfText(pdfPath: string, options: PdfTextOptions = {}): Promise<string> {
  const range = [
    ...(options.first ? ['-f', String(options.first)] : []),
    ...(options.last ? ['-l', String(options.last)] : []),
  ];
  const mode = options.mode === 'reading' ? [] : ['-layout'];
  const { stdout } = await run('pdftotext', [...mode, '-enc', 'UTF-8', ...range, pdfPath, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout.normalize('NFC');
}

/**
 * The PDF's text in reading order with every run of whitespace made one space, so an expected
 * sentence is found wherever LibreOffice wrapped it.
 */
export async function flatPdfText(
  pdfPath: string,
  options: Omit<PdfTextOptions, 'mode'> = {},
): Promise<string> {
  return (await pdfText(pdfPath, { ...options, mode: 'reading' })).replace(/\s+/g, ' ');
}

export async function pdfPageCount(pdfPath: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdfPath]);
  const m = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!m) throw new Error(`pdfinfo gave no page count for ${pdfPath}`);
  return Number(m[1]);
}

/** Page width and height in points (A4 is 595 × 842). */
export async function pdfPageSize(pdfPath: string): Promise<{ width: number; height: number }> {
  const { stdout } = await run('pdfinfo', [pdfPath]);
  const m = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  if (!m) throw new Error(`pdfinfo gave no page size for ${pdfPath}`);
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** Fonts the PDF embeds (pdffonts), to check nothing fell back to another face. */
export async function pdfFonts(pdfPath: string): Promise<string[]> {
  const { stdout } = await run('pdffonts', [pdfPath]);
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/**
 * The PDFs one `describe` block converts, removed after it: call inside the block. `convert` packs
 * nothing — pass the .docx bytes.
 */
export function convertedPdfs(): {
  convert(docx: Uint8Array, name: string): Promise<ConvertedPdf>;
} {
  const converted: ConvertedPdf[] = [];
  afterAll(() => converted.forEach((c) => c.cleanup()));
  return {
    async convert(docx, name) {
      const pdf = await docxToPdf(docx, name);
      converted.push(pdf);
      return pdf;
    },
  };
}

/** Every page of the PDF is A4 portrait (595 × 842 pt), as R23 requires. */
export async function expectA4(pdfPath: string): Promise<void> {
  const size = await pdfPageSize(pdfPath);
  expect(Math.round(size.width)).toBe(595);
  expect(Math.round(size.height)).toBe(842);
}
