/**
 * A first guess at the official abbreviation of a body's name, the group after the type code in a
 * document symbol ("Số: 05/KH-GTVT": NĐ 30/2020/NĐ-CP Phụ lục I, mục II.3.b — "chữ viết tắt tên cơ
 * quan, tổ chức … ban hành văn bản"). The decree leaves the abbreviation to each body, so this is
 * only a suggestion the user confirms or types over.
 *
 * The habits of Vietnamese registers it follows: the capital initial of each word with its tone
 * mark dropped ("Ủy ban" → "UB") but Đ kept as its own letter ("Đào tạo" → "ĐT"); connecting words
 * left out ("Sở Giáo dục và Đào tạo" → "SGDĐT"); acronyms and numbers kept whole ("Trường THPT
 * số 1" → "TTHPT1"); and a leading "Vụ" dropped, because the departments of a ministry are known
 * by their field ("Vụ Tổ chức cán bộ" → "TCCB").
 */
import { normalizeText } from './vietnamese';

/** Longest abbreviation the unit profile accepts. */
export const ABBREVIATION_MAX_LENGTH = 20;

/**
 * Connecting words that never give a letter, lower case with their accents: folded, "số" would
 * also drop "Sở" ("Sở Giáo dục" → "SGD").
 */
const SKIPPED_WORDS = new Set(['và', 'của', 'số']);

const lower = (word: string): string => word.toLocaleLowerCase('vi');

/** "Ủ" → "U", "đ" → "Đ": the capital without its tone or vowel marks, except Đ. */
function initialOf(word: string): string {
  const first = word.charAt(0);
  if (first === 'đ' || first === 'Đ') return 'Đ';
  return first.normalize('NFD').replace(/\p{M}/gu, '').toLocaleUpperCase('vi');
}

/** "THPT", "UBND": a word written in capitals is already an abbreviation. */
function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toLocaleUpperCase('vi') && /\p{L}/u.test(word);
}

export function suggestAbbreviation(name: string): string {
  const words = normalizeText(name)
    .split(/[\s,;:/()\-–—.]+/)
    .filter(Boolean);
  if (words.length > 1 && lower(words[0] ?? '') === 'vụ') words.shift();
  const letters = words
    .filter((word) => !SKIPPED_WORDS.has(lower(word)))
    .map((word) => {
      if (/^\p{N}+$/u.test(word)) return word;
      if (isAcronym(word)) return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
      return initialOf(word);
    });
  return letters.join('').normalize('NFC').slice(0, ABBREVIATION_MAX_LENGTH);
}
