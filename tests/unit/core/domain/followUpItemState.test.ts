import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../core/domain/appError';
import { applyItemChanges } from '../../../../core/domain/followUpEdit';
import {
  filterFollowUpItems,
  ownerKey,
  ownerOptions,
  sortFollowUpItems,
} from '../../../../core/domain/followUpFilter';
import { followUpItemViews, followUpView } from '../../../../core/domain/followUpView';
import type { DisclosureForm, FollowUpItem } from '../../../../core/domain/followUp';
import { AT, followed, viewContext } from './followUp.fixture';

const item = (id: string, c = followed()): FollowUpItem => {
  const found = c.followUp.items.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};

const stateOn = (today: string, changes: Parameters<typeof applyItemChanges>[1] = {}) => {
  const c = followed();
  const edited = applyItemChanges(item('resolution:k2', c), changes, {
    today: '2027-12-31',
    at: AT,
  });
  const withEdit = {
    ...c,
    followUp: {
      ...c.followUp,
      items: c.followUp.items.map((i) => (i.id === edited.id ? edited : i)),
    },
  };
  return followUpItemViews(withEdit, viewContext(today)).find((i) => i.id === edited.id)!.state;
};

describe('overdue is computed from the clock, never typed', () => {
  // resolution:k2 is due Wednesday 31/03/2027.
  it('due today is not overdue; the day after is', () => {
    expect(stateOn('2027-03-31')).toMatchObject({ overdue: false, daysLeft: 0, dueSoon: true });
    expect(stateOn('2027-04-01')).toMatchObject({ overdue: true, daysLeft: -1, dueSoon: false });
  });

  it('due soon is within 30 days, inclusive', () => {
    expect(stateOn('2027-03-01')).toMatchObject({ daysLeft: 30, dueSoon: true });
    expect(stateOn('2027-02-28')).toMatchObject({ daysLeft: 31, dueSoon: false });
  });

  it('an item done or closed with a reason is never overdue', () => {
    expect(stateOn('2027-05-01', { status: 'done', completedOn: '2027-03-20' })).toMatchObject({
      overdue: false,
      completedLate: false,
    });
    expect(
      stateOn('2027-05-01', { status: 'notDone', notDoneReason: 'Chưa có kinh phí.' }).overdue,
    ).toBe(false);
    expect(stateOn('2027-05-01', { status: 'inProgress' }).overdue).toBe(true);
  });

  it('done after the deadline is marked late, on the deadline is not', () => {
    const done = (on: string) => stateOn('2027-05-01', { status: 'done', completedOn: on });
    expect(done('2027-03-31').completedLate).toBe(false);
    expect(done('2027-04-01').completedLate).toBe(true);
  });
});

describe('changes to an item', () => {
  const ctx = { today: '2027-03-10', at: AT };

  const refused = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('INVALID_INPUT');
      return (error as AppError).message;
    }
    throw new Error('not refused');
  };

  it('"không thực hiện được" needs its reason', () => {
    expect(refused(() => applyItemChanges(item('resolution:k1'), { status: 'notDone' }, ctx))).toBe(
      'Hãy ghi lý do không thực hiện được.',
    );
    const closed = applyItemChanges(
      item('resolution:k1'),
      { status: 'notDone', notDoneReason: '  Không có kinh phí  ' },
      ctx,
    );
    expect(closed).toMatchObject({ status: 'notDone', notDoneReason: 'Không có kinh phí' });
  });

  it('what the resolution says is changed by amending the resolution, not here', () => {
    expect(refused(() => applyItemChanges(item('resolution:k1'), { title: 'Khác' }, ctx))).toMatch(
      /sửa đổi nghị quyết/,
    );
    expect(refused(() => applyItemChanges(item('clock:disclosure'), { target: 3 }, ctx))).toMatch(
      /Luật/,
    );
  });

  it('the dissemination belongs to the focal point; only the disclosure is posted', () => {
    expect(
      refused(() =>
        applyItemChanges(item('clock:dissemination'), { owner: { kind: 'head' } }, ctx),
      ),
    ).toMatch(/đầu mối/);
    expect(
      refused(() =>
        applyItemChanges(
          item('resolution:k1'),
          { posting: { from: '2027-02-01', where: '' } },
          ctx,
        ),
      ),
    ).toMatch(/niêm yết/);
  });

  it('done is dated today by default, never in the future; reopening clears the date', () => {
    const done = applyItemChanges(item('resolution:k1'), { status: 'done' }, ctx);
    expect(done.completedOn).toBe('2027-03-10');
    expect(
      refused(() =>
        applyItemChanges(item('resolution:k1'), { status: 'done', completedOn: '2027-03-11' }, ctx),
      ),
    ).toMatch(/không được sau hôm nay/);
    const reopened = applyItemChanges(done, { status: 'inProgress' }, ctx);
    expect(reopened.completedOn).toBeUndefined();
  });

  it('no change answers the same object (nothing to save)', () => {
    const k1 = item('resolution:k1');
    expect(applyItemChanges(k1, { issues: '' }, ctx)).toBe(k1);
    expect(applyItemChanges(k1, { issues: 'Thiếu máy quét.' }, ctx).updatedAt).toBe(AT);
  });
});

