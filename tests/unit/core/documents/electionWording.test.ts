/**
 * The election documents' standard sentences are a wording book like the plan's: the unit's edit
 * of an entry reaches exactly the document that uses it, an edit of another shape is named and
 * ignored, and every entry has a name for the wording screen.
 */
import { describe, expect, it } from 'vitest';
import { electionRulesJob } from '../../../../core/documents/electionRulesJob';
import {
  ELECTION_PLACEHOLDERS,
  ELECTION_WORDING,
  ELECTION_WORDING_LABELS,
} from '../../../../core/documents/electionWording';
import {
  WORDING_BOOK_LABELS,
  WordingOverridesInputSchema,
  wordingFor,
  wordingProblems,
} from '../../../../core/documents/documentWording';
import { recognitionDecisionJob } from '../../../../core/documents/recognitionDecisionJob';
import { wordingPlaceholders } from '../../../../core/documents/scriptWording';
import { blockTexts, electionContext, lockedElection } from './electionContext.fixture';

const ARTICLE_3 = 'Quyết định có hiệu lực từ ngày ký; {unionExecutive} tổ chức thực hiện./.';

describe('the election wording book', () => {
  it('names every entry and fills only known placeholders', () => {
    expect(Object.keys(ELECTION_WORDING_LABELS).sort()).toEqual(
      Object.keys(ELECTION_WORDING).sort(),
    );
    const used = new Set<string>();
    const visit = (value: unknown): void => {
      if (typeof value === 'string') wordingPlaceholders(value).forEach((p) => used.add(p));
      else if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') Object.values(value).forEach(visit);
    };
    visit(ELECTION_WORDING);
    expect([...used].filter((p) => !(p in ELECTION_PLACEHOLDERS))).toEqual([]);
  });

  it('accepts the unit’s edit and prints it in D16 only', () => {
    const wording = WordingOverridesInputSchema.parse({
      election: { decisionArticle3: ARTICLE_3 },
    });
    expect(wordingProblems(wording)).toEqual([]);
    const plain = electionContext(lockedElection());
    const edited = { ...plain, wording };
    expect(blockTexts(recognitionDecisionJob(edited).blocks).at(-1)).toBe(
      'Điều 3. Quyết định có hiệu lực từ ngày ký; Ban Chấp hành Công đoàn Vụ Khoa học và Công nghệ tổ chức thực hiện./.',
    );
    expect(electionRulesJob(edited)).toEqual(electionRulesJob(plain));
  });

  it('names an edit that changes an entry’s shape, and keeps the standard text', () => {
    const wording = { election: { rulesInvalid: 'Một câu thay cho các trường hợp.' } };
    const problems = wordingProblems(wording);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(WORDING_BOOK_LABELS.election);
    expect(problems[0]).toContain('"rulesInvalid"');
    expect(wordingFor('election', wording).rulesInvalid).toEqual(ELECTION_WORDING.rulesInvalid);
  });
});
