import { describe, expect, it } from 'vitest';
import { ConferenceSchema } from '../../../../core/domain/conference';
import { followUpStep } from '../../../../core/domain/followUpStep';
import { ruleSet } from '../../../../core/rules/ruleSets';

const rules = ruleSet('law-10-2022');
const base = ConferenceSchema.parse({
  id: 'c1',
  year: 2026,
  date: '2026-01-15',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

function withItems(statuses: { status: string; deadline?: string }[]) {
  return ConferenceSchema.parse({
    ...base,
    resolution: { ...base.resolution, stage: 'adopted', adoptedAt: '2026-01-15T04:00:00.000Z' },
    followUp: {
      items: statuses.map((s, i) => ({
        id: `i${i}`,
        origin: 'manual',
        section: 'tasks',
        title: `Việc ${i}`,
        createdAt: '2026-01-16T00:00:00.000Z',
        updatedAt: '2026-01-16T00:00:00.000Z',
        ...s,
      })),
    },
  });
}

describe('followUpStep (guided view step 8)', () => {
  it('waits for the adopted resolution before anything is followed (Điều 51.4.i)', () => {
    expect(followUpStep(base, [], rules, '2026-02-01').state).toBe('notStarted');
  });

  it('needs attention as soon as one item is past its deadline (Điều 52.3)', () => {
    const c = withItems([{ status: 'inProgress', deadline: '2026-03-01' }, { status: 'done' }]);
    expect(followUpStep(c, [], rules, '2026-03-01').state).toBe('inProgress');
    const late = followUpStep(c, [], rules, '2026-03-02');
    expect(late.state).toBe('needsAttention');
    expect(late.reason).toContain('1 việc quá hạn');
  });

  it('is done once every item is closed, done or not doable with its reason', () => {
    const c = withItems([{ status: 'done' }, { status: 'done' }]);
    expect(followUpStep(c, [], rules, '2026-12-01').state).toBe('done');
  });
});
