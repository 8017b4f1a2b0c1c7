import { describe, expect, it } from 'vitest';
import { FloorVoteSchema, type FloorVote } from '../../../../core/domain/proceedings';
import { computeQuorum } from '../../../../core/domain/quorum';
import {
  ResolutionItemSchema,
  ResolutionSchema,
  type Resolution,
} from '../../../../core/domain/resolution';
import {
  adoptedOn,
  amendProblems,
  amendResolution,
  changeStage,
  describeChanges,
  lockedMessage,
  stageChangeProblems,
  type StageContext,
} from '../../../../core/domain/resolutionStage';
import { ruleSet } from '../../../../core/rules/ruleSets';

const rules = ruleSet('law-10-2022');
const ITEMS = [
  ResolutionItemSchema.parse({ id: 'a', section: 'tasks', text: 'Nhiệm vụ một.' }),
  ResolutionItemSchema.parse({ id: 'b', section: 'tasks', text: 'Nhiệm vụ hai.' }),
];

function floorVote(id: string, fields: Partial<FloorVote> = {}): FloorVote {
  return FloorVoteSchema.parse({
    id,
    subject: 'resolution',
    title: 'Thông qua nghị quyết hội nghị',
    present: 30,
    votesFor: 28,
    votesAgainst: 1,
    votesOther: 1,
    at: '2026-01-15T10:30:00.000Z',
    ...fields,
  });
}

const VOTES = [
  floorVote('passed'),
  floorVote('failed', { votesFor: 15, votesAgainst: 15, votesOther: 0 }),
  floorVote('programme', { subject: 'programme', title: 'Thông qua chương trình' }),
  floorVote('noQuorum', { present: 19, votesFor: 19, votesAgainst: 0, votesOther: 0 }),
];

function context(at: string): StageContext {
  return { quorum: computeQuorum(30, 30, rules.quorum.value), rules, votes: VOTES, at };
}

function draft(): Resolution {
  return ResolutionSchema.parse({ items: ITEMS });
}

function adopted(): Resolution {
  let r = changeStage(draft(), { stage: 'forOpinion' }, context('2026-01-05T08:00:00Z'));
  r = changeStage(r, { stage: 'revised' }, context('2026-01-15T09:00:00Z'));
  return changeStage(r, { stage: 'adopted', voteId: 'passed' }, context('2026-01-15T10:31:00Z'));
}

describe('resolution stages: draft → for opinion → revised → adopted, each stage left frozen', () => {
  it('keeps a version of every stage it leaves, and is locked once adopted', () => {
    const r = adopted();
    expect(r.stage).toBe('adopted');
    expect(r.versions.map((v) => [v.stage, v.at])).toEqual([
      ['draft', '2026-01-05T08:00:00Z'],
      ['forOpinion', '2026-01-15T09:00:00Z'],
      ['revised', '2026-01-15T10:31:00Z'],
    ]);
    expect(r.versions[2]?.items).toEqual(ITEMS);
    expect(r.adoptedByVoteId).toBe('passed');
    // R9 hook: the adoption date is the vote's.
    expect(r.adoptedAt).toBe('2026-01-15T10:30:00.000Z');
    expect(adoptedOn(r)).toBe('2026-01-15');
    expect(lockedMessage(r)).toMatch(/đã được hội nghị thông qua ngày 15\/01\/2026 và đã khoá/);
    expect(lockedMessage(draft())).toBeNull();
  });

  it('the same stage again changes nothing (a retried request)', () => {
    const r = adopted();
    expect(stageChangeProblems(r, { stage: 'adopted', voteId: 'passed' }, context('x'))).toEqual(
      [],
    );
    expect(changeStage(r, { stage: 'adopted' }, context('x'))).toBe(r);
  });

  it('adoption needs a passing vote on the whole resolution, taken while the quorum held', () => {
    const r = draft();
    const problems = (voteId?: string) =>
      stageChangeProblems(r, { stage: 'adopted', voteId }, context('t'));
    expect(problems()).toEqual([
      'Hãy chọn lần biểu quyết thông qua nghị quyết (Luật 10/2022/QH15, Điều 51.4.i).',
    ]);
    expect(problems('ghost')).toEqual(['Không tìm thấy lần biểu quyết này.']);
    expect(problems('failed')).toEqual([
      'Nghị quyết chưa được thông qua: Đồng ý 15/30 người có mặt (50,00%) — không thông qua (cần ít nhất 16).',
    ]);
    expect(problems('programme')[0]).toMatch(/không phải biểu quyết thông qua toàn văn nghị quyết/);
    expect(problems('noQuorum')[0]).toMatch(
      /không còn đủ số người tham dự tối thiểu.*Điều 51\.2\.c/,
    );
    expect(
      stageChangeProblems(
        ResolutionSchema.parse({}),
        { stage: 'adopted', voteId: 'passed' },
        context('t'),
      ),
    ).toEqual(['Nghị quyết chưa có nội dung nào.']);
  });

  it('reopening an adopted resolution needs a reason, which is logged, and clears the adoption', () => {
    const r = adopted();
    expect(stageChangeProblems(r, { stage: 'revised' }, context('t'))[0]).toMatch(/hãy ghi lý do/);
    expect(stageChangeProblems(r, { stage: 'revised', reason: '   ' }, context('t'))).toHaveLength(
      1,
    );
    const reopened = changeStage(
      r,
      { stage: 'revised', reason: 'Ghi nhầm lần biểu quyết' },
      context('2026-01-16T08:00:00Z'),
    );
    expect(reopened.stage).toBe('revised');
    expect(reopened.adoptedAt).toBeUndefined();
    expect(reopened.adoptedByVoteId).toBeUndefined();
    expect(reopened.changeLog).toEqual([
      {
        at: '2026-01-16T08:00:00Z',
        reason: 'Ghi nhầm lần biểu quyết',
        detail:
          'Mở lại nghị quyết đã thông qua ngày 15/01/2026: giai đoạn “Đã thông qua” → “Dự thảo trình hội nghị”.',
      },
    ]);
    expect(reopened.versions.at(-1)?.stage).toBe('adopted');
  });
});

