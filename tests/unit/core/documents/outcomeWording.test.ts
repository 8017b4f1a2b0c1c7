/**
 * The wording book of D14–D20 (outcomeWording.ts): every `{placeholder}` a sentence uses is one the
 * jobs fill and the wording screen lists, every entry has a name on that screen, and an edit of
 * the wrong shape is refused by name and never reaches a document.
 */
import { describe, expect, it } from 'vitest';
import {
  WORDING_BOOK_ENTRY_LABELS,
  WORDING_BOOK_LABELS,
  WORDING_BOOK_PLACEHOLDERS,
  wordingFor,
  wordingProblems,
} from '../../../../core/documents/documentWording';
import {
  OUTCOME_PLACEHOLDERS,
  OUTCOME_WORDING,
  OUTCOME_WORDING_LABELS,
} from '../../../../core/documents/outcomeWording';
import { wordingPlaceholders } from '../../../../core/documents/scriptWording';

function sentences(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(sentences);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(sentences);
  return [];
}

describe('the outcome wording book', () => {
  it('uses only placeholders the jobs fill and the screen explains', () => {
    const used = new Set(sentences(OUTCOME_WORDING).flatMap(wordingPlaceholders));
    const unknown = [...used].filter((name) => !(name in OUTCOME_PLACEHOLDERS));
    expect(unknown).toEqual([]);
  });

  it('names every entry for the wording screen, through the core guides', () => {
    expect(Object.keys(OUTCOME_WORDING_LABELS).sort()).toEqual(Object.keys(OUTCOME_WORDING).sort());
    expect(WORDING_BOOK_PLACEHOLDERS.outcome).toBe(OUTCOME_PLACEHOLDERS);
    expect(WORDING_BOOK_ENTRY_LABELS.outcome).toBe(OUTCOME_WORDING_LABELS);
    expect(WORDING_BOOK_LABELS.outcome).toContain('D14');
  });

  it('refuses an edit of the wrong shape and keeps the default in the documents', () => {
    const overrides = { outcome: { minutesRecipients: 'Một dòng thay cho danh sách' } };
    expect(wordingProblems(overrides)).toEqual([
      'D14–D20 Biên bản, nghị quyết và văn bản sau hội nghị, mục "minutesRecipients": dạng nội dung khác với mẫu.',
    ]);
    expect(wordingFor('outcome', overrides).minutesRecipients).toEqual(
      OUTCOME_WORDING.minutesRecipients,
    );
    expect(wordingFor('outcome', { outcome: { minutesType: 'BIÊN BẢN HỌP' } }).minutesType).toBe(
      'BIÊN BẢN HỌP',
    );
  });
});
