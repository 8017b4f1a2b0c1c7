import { z } from 'zod';
import {
  BOARD_WORK_PLACEHOLDERS,
  BOARD_WORK_WORDING,
  BOARD_WORK_WORDING_LABELS,
} from './boardWorkWording';
import { CONVOCATION_WORDING } from './convocationWording';
import {
  ELECTION_PLACEHOLDERS,
  ELECTION_WORDING,
  ELECTION_WORDING_LABELS,
} from './electionWording';
import {
  FOLLOW_UP_PLACEHOLDERS,
  FOLLOW_UP_WORDING,
  FOLLOW_UP_WORDING_LABELS,
} from './followUpWording';
import { OUTCOME_PLACEHOLDERS, OUTCOME_WORDING, OUTCOME_WORDING_LABELS } from './outcomeWording';
import { PLAN_WORDING } from './planWording';
import { SCRIPT_WORDING } from './scriptWording';

/**
 * The standard sentences of each document, as data: the defaults here, the unit's own edits stored
 * with the unit (they carry over to next year's conference). An edit replaces one entry and must
 * keep the entry's shape — a sentence stays a sentence, a list of lines stays a list — so a
 * document can never be broken by its wording.
 */
export const WORDING_BOOKS = {
  plan: PLAN_WORDING,
  convocation: CONVOCATION_WORDING,
  script: SCRIPT_WORDING,
  election: ELECTION_WORDING,
  outcome: OUTCOME_WORDING,
  followUp: FOLLOW_UP_WORDING,
  boardWork: BOARD_WORK_WORDING,
} as const;
export type WordingBookId = keyof typeof WORDING_BOOKS;
export const WORDING_BOOK_IDS = Object.keys(WORDING_BOOKS) as WordingBookId[];

export const WORDING_BOOK_LABELS: Record<WordingBookId, string> = {
  plan: 'D1 Kế hoạch tổ chức hội nghị',
  convocation: 'D3 Giấy triệu tập, giấy mời',
  script: 'D5 Kịch bản điều hành hội nghị',
  election: 'D10–D17 Văn bản bầu Ban Thanh tra nhân dân',
  outcome: 'D14–D20 Biên bản, nghị quyết và văn bản sau hội nghị',
  followUp: 'D8, D21 Báo cáo kiểm tra thực hiện nghị quyết, báo cáo Ban Thanh tra nhân dân',
  boardWork: 'D22 Chương trình, kế hoạch, báo cáo kiểm tra và kiến nghị của Ban Thanh tra nhân dân',
};

/**
 * What the wording screen shows with the later books, kept in core next to the books themselves:
 * the placeholders each book's sentences may use and the names of its entries (the first three
 * books keep theirs in the screen). Spread into the screen's tables, so a new book shows with its
 * names and placeholders as written here.
 */
export const WORDING_BOOK_PLACEHOLDERS = {
  election: ELECTION_PLACEHOLDERS,
  outcome: OUTCOME_PLACEHOLDERS,
  followUp: FOLLOW_UP_PLACEHOLDERS,
  boardWork: BOARD_WORK_PLACEHOLDERS,
} satisfies Partial<Record<WordingBookId, Readonly<Record<string, string>>>>;

export const WORDING_BOOK_ENTRY_LABELS = {
  election: ELECTION_WORDING_LABELS,
  outcome: OUTCOME_WORDING_LABELS,
  followUp: FOLLOW_UP_WORDING_LABELS,
  boardWork: BOARD_WORK_WORDING_LABELS,
} satisfies Partial<Record<WordingBookId, Readonly<Record<string, string>>>>;

const WordingValueSchema: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.string().max(4000),
    z.array(WordingValueSchema).max(100),
    z.record(z.string(), WordingValueSchema),
  ]),
);

/** The edits as sent by the wording screen: only the known books, nothing else (strict). */
export const WordingOverridesInputSchema = z
  .object({
    plan: z.record(z.string(), WordingValueSchema).optional(),
    convocation: z.record(z.string(), WordingValueSchema).optional(),
    script: z.record(z.string(), WordingValueSchema).optional(),
    election: z.record(z.string(), WordingValueSchema).optional(),
    outcome: z.record(z.string(), WordingValueSchema).optional(),
    followUp: z.record(z.string(), WordingValueSchema).optional(),
    boardWork: z.record(z.string(), WordingValueSchema).optional(),
  })
  .strict();
export const WordingOverridesSchema = WordingOverridesInputSchema.default({});
export type WordingOverrides = z.infer<typeof WordingOverridesSchema>;

/** Same JSON shape: strings for strings, arrays of the default's element shape, same object keys. */
export function sameShape(value: unknown, template: unknown): boolean {
  if (typeof template === 'string') return typeof value === 'string';
  if (Array.isArray(template)) {
    if (!Array.isArray(value)) return false;
    const element = template[0];
    return element === undefined
      ? value.every((v) => typeof v === 'string')
      : value.every((v) => sameShape(v, element));
  }
  if (template !== null && typeof template === 'object') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    const keys = Object.keys(template);
    return (
      Object.keys(value).every((k) => keys.includes(k)) &&
      keys.every((k) =>
        sameShape((value as Record<string, unknown>)[k], (template as Record<string, unknown>)[k]),
      )
    );
  }
  return typeof value === typeof template;
}

/** Problems with a set of edits, one Vietnamese line each; empty when every edit fits its entry. */
export function wordingProblems(overrides: WordingOverrides): string[] {
  const problems: string[] = [];
  for (const book of WORDING_BOOK_IDS) {
    const defaults = WORDING_BOOKS[book] as Record<string, unknown>;
    for (const [key, value] of Object.entries(overrides[book] ?? {})) {
      if (!(key in defaults)) problems.push(`${WORDING_BOOK_LABELS[book]}: không có mục "${key}".`);
      else if (!sameShape(value, defaults[key]))
        problems.push(`${WORDING_BOOK_LABELS[book]}, mục "${key}": dạng nội dung khác với mẫu.`);
    }
  }
  return problems;
}

/** The wording a document uses: the defaults with the unit's valid edits laid over them. */
export function wordingFor<B extends WordingBookId>(
  book: B,
  overrides: WordingOverrides | undefined,
): (typeof WORDING_BOOKS)[B] {
  const defaults = WORDING_BOOKS[book] as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(overrides?.[book] ?? {})) {
    if (key in defaults && sameShape(value, defaults[key])) merged[key] = value;
  }
  return merged as (typeof WORDING_BOOKS)[B];
}
