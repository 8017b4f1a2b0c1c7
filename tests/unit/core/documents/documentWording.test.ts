/**
 * The unit's own wording (documentWording.ts): an edit must keep the shape of the entry it replaces,
 * a wrong edit is named and never reaches a document, and a valid edit reaches exactly the document
 * whose book it edits — through the jobs and through the registry the service builds from.
 */
import { describe, expect, it } from 'vitest';
import { attendanceListJob } from '../../../../core/documents/attendanceListJob';
import { chairScriptData, chairScriptJob } from '../../../../core/documents/chairScriptJob';
import { convocationJob } from '../../../../core/documents/convocationJob';
import { CONVOCATION_WORDING } from '../../../../core/documents/convocationWording';
import type { DocumentContext, DocumentId } from '../../../../core/documents/documentContext';
import {
  WORDING_BOOK_LABELS,
  WordingOverridesSchema,
  sameShape,
  wordingFor,
  wordingProblems,
  type WordingOverrides,
} from '../../../../core/documents/documentWording';
import { planJob, type PlanDocumentData } from '../../../../core/documents/planJob';
import { PLAN_WORDING } from '../../../../core/documents/planWording';
import { programmeJob } from '../../../../core/documents/programmeJob';
import { SCRIPT_WORDING } from '../../../../core/documents/scriptWording';
import { packDocx } from '../../../../electron/node/packDocx';
import { DOCUMENTS } from '../../../../templates/documents/registry';
import { readDocumentXml, textOf } from '../../../support/docx';
import { context } from './documentContext.fixture';

const PURPOSE = [
  'Đánh giá đúng kết quả công tác {reviewedPeriod} của {unitName}.',
  'Thống nhất nhiệm vụ trọng tâm {nextPeriod}.',
];
const VOTE = [
  'Đề nghị các đại biểu biểu quyết bằng thẻ.',
  'Đại biểu nào tán thành xin giơ thẻ… Xin cảm ơn.',
];
const EDITS: WordingOverrides = { plan: { purpose: PURPOSE }, script: { votePrompt: VOTE } };

function withWording(wording: WordingOverrides | undefined): DocumentContext {
  return { ...context(), wording };
}

function planTexts(data: PlanDocumentData): string[] {
  return data.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === 'tasks' ? [] : [b.text])),
  );
}

async function documentText(id: DocumentId, ctx: DocumentContext): Promise<string> {
  const entry = DOCUMENTS[id];
  if (!entry) throw new Error(`${id} is not registered`);
  return textOf(await readDocumentXml(await packDocx(entry.build(ctx))));
}

describe('sameShape', () => {
  it('keeps a sentence a sentence', () => {
    expect(sameShape('Câu khác.', 'Câu mẫu.')).toBe(true);
    expect(sameShape('', 'Câu mẫu.')).toBe(true);
    expect(sameShape(['Câu mẫu.'], 'Câu mẫu.')).toBe(false);
    expect(sameShape(5, 'Câu mẫu.')).toBe(false);
    expect(sameShape(null, 'Câu mẫu.')).toBe(false);
  });

  it('keeps a list of lines a list of lines, of any length', () => {
    expect(sameShape(['a', 'b', 'c'], ['x'])).toBe(true);
    expect(sameShape([], ['x'])).toBe(true);
    expect(sameShape('a', ['x'])).toBe(false);
    expect(sameShape(['a', 2], ['x'])).toBe(false);
    // An empty default list still only takes lines.
    expect(sameShape(['a'], [])).toBe(true);
    expect(sameShape([{ label: 'a)' }], [])).toBe(false);
  });

  it('keeps an object its keys, and a list of objects the element shape', () => {
    const item = { label: 'a)', text: 'Câu.' };
    expect(sameShape({ label: 'b)', text: 'Khác.' }, item)).toBe(true);
    expect(sameShape({ label: 'b)' }, item)).toBe(false);
    expect(sameShape({ ...item, extra: 'x' }, item)).toBe(false);
    expect(sameShape(['a)', 'Câu.'], item)).toBe(false);
    expect(sameShape([item, { label: 'c)', text: 'Ba.' }], [item])).toBe(true);
    expect(sameShape([item, { label: 'c)' }], [item])).toBe(false);
  });
});

