import { describe, expect, it } from 'vitest';
import { ConferenceSchema, type Conference } from '../../../../core/domain/conference';
import { conferenceSteps } from '../../../../core/domain/conferenceSteps';
import type { FloorVote } from '../../../../core/domain/proceedings';
import type { z } from 'zod';
import type { ResolutionSchema } from '../../../../core/domain/resolution';
import { UnitProfileSchema } from '../../../../core/domain/unit';
import { people, rules } from './election.fixture';

const ITEMS = [{ id: 'a', section: 'tasks' as const, text: 'Nhiệm vụ một.' }];
const AT = '2026-01-15T10:30:00.000Z';

function vote(id: string, votesFor: number, fields: Partial<FloorVote> = {}) {
  return {
    id,
    subject: 'resolution',
    title: 'Thông qua nghị quyết hội nghị',
    present: 20,
    votesFor,
    votesAgainst: 20 - votesFor,
    votesOther: 0,
    at: AT,
    ...fields,
  };
}

/** All 20 of the fixture's roster checked in. */
function conference(
  votes: ReturnType<typeof vote>[] = [],
  resolution: z.input<typeof ResolutionSchema> = {},
): Conference {
  return ConferenceSchema.parse({
    id: 'c1',
    year: 2026,
    date: '2026-01-15',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    attendance: Object.fromEntries(people.map((p) => [p.id, { status: 'present', at: AT }])),
    proceedings: { votes },
    resolution,
  });
}

function step(c: Conference) {
  return conferenceSteps({
    unit: UnitProfileSchema.parse({}),
    people,
    conference: c,
    rules,
    today: '2026-01-15',
  }).find((s) => s.id === 'resolution');
}

describe('the resolution step of the guided view (step 7), from the stage and the votes', () => {
  it('not started without a draft; in progress while drafting', () => {
    expect(step(conference())).toMatchObject({
      state: 'notStarted',
      action: 'Soạn dự thảo nghị quyết',
    });
    expect(step(conference([], { items: ITEMS, stage: 'forOpinion' }))).toMatchObject({
      state: 'inProgress',
      reason: 'Dự thảo lấy ý kiến: 1 nội dung; chưa biểu quyết thông qua.',
    });
  });

  it('voted but not yet recorded as adopted: asks to record it; a failed vote needs attention', () => {
    expect(step(conference([vote('v', 11)], { items: ITEMS }))).toMatchObject({
      state: 'inProgress',
      action: 'Ghi nhận nghị quyết đã thông qua',
    });
    expect(step(conference([vote('v', 10)], { items: ITEMS }))).toMatchObject({
      state: 'needsAttention',
      reason:
        'Biểu quyết thông qua nghị quyết: Đồng ý 10/20 người có mặt (50,00%) — không thông qua (cần ít nhất 11).',
    });
  });

  it('impossible figures in any vote need attention', () => {
    const bad = vote('v', 15, { votesAgainst: 10, title: 'Thông qua chương trình' });
    expect(step(conference([bad], { items: ITEMS }))).toMatchObject({
      state: 'needsAttention',
      action: 'Sửa số liệu biểu quyết',
    });
    expect(step(conference([bad], { items: ITEMS }))?.reason).toMatch(
      /^Biểu quyết “Thông qua chương trình”: Tổng số phiếu \(25\) vượt số người có mặt \(20\)/,
    );
  });

  it('done once adopted by a passing vote, with the date and the changes made since', () => {
    const adopted = conference([vote('v', 19)], {
      items: ITEMS,
      stage: 'adopted',
      adoptedByVoteId: 'v',
      adoptedAt: AT,
      changeLog: [{ at: AT, reason: 'Sửa lỗi chính tả', detail: '' }],
    });
    expect(step(adopted)).toMatchObject({
      state: 'done',
      reason:
        'Nghị quyết đã được thông qua ngày 15/01/2026 (Đồng ý 19/20 người có mặt (95,00%) — thông qua). Đã sửa đổi 1 lần sau khi thông qua.',
    });
    const orphan = conference([], { items: ITEMS, stage: 'adopted', adoptedByVoteId: 'v' });
    expect(step(orphan)?.state).toBe('needsAttention');
  });
});