describe('R10: the disclosure posted within 5 working days, for at least 20 days', () => {
  const posted = (from: string, until?: string) => {
    const c = followed();
    const disclosure = applyItemChanges(
      item('clock:disclosure', c),
      { posting: { from, ...(until ? { until } : {}), where: 'Bảng tin tầng 1' } },
      { today: '2027-03-31', at: AT },
    );
    const next = {
      ...c,
      followUp: {
        ...c.followUp,
        items: c.followUp.items.map((i) => (i.id === disclosure.id ? disclosure : i)),
      },
    };
    return followUpItemViews(next, viewContext('2027-03-31')).find((i) => i.id === disclosure.id)!
      .state;
  };

  it('posted on the last day, kept 20 days counted from the day after: no problem', () => {
    expect(posted('2027-02-12', '2027-03-04')).toMatchObject({
      postingUntil: '2027-03-04',
      problems: [],
    });
  });

  it('posted after the 5th working day, or taken down early: both said', () => {
    const state = posted('2027-02-15', '2027-03-06');
    expect(state.problems).toEqual([
      'Niêm yết ngày 15/02/2027, sau thời hạn công khai 12/02/2027 (5 ngày làm việc, Luật 10/2022/QH15, Điều 47.2).',
      'Niêm yết chưa đủ 20 ngày liên tục: phải niêm yết đến hết ngày 07/03/2027 (Luật 10/2022/QH15, Điều 48.1–2).',
    ]);
    expect(state.posting).toMatchObject({ state: 'takenDownEarly', late: true, daysPosted: 19 });
  });

  // The disclosure is due Friday 12/02/2027; a posting of that day must stay up through 04/03.
  const postedOn = (
    today: string,
    posting: { from: string; until?: string; forms?: DisclosureForm[] },
  ) => {
    const c = followed();
    const disclosure = applyItemChanges(
      item('clock:disclosure', c),
      { posting: { where: 'Bảng tin tầng 1', ...posting } },
      { today: '2027-12-31', at: AT },
    );
    const next = {
      ...c,
      followUp: {
        ...c.followUp,
        items: c.followUp.items.map((i) => (i.id === disclosure.id ? disclosure : i)),
      },
    };
    return followUpItemViews(next, viewContext(today)).find((i) => i.id === disclosure.id)!.state;
  };

  it('still up and short of 20 days: the days posted and the days left, counted on today', () => {
    expect(postedOn('2027-02-20', { from: '2027-02-12' }).posting).toEqual({
      state: 'posting',
      until: '2027-03-04',
      daysPosted: 8,
      daysLeft: 12,
      late: false,
      minDays: 20,
    });
    // The last day it must stay up is still "posting", with nothing left after today.
    expect(postedOn('2027-03-04', { from: '2027-02-12' }).posting).toMatchObject({
      state: 'posting',
      daysLeft: 0,
      daysPosted: 20,
    });
    // Not a problem while it is up: only a posting taken down early is.
    expect(postedOn('2027-02-20', { from: '2027-02-12' }).problems).toEqual([]);
  });

  it('kept for the 20 days: it may come down the day after, up or taken down', () => {
    expect(postedOn('2027-03-05', { from: '2027-02-12' }).posting).toMatchObject({
      state: 'kept',
      daysLeft: null,
      daysPosted: 21,
    });
    expect(
      postedOn('2027-03-31', { from: '2027-02-12', until: '2027-03-04' }).posting,
    ).toMatchObject({ state: 'kept', daysPosted: 20 });
  });

  it('said only at a meeting or in writing: nothing stays up, so no 20 days are counted', () => {
    const oneOff = postedOn('2027-02-20', {
      from: '2027-02-12',
      until: '2027-02-12',
      forms: ['meeting', 'writtenNotice'],
    });
    expect(oneOff.postingUntil).toBeNull();
    expect(oneOff.posting).toMatchObject({ state: 'oneOff', until: null, daysLeft: null });
    expect(oneOff.problems).toEqual([]);
    // With a notice board as well, the posting counts its 20 days.
    expect(
      postedOn('2027-02-20', { from: '2027-02-12', forms: ['meeting', 'noticeBoard'] }).posting,
    ).toMatchObject({ state: 'posting', until: '2027-03-04' });
  });

  it('a late posting is flagged on the state as well as in the problems', () => {
    const late = postedOn('2027-02-20', { from: '2027-02-15', forms: ['website'] });
    expect(late.posting).toMatchObject({ state: 'posting', late: true, until: '2027-03-07' });
    expect(late.problems).toHaveLength(1);
  });
});

