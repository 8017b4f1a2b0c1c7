import { describe, expect, it } from 'vitest';
import { followUpView } from '../../../core/domain/followUpView';
import {
  changesOf,
  draftOf,
  rebaseDraft,
} from '../../../renderer/src/components/followUp/followUpDraft';
import { followed, viewContext } from '../core/domain/followUp.fixture';

const firstItem = () => {
  const item = followUpView(followed(), viewContext('2027-03-05')).items[0];
  if (!item) throw new Error('the fixture has follow-up items');
  return item;
};

describe('the follow-up drawer’s form', () => {
  it('sends only what the user changed', () => {
    const item = firstItem();
    const draft = { ...draftOf(item), status: 'inProgress' as const };
    expect(changesOf(item, draftOf(item))).toEqual({});
    expect(changesOf(item, draft)).toEqual({ status: 'inProgress' });
  });

  it('a new answer for the same item (a note added) keeps the status chosen and not saved yet', () => {
    const old = firstItem();
    const draft = { ...draftOf(old), status: 'inProgress' as const };
    const next = { ...old, nextSteps: 'Đã họp giao ban', notes: [] };
    const rebased = rebaseDraft(old, next, draft);
    expect(rebased.status).toBe('inProgress');
    // What the user did not touch follows the service's answer.
    expect(rebased.nextSteps).toBe('Đã họp giao ban');
    expect(changesOf(next, rebased)).toEqual({ status: 'inProgress' });
  });

  it('a field saved elsewhere with the user’s own value is no longer a change', () => {
    const old = firstItem();
    const draft = { ...draftOf(old), issues: 'Thiếu kinh phí' };
    const next = { ...old, issues: 'Thiếu kinh phí' };
    expect(changesOf(next, rebaseDraft(old, next, draft))).toEqual({});
  });
});
