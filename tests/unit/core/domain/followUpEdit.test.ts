import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../core/domain/appError';
import { blankProgress, type FollowUpItem } from '../../../../core/domain/followUp';
import { applyItemChanges, contentLock } from '../../../../core/domain/followUpEdit';
import { AT, followed } from './followUp.fixture';

const item = (id: string): FollowUpItem => {
  const found = followed().followUp.items.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};

const refused = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).message;
  }
  throw new Error('not refused');
};

// The disclosure of the conference of 29/01/2027 is due Friday 12/02/2027.
const ctx = { today: '2027-02-20', at: AT };

describe('R10: recording how and where the disclosure was posted', () => {
  it('marks the disclosure done on the day it went up, late or not', () => {
    const onTime = applyItemChanges(
      item('clock:disclosure'),
      { posting: { from: '2027-02-10', where: 'Bảng tin tầng 1', forms: ['noticeBoard'] } },
      ctx,
    );
    expect(onTime).toMatchObject({ status: 'done', completedOn: '2027-02-10', updatedAt: AT });
    const late = applyItemChanges(
      item('clock:disclosure'),
      { posting: { from: '2027-02-15', where: '' } },
      ctx,
    );
    expect(late).toMatchObject({ status: 'done', completedOn: '2027-02-15' });
  });

  it('a status given with the posting wins, and a disclosure already done keeps its date', () => {
    const inProgress = applyItemChanges(
      item('clock:disclosure'),
      { posting: { from: '2027-02-10', where: '' }, status: 'inProgress' },
      ctx,
    );
    expect(inProgress.status).toBe('inProgress');
    expect(inProgress.completedOn).toBeUndefined();
    const done = applyItemChanges(
      item('clock:disclosure'),
      { status: 'done', completedOn: '2027-02-09' },
      ctx,
    );
    const posted = applyItemChanges(done, { posting: { from: '2027-02-10', where: '' } }, ctx);
    expect(posted).toMatchObject({ status: 'done', completedOn: '2027-02-09' });
  });

  it('keeps each form once, in the order the Law lists them, and the place trimmed', () => {
    const posted = applyItemChanges(
      item('clock:disclosure'),
      {
        posting: {
          from: '2027-02-10',
          where: '  Cổng thông tin của Trung tâm  ',
          forms: ['website', 'noticeBoard', 'website'],
        },
      },
      ctx,
    );
    expect(posted.posting).toEqual({
      from: '2027-02-10',
      where: 'Cổng thông tin của Trung tâm',
      forms: ['noticeBoard', 'website'],
    });
  });

  it('refuses a posting dated after today, or taken down before it went up or after today', () => {
    const post = (posting: { from: string; until?: string }) => () =>
      applyItemChanges(item('clock:disclosure'), { posting: { ...posting, where: '' } }, ctx);
    expect(refused(post({ from: '2027-02-21' }))).toBe(
      'Ngày niêm yết (21/02/2027) không được sau hôm nay.',
    );
    expect(refused(post({ from: '2027-02-10', until: '2027-02-09' }))).toBe(
      'Ngày gỡ niêm yết (09/02/2027) không được trước ngày niêm yết (10/02/2027).',
    );
    expect(refused(post({ from: '2027-02-10', until: '2027-02-21' }))).toBe(
      'Ngày gỡ niêm yết (21/02/2027) không được sau hôm nay.',
    );
  });

  it('a posting removed (null) leaves the status as it was', () => {
    const posted = applyItemChanges(
      item('clock:disclosure'),
      { posting: { from: '2027-02-10', where: '' } },
      ctx,
    );
    const cleared = applyItemChanges(posted, { posting: null }, ctx);
    expect(cleared.posting).toBeUndefined();
    expect(cleared.status).toBe('done');
  });
});

describe("a hand-made item is the user's own; the resolution's and the Law's are not", () => {
  const manual: FollowUpItem = {
    id: 'mine',
    origin: 'manual',
    title: 'Sửa mái nhà xe',
    status: 'notStarted',
    ...blankProgress(AT),
  };

  it('its wording, part, indicator and target can be changed, and cleared with null', () => {
    const edited = applyItemChanges(
      manual,
      {
        title: 'Sửa mái nhà xe khu B',
        section: 'tasks',
        indicator: 'Diện tích mái',
        target: 120,
        unitOfMeasure: 'm²',
      },
      ctx,
    );
    expect(edited).toMatchObject({
      title: 'Sửa mái nhà xe khu B',
      section: 'tasks',
      indicator: 'Diện tích mái',
      target: 120,
      unitOfMeasure: 'm²',
    });
    const cleared = applyItemChanges(
      edited,
      { section: null, indicator: null, target: null, unitOfMeasure: null },
      ctx,
    );
    expect(cleared).not.toHaveProperty('section');
    expect(cleared).not.toHaveProperty('target');
    expect(cleared).not.toHaveProperty('indicator');
  });

  it('contentLock says why an item of the resolution or a clock cannot be edited or removed', () => {
    expect(contentLock(manual, 'edit')).toBeNull();
    expect(contentLock({ origin: 'carriedOver' }, 'remove')).toBeNull();
    expect(contentLock(item('resolution:k1'), 'remove')).toMatch(
      /^Nội dung của nghị quyết đã thông qua không xoá được.*sửa đổi nghị quyết \(ghi lý do\)/,
    );
    expect(contentLock(item('clock:disclosure'), 'remove')).toMatch(
      /^Việc theo quy định của Luật không xoá được/,
    );
    expect(refused(() => applyItemChanges(item('resolution:k1'), { target: 5 }, ctx))).toBe(
      contentLock(item('resolution:k1'), 'edit'),
    );
  });
});
