/**
 * Small counts in Vietnamese words, as official documents write them after the figure: "05 (năm)
 * thành viên", "gồm 07 (bảy) người". The spelling follows common usage: "mười lăm", "hai mươi mốt",
 * "hai mươi tư", "một trăm linh năm". Counts of people and seats stay far below a thousand; larger
 * numbers are returned as figures.
 */

const UNITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

function belowHundred(n: number): string {
  if (n < 10) return UNITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  const head = tens === 1 ? 'mười' : `${UNITS[tens] ?? ''} mươi`;
  if (unit === 0) return head;
  // "mốt" after "mươi" (21), but "mười một" (11); "lăm" for 5 after any ten; "tư" for 4 after "mươi".
  if (unit === 1) return `${head} ${tens === 1 ? 'một' : 'mốt'}`;
  if (unit === 5) return `${head} lăm`;
  if (unit === 4 && tens > 1) return `${head} tư`;
  return `${head} ${UNITS[unit] ?? ''}`;
}

/** 5 → "năm", 21 → "hai mươi mốt", 105 → "một trăm linh năm"; ≥ 1,000 or negative → figures. */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1000) return String(n);
  if (n < 100) return belowHundred(n);
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = `${UNITS[hundreds] ?? ''} trăm`;
  if (rest === 0) return head;
  return rest < 10 ? `${head} linh ${UNITS[rest] ?? ''}` : `${head} ${belowHundred(rest)}`;
}

/** "05 (năm)": the figure zero-padded below 10, as counts are printed in documents, then the words. */
export function countWithWords(n: number): string {
  return `${String(n).padStart(2, '0')} (${numberInWords(n)})`;
}
