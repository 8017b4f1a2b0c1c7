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
/** The accent-aware tie-break: "An" and "Ân" are equal at base sensitivity but not the same name. */
const tieCollator = new Intl.Collator('vi');

/** Vietnamese list order: given name, then middle name, then family name. */
export function compareVietnameseNames(a: string, b: string): number {
  const pa = splitName(a);
  const pb = splitName(b);
  return (
    collator.compare(pa.given, pb.given) ||
    collator.compare(pa.middle, pb.middle) ||
    collator.compare(pa.family, pb.family) ||
    // Same letters apart from accents ("Ân" and "An"): keep a stable, accent-aware order.
    tieCollator.compare(a, b)
  );
}

/** Sort key for huge lists: precomputing this once beats calling the collator 30,000 times. */
export function nameSortKey(fullName: string): string {
  const p = splitName(fullName);
  return `${p.given} ${p.middle} ${p.family}`;
}

/**
 * The order of compareVietnameseNames (given, middle, family name) for a whole list, without calling
 * the collator for every pair: sorting 2,400 names pairwise takes ≈ 60 ms (each call splits both
 * names and runs the collator up to four times). Each distinct given/middle/family name is ranked
 * once (a few hundred collator calls) and the people are sorted on those integer ranks.
 */
export function sortByVietnameseName<T extends { fullName: string; rosterNo: number }>(
  people: readonly T[],
): T[] {
  const decorated = people.map((person) => ({ person, parts: splitName(person.fullName) }));
  const given = rankDistinct(decorated.map((d) => d.parts.given));
  const middle = rankDistinct(decorated.map((d) => d.parts.middle));
  const family = rankDistinct(decorated.map((d) => d.parts.family));
  const keyed = decorated.map(({ person, parts }) => ({
    person,
    given: given.get(parts.given) ?? 0,
    middle: middle.get(parts.middle) ?? 0,
    family: family.get(parts.family) ?? 0,
  }));
  keyed.sort(
    (a, b) =>
      a.given - b.given ||
      a.middle - b.middle ||
      a.family - b.family ||
      tieCollator.compare(a.person.fullName, b.person.fullName) ||
      a.person.rosterNo - b.person.rosterNo,
  );
  return keyed.map((k) => k.person);
}

/** Rank of each distinct value in collator order; values the collator calls equal share a rank. */
function rankDistinct(values: readonly string[]): Map<string, number> {
  const distinct = [...new Set(values)].sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((value, i) => {
    const previous = distinct[i - 1];
    if (previous !== undefined && collator.compare(previous, value) !== 0) rank += 1;
    ranks.set(value, rank);
  });
  return ranks;
}
