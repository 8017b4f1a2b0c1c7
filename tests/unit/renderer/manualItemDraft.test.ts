import { describe, expect, it } from 'vitest';
import { blankProgress } from '../../../core/domain/followUp';
import { followUpItemViews } from '../../../core/domain/followUpView';
import {
  EMPTY_WORDING,
  newItemInput,
  wordingChanges,
  wordingOf,
} from '../../../renderer/src/components/followUp/manualItemDraft';
import { AT, followed, viewContext } from '../core/domain/followUp.fixture';

/** A hand-made item with a numeric target, as the follow-up view gives it to the screen. */
const manualItem = () => {
  const c = followed();
  const mine = {
    id: 'mine',
    origin: 'manual' as const,
    title: 'Sửa mái nhà xe',
    section: 'tasks' as const,
    indicator: 'Diện tích mái',
    target: 120,
    unitOfMeasure: 'm²',
    status: 'notStarted' as const,
    ...blankProgress(AT),
  };
  const withMine = { ...c, followUp: { ...c.followUp, items: [...c.followUp.items, mine] } };
  return followUpItemViews(withMine, viewContext('2027-03-05')).find((i) => i.id === 'mine')!;
};

describe('the form of a hand-made item', () => {
  it('a new item leaves out what was not filled in', () => {
    expect(newItemInput('n1', { ...EMPTY_WORDING, title: 'Việc mới' }, {})).toEqual({
      id: 'n1',
      title: 'Việc mới',
    });
    expect(
      newItemInput(
        'n2',
        { title: 'Việc', section: 'targets', indicator: ' Tỷ lệ ', target: 0, unitOfMeasure: '%' },
        { deadline: '2027-06-30' },
      ),
    ).toEqual({
      id: 'n2',
      title: 'Việc',
      section: 'targets',
      indicator: 'Tỷ lệ',
      target: 0,
      unitOfMeasure: '%',
      deadline: '2027-06-30',
    });
  });

  it('an edit sends only what changed, and a field emptied as null (cleared)', () => {
    const item = manualItem();
    expect(wordingChanges(item, wordingOf(item))).toEqual({});
    expect(
      wordingChanges(item, {
        ...wordingOf(item),
        title: 'Sửa mái nhà xe khu B',
        section: undefined,
        indicator: '  ',
        target: undefined,
      }),
    ).toEqual({ title: 'Sửa mái nhà xe khu B', section: null, indicator: null, target: null });
  });

  it('spaces typed around the same wording are not a change', () => {
    const item = manualItem();
    expect(wordingChanges(item, { ...wordingOf(item), unitOfMeasure: ' m² ' })).toEqual({});
  });
});
