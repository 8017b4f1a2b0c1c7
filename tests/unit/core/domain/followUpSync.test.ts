import { describe, expect, it } from 'vitest';
import { EMPTY_HOLIDAY_TABLE } from '../../../../core/domain/holidays';
import { syncFollowUp } from '../../../../core/domain/followUpSync';
import { applyItemChanges } from '../../../../core/domain/followUpEdit';
import { followUpItemViews } from '../../../../core/domain/followUpView';
import { ResolutionItemSchema } from '../../../../core/domain/resolution';
import type { Conference } from '../../../../core/domain/conference';
import { AT, RESOLUTION_ITEMS, conference, followed, rules, viewContext } from './followUp.fixture';

const sync = (c: Conference, at = AT) =>
  syncFollowUp(c, { holidays: EMPTY_HOLIDAY_TABLE, rules, at });

describe('follow-up items and clocks created when the resolution is adopted', () => {
  it('makes an item of every target, task and decision, and the four clocks of the Law', () => {
    const { followUp } = followed();
    expect(followUp.items.map((i) => i.id)).toEqual([
      'clock:dissemination',
      'clock:disclosure',
      'clock:firstReview',
      'clock:secondReview',
      'resolution:t1',
      'resolution:k1',
      'resolution:k2',
      'resolution:d1',
      // An emulation item with an owner is a task too; the one without is a slogan.
      'resolution:e2',
    ]);
    // Not followed: last year's assessment and the Ban TTND result (its clock is R20).
    expect(followUp.items.some((i) => i.resolutionItemId === 'assess')).toBe(false);
    expect(followUp.items.some((i) => i.resolutionItemId === 'd-ban')).toBe(false);
  });

  it('copies what the resolution says, with owner and deadline', () => {
    const items = followed().followUp.items;
    expect(items.find((i) => i.id === 'resolution:t1')).toMatchObject({
      origin: 'resolution',
      section: 'targets',
      title: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.',
      indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      target: 98,
      unitOfMeasure: '%',
      status: 'notStarted',
    });
    expect(items.find((i) => i.id === 'resolution:k1')).toMatchObject({
      owner: { kind: 'department', department: 'Văn phòng' },
      deadline: '2027-06-30',
    });
  });

  it('gives the dissemination to the focal point and the other clocks to the head', () => {
    const items = followed().followUp.items;
    expect(items.find((i) => i.clock === 'dissemination')?.owner).toEqual({
      kind: 'person',
      personId: 'p-focal',
    });
    expect(items.find((i) => i.clock === 'disclosure')).toMatchObject({
      owner: { kind: 'head' },
      deadline: '2027-02-12',
      computedDeadline: '2027-02-12',
    });
    expect(items.find((i) => i.clock === 'secondReview')?.deadline).toBe('2028-01-31');
  });

  it('is idempotent: syncing again changes nothing, not even the object', () => {
    const once = followed();
    expect(sync(once, '2027-03-01T08:00:00.000Z')).toBe(once.followUp);
  });

  it('does nothing before adoption', () => {
    const draft = conference({
      resolution: { ...conference().resolution, stage: 'revised', adoptedAt: undefined },
    });
    expect(sync(draft)).toBe(draft.followUp);
    expect(draft.followUp.items).toEqual([]);
  });

  it('re-adoption after an amendment adds the new item once, keeps the dropped one and its notes, moves the clocks', () => {
    const once = followed();
    // Work recorded on an item the amendment will drop, and a deadline the user chose.
    const k2 = once.followUp.items.find((i) => i.id === 'resolution:k2')!;
    const noted = { ...k2, notes: [{ id: 'n1', on: '2027-02-20', text: 'Đã dự thảo.', at: AT }] };
    const review = once.followUp.items.find((i) => i.clock === 'firstReview')!;
    const moved = applyItemChanges(
      review,
      { deadline: '2027-08-05' },
      { today: '2027-02-01', at: AT },
    );
    const items = once.followUp.items.map((i) =>
      i.id === noted.id ? noted : i.id === moved.id ? moved : i,
    );
    const amended = [
      ...RESOLUTION_ITEMS.filter((i) => i.id !== 'k2'),
      ResolutionItemSchema.parse({ id: 'k3', section: 'tasks', text: 'Lắp camera hội trường.' }),
    ];
    // Reopened and adopted again on Monday 01/03/2027.
    const again: Conference = {
      ...once,
      resolution: { ...once.resolution, items: amended, adoptedAt: '2027-03-01T09:00:00' },
      followUp: { ...once.followUp, items },
    };
    const synced = sync(again, '2027-03-01T09:05:00.000Z');
    const ids = synced.items.map((i) => i.id);
    expect(ids.filter((id) => id === 'resolution:k3')).toHaveLength(1);
    expect(ids.filter((id) => id.startsWith('clock:'))).toHaveLength(4);
    expect(synced.items).toHaveLength(once.followUp.items.length + 1);
    expect(synced.items.find((i) => i.id === 'resolution:k2')?.notes).toHaveLength(1);
    // The disclosure follows the new date (5 working days after 01/03/2027); the review the user
    // moved keeps its date.
    expect(synced.items.find((i) => i.clock === 'disclosure')?.deadline).toBe('2027-03-08');
    expect(synced.items.find((i) => i.clock === 'firstReview')).toMatchObject({
      deadline: '2027-08-05',
      computedDeadline: '2027-09-01',
    });
    // The dropped item is shown as no longer in the resolution.
    const views = followUpItemViews({ ...again, followUp: synced }, viewContext('2027-03-02'));
    expect(views.find((i) => i.id === 'resolution:k2')?.state.detached).toBe(true);
    expect(views.find((i) => i.id === 'resolution:k1')?.state.detached).toBe(false);
    // And again: nothing new.
    expect(sync({ ...again, followUp: synced }, '2027-03-02T00:00:00.000Z')).toBe(synced);
  });

  it('an amended text reaches its item; the owner the follow-up chose stays', () => {
    const once = followed();
    const k1 = once.followUp.items.find((i) => i.id === 'resolution:k1')!;
    const given = applyItemChanges(
      k1,
      { owner: { kind: 'person', personId: 'p-3' } },
      { today: '2027-02-01', at: AT },
    );
    const amended = RESOLUTION_ITEMS.map((i) =>
      i.id === 'k1' ? { ...i, text: 'Số hoá hồ sơ lưu trữ từ năm 2010.' } : i,
    );
    const synced = sync({
      ...once,
      resolution: { ...once.resolution, items: amended },
      followUp: {
        ...once.followUp,
        items: once.followUp.items.map((i) => (i.id === k1.id ? given : i)),
      },
    });
    expect(synced.items.find((i) => i.id === 'resolution:k1')).toMatchObject({
      title: 'Số hoá hồ sơ lưu trữ từ năm 2010.',
      owner: { kind: 'person', personId: 'p-3' },
    });
  });

  it('a new focal point becomes the dissemination owner', () => {
    const once = followed();
    const synced = sync({
      ...once,
      resolution: { ...once.resolution, focalPointId: 'p-3' },
    });
    expect(synced.items.find((i) => i.clock === 'dissemination')?.owner).toEqual({
      kind: 'person',
      personId: 'p-3',
    });
  });
});
