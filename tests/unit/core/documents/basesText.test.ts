/**
 * The bases of D15 (Nghị quyết) and D16 (Quyết định công nhận) are punctuated by one function:
 * ";" after each, "." after the last (NĐ 30/2020/NĐ-CP Phụ lục I, mục II.6 — R26).
 */
import { describe, expect, it } from 'vitest';
import { basesText } from '../../../../core/documents/basesText';
import { recognitionDecisionJob } from '../../../../core/documents/recognitionDecisionJob';
import { resolutionJob } from '../../../../core/documents/resolutionJob';
import { conferenceDayContext } from './conferenceDayContext.fixture';
import { electionContext, lockedElection } from './electionContext.fixture';

describe('basesText', () => {
  it('ends each basis with ";" and the last with ".", whatever was typed at the end', () => {
    expect(basesText(['Căn cứ A.', ' Căn cứ B;; ', 'Căn cứ C'])).toEqual([
      'Căn cứ A;',
      'Căn cứ B;',
      'Căn cứ C.',
    ]);
    expect(basesText(['Căn cứ A;'])).toEqual(['Căn cứ A.']);
    expect(basesText([])).toEqual([]);
  });

  it('punctuates the bases of D15 and D16 alike', () => {
    const italic = (blocks: readonly { kind: string; text?: string; italics?: boolean }[]) =>
      blocks.filter((b) => b.kind === 'paragraph' && b.italics === true).map((b) => b.text ?? '');
    for (const bases of [
      italic(resolutionJob(conferenceDayContext()).blocks),
      italic(recognitionDecisionJob(electionContext(lockedElection())).blocks),
    ]) {
      expect(bases.length).toBeGreaterThan(1);
      expect(basesText(bases)).toEqual(bases);
    }
  });
});
