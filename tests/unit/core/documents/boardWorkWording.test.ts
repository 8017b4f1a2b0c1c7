/**
 * The wording book of the Ban TTND's documents (D22, boardWorkWording.ts): every `{placeholder}` a
 * sentence uses is one the jobs fill and the wording screen lists, every entry has a name on that
 * screen, and the unit's own wording reaches the document while an edit of the wrong shape never
 * does.
 */
import { describe, expect, it } from 'vitest';
import {
  BOARD_WORK_PLACEHOLDERS,
  BOARD_WORK_WORDING,
  BOARD_WORK_WORDING_LABELS,
} from '../../../../core/documents/boardWorkWording';
import {
  WORDING_BOOK_ENTRY_LABELS,
  WORDING_BOOK_LABELS,
  WORDING_BOOK_PLACEHOLDERS,
  wordingProblems,
} from '../../../../core/documents/documentWording';
import { followUpBlockTexts } from '../../../../core/documents/followUpBlocks';
import { inspectionPlanJob } from '../../../../core/documents/inspectionPlanJob';
import { wordingPlaceholders } from '../../../../core/documents/scriptWording';
import { boardDocumentsContext } from './boardDocumentsContext.fixture';

function sentences(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(sentences);
  return [];
}

describe('the Ban TTND documents’ wording book', () => {
  it('uses only placeholders the jobs fill and the screen explains', () => {
    const used = new Set(
      Object.values(BOARD_WORK_WORDING).flatMap(sentences).flatMap(wordingPlaceholders),
    );
    expect([...used].filter((name) => !(name in BOARD_WORK_PLACEHOLDERS))).toEqual([]);
  });

  it('names every entry for the wording screen, through the core guides', () => {
    expect(Object.keys(BOARD_WORK_WORDING_LABELS).sort()).toEqual(
      Object.keys(BOARD_WORK_WORDING).sort(),
    );
    expect(WORDING_BOOK_PLACEHOLDERS.boardWork).toBe(BOARD_WORK_PLACEHOLDERS);
    expect(WORDING_BOOK_ENTRY_LABELS.boardWork).toBe(BOARD_WORK_WORDING_LABELS);
    expect(WORDING_BOOK_LABELS.boardWork).toContain('D22');
  });

  it('prints the unit’s own sentence, and refuses an edit of the wrong shape', () => {
    const ctx = boardDocumentsContext(undefined, {
      wording: { boardWork: { planPurpose: 'Mục đích: làm rõ {subject}.' } },
      options: { record: 'i1' },
    });
    expect(followUpBlockTexts(inspectionPlanJob(ctx).blocks)).toContain(
      'Mục đích: làm rõ Văn phòng.',
    );
    expect(wordingProblems({ boardWork: { planOrganisation: 'Một dòng' } })).toEqual([
      `${WORDING_BOOK_LABELS.boardWork}, mục "planOrganisation": dạng nội dung khác với mẫu.`,
    ]);
  });
});