describe('a change after adoption needs a reason, logged with what changed', () => {
  const amended = [
    { ...ITEMS[0]!, text: 'Nhiệm vụ một (sửa).' },
    ResolutionItemSchema.parse({ id: 'c', section: 'tasks', text: 'Nhiệm vụ ba.' }),
  ];

  it('refuses a change without a reason, without any change, or before adoption', () => {
    expect(amendProblems(adopted(), amended, ' ')).toEqual([
      'Hãy ghi lý do sửa đổi nghị quyết đã thông qua.',
    ]);
    expect(amendProblems(adopted(), ITEMS, 'Lý do')).toEqual([
      'Không có thay đổi nào so với nghị quyết đã thông qua.',
    ]);
    expect(amendProblems(adopted(), [], 'Lý do')).toEqual([
      'Nghị quyết phải còn ít nhất một nội dung.',
    ]);
    expect(amendProblems(draft(), amended, 'Lý do')[0]).toMatch(/chưa được thông qua/);
  });

  it('stays adopted, keeps the text as adopted in versions, and logs reason and changes', () => {
    const before = adopted();
    const after = amendResolution(
      before,
      amended,
      '  Sửa theo ý kiến của Công đoàn cấp trên ',
      '2026-02-01T08:00:00Z',
    );
    expect(after.stage).toBe('adopted');
    expect(after.adoptedAt).toBe(before.adoptedAt);
    expect(after.items).toEqual(amended);
    expect(after.versions.at(-1)).toEqual({
      stage: 'adopted',
      at: '2026-02-01T08:00:00Z',
      items: ITEMS,
    });
    expect(after.changeLog).toEqual([
      {
        at: '2026-02-01T08:00:00Z',
        reason: 'Sửa theo ý kiến của Công đoàn cấp trên',
        detail:
          'Sửa “Nhiệm vụ một.” thành “Nhiệm vụ một (sửa).”; thêm “Nhiệm vụ ba.”; bỏ “Nhiệm vụ hai.”.',
      },
    ]);
  });

  it('describes a reorder and a change of fields that keeps the sentence', () => {
    expect(describeChanges(ITEMS, [ITEMS[1]!, ITEMS[0]!])).toBe('Đổi thứ tự các nội dung.');
    expect(describeChanges(ITEMS, [{ ...ITEMS[0]!, deadline: '2026-06-30' }, ITEMS[1]!])).toBe(
      'Sửa thông tin của “Nhiệm vụ một.”.',
    );
  });
});