describe('wordingProblems', () => {
  it('finds nothing wrong with edits that fit their entries', () => {
    expect(wordingProblems(EDITS)).toEqual([]);
    expect(wordingProblems(WordingOverridesSchema.parse(undefined))).toEqual([]);
  });

  it('names an entry the book does not have', () => {
    const problems = wordingProblems({ convocation: { noSuchEntry: 'Câu.' } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(WORDING_BOOK_LABELS.convocation);
    expect(problems[0]).toContain('"noSuchEntry"');
  });

  it('names an entry edited into another shape', () => {
    const problems = wordingProblems({
      plan: { purpose: 'Một câu thay cho danh sách.', typeName: 'KẾ HOẠCH' },
      script: { votePrompt: [['lồng nhau']] },
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain(WORDING_BOOK_LABELS.plan);
    expect(problems[0]).toContain('"purpose"');
    expect(problems[0]).toContain('dạng nội dung khác với mẫu');
    expect(problems[1]).toContain(WORDING_BOOK_LABELS.script);
    expect(problems[1]).toContain('"votePrompt"');
  });
});

describe('wordingFor', () => {
  it('is the defaults without edits', () => {
    expect(wordingFor('plan', undefined)).toEqual(PLAN_WORDING);
    expect(wordingFor('convocation', {})).toEqual(CONVOCATION_WORDING);
    expect(wordingFor('script', { plan: { purpose: PURPOSE } })).toEqual(SCRIPT_WORDING);
  });

  it('lays valid edits over the defaults and ignores invalid ones', () => {
    const plan = wordingFor('plan', {
      plan: {
        purpose: PURPOSE,
        requirements: 'không phải danh sách',
        headDuty: { who: 'Thủ trưởng:' },
        noSuchEntry: 'Câu.',
      },
    });
    expect(plan.purpose).toEqual(PURPOSE);
    expect(plan.requirements).toEqual(PLAN_WORDING.requirements);
    expect(plan.headDuty).toEqual(PLAN_WORDING.headDuty);
    expect('noSuchEntry' in plan).toBe(false);
    // The defaults themselves are never touched.
    expect(PLAN_WORDING.purpose).not.toEqual(PURPOSE);
  });
});

describe('the unit’s wording in the documents', () => {
  const plain = withWording(undefined);
  const edited = withWording(EDITS);

  it('prints the edited D1 purpose, filled, and nothing else changes in D1', () => {
    const before = planJob(plain);
    const after = planJob(edited);
    const texts = planTexts(after);
    expect(texts).toContain(
      'Đánh giá đúng kết quả công tác năm 2025 của Vụ Khoa học, Công nghệ và Môi trường;',
    );
    expect(texts).toContain('Thống nhất nhiệm vụ trọng tâm năm 2026.');
    expect(planTexts(before).some((t) => t.startsWith('Đánh giá đúng'))).toBe(false);
    const withoutPurpose = (d: PlanDocumentData) => ({ ...d, sections: d.sections.slice(1) });
    expect(withoutPurpose(after)).toEqual(withoutPurpose(before));
  });

  it('prints the edited D5 vote prompt wherever the script asks for a vote', () => {
    const before = chairScriptData(plain).sections.flatMap((s) => s.lines.map((l) => l.text));
    const { data } = chairScriptJob(edited, wordingFor('script', edited.wording));
    const after = data.sections.flatMap((s) => s.lines.map((l) => l.text));
    const votes = before.filter((t) => t === SCRIPT_WORDING.votePrompt[0]).length;
    expect(votes).toBeGreaterThan(0);
    expect(after.filter((t) => t === VOTE[0])).toHaveLength(votes);
    expect(after).not.toContain(SCRIPT_WORDING.votePrompt[0]);
  });

  it('leaves the documents whose wording was not edited as they were', () => {
    expect(convocationJob(edited)).toEqual(convocationJob(plain));
    expect(programmeJob(edited)).toEqual(programmeJob(plain));
    expect(attendanceListJob(edited)).toEqual(attendanceListJob(plain));
    expect(planJob(withWording({ script: { votePrompt: VOTE } }))).toEqual(planJob(plain));
    expect(chairScriptData(withWording({ plan: { purpose: PURPOSE } }))).toEqual(
      chairScriptData(plain),
    );
  });

  it('reaches the generated D1 and D5 files through the registry', async () => {
    const d1 = await documentText('D1', edited);
    expect(d1).toContain('Đánh giá đúng kết quả công tác năm 2025');
    const d5 = await documentText('D5', edited);
    expect(d5).toContain(VOTE[1]);
    expect(await documentText('D5', plain)).not.toContain(VOTE[1]);
    expect(await documentText('D3', edited)).toBe(await documentText('D3', plain));
  });
});
