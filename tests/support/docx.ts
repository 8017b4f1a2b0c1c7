/**
 * Reading a packed .docx in tests: unzip (jszip) to the part's XML string, and small helpers to find
 * the paragraphs, runs and properties a test asserts on. Regular expressions are enough: docx writes
 * one element per run/paragraph with no pretty-printing.
 */
import JSZip from 'jszip';

export async function readDocxPart(docx: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file(part);
  if (!file) throw new Error(`${part} is not in the package`);
  return file.async('string');
}

export function readDocumentXml(docx: Uint8Array): Promise<string> {
  return readDocxPart(docx, 'word/document.xml');
}

export async function listDocxParts(docx: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(docx);
  return Object.keys(zip.files);
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/**
 * The text an XML character data stands for: the five predefined entities and numeric character
 * references ("&#34;", "&#x1EA0;"), in one pass so "&amp;lt;" stays "&lt;". Anything else is left
 * as written.
 */
export function decodeXmlText(xml: string): string {
  return xml.replace(
    /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g,
    (whole: string, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return XML_ENTITIES[name] ?? whole;
      const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/** Every `<w:p>…</w:p>` of the part, in order (paragraphs do not nest outside text boxes). */
export function paragraphs(xml: string): string[] {
  return xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
}

/** Every `<w:r>…</w:r>`. */
export function runs(xml: string): string[] {
  return xml.match(/<w:r>[\s\S]*?<\/w:r>|<w:r [\s\S]*?<\/w:r>/g) ?? [];
}

/** The text of a fragment: its w:t contents joined, entities decoded. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => decodeXmlText(m[1] ?? ''))
    .join('');
}

/** The runs whose text is exactly `text` (NFC). */
export function runsWithText(xml: string, text: string): string[] {
  const wanted = text.normalize('NFC');
  return runs(xml).filter((r) => textOf(r) === wanted);
}

/** The one run with this text; throws when there is none or more than one. */
export function runWithText(xml: string, text: string): string {
  const found = runsWithText(xml, text);
  if (found.length !== 1) throw new Error(`${found.length} runs with text "${text}"`);
  return found[0] ?? '';
}

/** The paragraph whose text is exactly `text`. */
export function paragraphWithText(xml: string, text: string): string {
  const found = paragraphs(xml).filter((p) => textOf(p) === text.normalize('NFC'));
  if (found.length !== 1) throw new Error(`${found.length} paragraphs with text "${text}"`);
  return found[0] ?? '';
}

export function isBold(run: string): boolean {
  return /<w:b\/>|<w:b w:val="(?:true|1|on)"\/>/.test(run);
}

export function isItalic(run: string): boolean {
  return /<w:i\/>|<w:i w:val="(?:true|1|on)"\/>/.test(run);
}

/** The run's size in points (w:sz is in half-points), or undefined. */
export function runSizePt(run: string): number | undefined {
  const m = /<w:sz w:val="(\d+)"\/>/.exec(run);
  return m ? Number(m[1]) / 2 : undefined;
}

/** Attributes of the first element with this tag, as a record ("w:w" → "11906"). */
export function attributesOf(xml: string, tag: string): Record<string, string> {
  const m = new RegExp(`<${tag}((?: [^>]*?)?)/?>`).exec(xml);
  if (!m) throw new Error(`<${tag}> not found`);
  return Object.fromEntries(
    [...(m[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]),
  );
}

/** Every `<w:tbl>…</w:tbl>` at the top level of the fragment (docx does not nest ours). */
export function tables(xml: string): string[] {
  return xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
}

/** Every `<w:tr>…</w:tr>` of a table, header row first. */
export function tableRows(table: string): string[] {
  return table.match(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g) ?? [];
}

/** The text of each row of a table, header row first. */
export function tableRowTexts(table: string): string[] {
  return tableRows(table).map(textOf);
}

/** The table's w:gridCol widths in twips, left to right. */
export function gridWidths(table: string): number[] {
  return [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
}

export function count(xml: string, pattern: RegExp): number {
  return (
    xml.match(
      new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`),
    ) ?? []
  ).length;
}

const FONT_SLOTS = ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'] as const;

/** The document's default run properties: `<w:rPrDefault>` of styles.xml. */
export function defaultRunProperties(styles: string): string {
  const m = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles);
  if (!m) throw new Error('no <w:rPrDefault> in styles.xml');
  return m[0];
}

/** The `<w:style>` with this id in styles.xml. */
export function styleWithId(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  if (!m) throw new Error(`style ${id} not in styles.xml`);
  return m[0];
}

/**
 * Why text in these parts might not show in `font`: the default run properties must name it in
 * all four w:rFonts slots (Vietnamese letters fall in hAnsi — anchors.md §3.1, lesson 9), and no
 * w:rFonts anywhere (styles or runs) may name another face or a theme font. Empty when all is well.
 */
export function fontProblems(
  styles: string,
  parts: readonly string[],
  font = 'Times New Roman',
): string[] {
  const problems: string[] = [];
  const defaults = /<w:rFonts [^>]*\/>/.exec(defaultRunProperties(styles))?.[0] ?? '';
  for (const slot of FONT_SLOTS) {
    if (!defaults.includes(`${slot}="${font}"`))
      problems.push(`default run: ${slot} is not ${font}`);
  }
  for (const xml of [styles, ...parts]) {
    for (const m of xml.matchAll(/<w:rFonts [^>]*\/>/g)) {
      const attrs = [...m[0].matchAll(/([\w:]+)="([^"]*)"/g)];
      for (const [, name, value] of attrs) {
        if (name?.endsWith('Theme')) problems.push(`${m[0]}: theme font`);
        else if (value !== font) problems.push(`${m[0]}: ${name} is ${value}`);
      }
    }
  }
  return problems;
}

function sizeIn(properties: string): number | undefined {
  const m = /<w:sz w:val="(\d+)"\/>/.exec(properties);
  return m ? Number(m[1]) / 2 : undefined;
}

/**
 * The size a run is shown at, in points: its own w:sz, else its paragraph style's (following
 * basedOn), else the document default. `context` is the part (or fragment) holding the run; the
 * run must sit in paragraphs that agree on the size.
 */
export function shownSizePt(run: string, context: string, styles: string): number | undefined {
  const own = runSizePt(run);
  if (own !== undefined) return own;
  const sizes = new Set(
    paragraphs(context)
      .filter((p) => p.includes(run))
      .map((p) => {
        let id = /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? 'Normal';
        for (let depth = 0; depth < 10; depth++) {
          const style = new RegExp(
            `<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`,
          ).exec(styles)?.[0];
          if (!style) break;
          const size = sizeIn(/<w:rPr>[\s\S]*?<\/w:rPr>/.exec(style)?.[0] ?? '');
          if (size !== undefined) return size;
          const base = /<w:basedOn w:val="([^"]+)"\/>/.exec(style)?.[1];
          if (!base) break;
          id = base;
        }
        return sizeIn(defaultRunProperties(styles));
      }),
  );
  if (sizes.size !== 1) throw new Error(`run in ${sizes.size} paragraph sizes: ${[...sizes]}`);
  return [...sizes][0];
}
