/**
 * Vietnamese text at the boundary: NFC normalisation, accent-folding for search, and the
 * given-name-first sort every Vietnamese list uses (ARCHITECTURE.md, "Vietnamese text").
 */

/** NFC, trimmed, inner runs of white space (incl. non-breaking) folded to one space. */
export function normalizeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

/**
 * Lower-case, accents removed, đ → d. NFD does not decompose đ/Đ (it is its own letter), so it is
 * mapped by hand; otherwise "Đặng" would never match a search for "dang".
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export interface NameParts {
  family: string;
  middle: string;
  given: string;
}

/** "Nguyễn Thị Minh Khai" → family "Nguyễn", middle "Thị Minh", given "Khai". */
export function splitName(fullName: string): NameParts {
  const words = normalizeText(fullName).split(' ').filter(Boolean);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] ?? '' };
  return {
    family: words[0] ?? '',
    middle: words.slice(1, -1).join(' '),
    given: words[words.length - 1] ?? '',
  };
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese list order: given name, then middle name, then family name. */
export function compareVietnameseNames(a: string, b: string): number {
  const pa = splitName(a);
  const pb = splitName(b);
  return (
    collator.compare(pa.given, pb.given) ||
    collator.compare(pa.middle, pb.middle) ||
    collator.compare(pa.family, pb.family) ||
    // Same letters apart from accents ("Ân" and "An"): keep a stable, accent-aware order.
    a.localeCompare(b, 'vi')
  );
}

/** Sort key for huge lists: precomputing this once beats calling the collator 30,000 times. */
export function nameSortKey(fullName: string): string {
  const p = splitName(fullName);
  return `${p.given} ${p.middle} ${p.family}`;
}