describe('the overview, filters and search', () => {
  const c = (() => {
    const base = followed();
    const at = { today: '2027-04-10', at: AT };
    const edit = (id: string, changes: Parameters<typeof applyItemChanges>[1]) =>
      applyItemChanges(item(id, base), changes, at);
    const items = base.followUp.items.map((i) => {
      if (i.id === 'clock:dissemination')
        return edit(i.id, { status: 'done', completedOn: '2027-02-05' });
      if (i.id === 'clock:disclosure')
        return edit(i.id, { status: 'done', completedOn: '2027-02-10' });
      if (i.id === 'resolution:k1')
        return {
          ...edit(i.id, { status: 'inProgress' }),
          notes: [
            { id: 'n', on: '2027-04-01', text: 'Đã quét 40% hồ sơ của Đặng Văn Lâm', at: AT },
          ],
        };
      if (i.id === 'resolution:d1') return edit(i.id, { status: 'notDone', notDoneReason: 'Hoãn' });
      return i;
    });
    return { ...base, followUp: { ...base.followUp, items } };
  })();
  const view = followUpView(c, viewContext('2027-04-10'));

  it('counts by status, overdue, due in 30 days and per part of the resolution', () => {
    const d = view.dashboard;
    expect(d).toMatchObject({
      total: 9,
      byStatus: { notStarted: 5, inProgress: 1, done: 2, notDone: 1 },
      // k2 was due 31/03.
      overdue: 1,
      overdueIds: ['resolution:k2'],
      // Nothing else falls due before 10/05.
      dueSoon: 0,
      percentDone: 22.22,
    });
    expect(d.groups.map((g) => [g.group, g.total, g.byStatus.done, g.overdue])).toEqual([
      ['targets', 1, 0, 0],
      ['tasks', 2, 0, 1],
      ['decisions', 1, 0, 0],
      ['emulation', 1, 0, 0],
      ['legal', 4, 2, 0],
    ]);
    expect(d.groups.find((g) => g.group === 'legal')?.percentDone).toBe(50);
  });

  it('filters by owner, status, part and overdue, and searches without accents', () => {
    const items = view.items;
    const ids = (filter: Parameters<typeof filterFollowUpItems>[1]) =>
      filterFollowUpItems(items, filter).map((i) => i.id);
    expect(ids({ owner: 'head' })).toEqual([
      'clock:disclosure',
      'clock:firstReview',
      'clock:secondReview',
      'resolution:k2',
    ]);
    expect(ids({ owner: ownerKey({ kind: 'department', department: 'Văn phòng' }) })).toEqual([
      'resolution:k1',
    ]);
    expect(ids({ statuses: ['notDone', 'inProgress'] })).toEqual([
      'resolution:k1',
      'resolution:d1',
    ]);
    expect(ids({ groups: ['tasks'], overdue: true })).toEqual(['resolution:k2']);
    // "so hoa" finds "Số hoá", "dang van lam" a progress note, "nhung" the focal point's name.
    expect(ids({ search: 'so hoa' })).toEqual(['resolution:k1']);
    expect(ids({ search: 'DANG van lam' })).toEqual(['resolution:k1']);
    expect(ids({ search: 'nhung' })).toEqual(['clock:dissemination']);
    expect(ids({ search: 'quy che chi tieu', overdue: true })).toEqual(['resolution:k2']);
    expect(ownerOptions(items).map((o) => o.label)).toContain('Đặng Thị Hồng Nhung');
  });

  it('sorts by deadline with undated items last', () => {
    const sorted = sortFollowUpItems(view.items, 'deadline').map((i) => i.deadline ?? '—');
    expect(sorted).toEqual([
      '2027-02-12',
      '2027-02-12',
      '2027-03-31',
      '2027-06-30',
      '2027-07-29',
      '2028-01-31',
      '—',
      '—',
      '—',
    ]);
  });
});
