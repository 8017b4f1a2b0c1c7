import type { ResolutionSection } from '../../../../core/domain/resolution';
import type {
  FollowUpItemChanges,
  FollowUpItemInput,
  FollowUpViewOutput,
} from '../../../../core/followUpContract';

type Item = FollowUpViewOutput['items'][number];

/** The wording of a hand-made item as its form edits it: what, which part, which indicator. */
export interface WordingDraft {
  title: string;
  section: ResolutionSection | undefined;
  indicator: string;
  target: number | undefined;
  unitOfMeasure: string;
}

export const EMPTY_WORDING: WordingDraft = {
  title: '',
  section: undefined,
  indicator: '',
  target: undefined,
  unitOfMeasure: '',
};

export const wordingOf = (item: Item): WordingDraft => ({
  title: item.title,
  section: item.section,
  indicator: item.indicator ?? '',
  target: item.target,
  unitOfMeasure: item.unitOfMeasure ?? '',
});

/** A new hand-made item; empty optional fields are left out. */
export function newItemInput(
  id: string,
  d: WordingDraft,
  extra: Pick<FollowUpItemInput, 'owner' | 'deadline'>,
): FollowUpItemInput {
  return {
    id,
    title: d.title,
    ...(d.section ? { section: d.section } : {}),
    ...(d.indicator.trim() ? { indicator: d.indicator.trim() } : {}),
    ...(d.target !== undefined ? { target: d.target } : {}),
    ...(d.unitOfMeasure.trim() ? { unitOfMeasure: d.unitOfMeasure.trim() } : {}),
    ...(extra.owner ? { owner: extra.owner } : {}),
    ...(extra.deadline ? { deadline: extra.deadline } : {}),
  };
}

/** Only what changed is sent; a field emptied is cleared (null), as followUp:updateItem takes it. */
export function wordingChanges(item: Item, d: WordingDraft): FollowUpItemChanges {
  const before = wordingOf(item);
  const changes: FollowUpItemChanges = {};
  if (d.title.trim() !== before.title) changes.title = d.title;
  if (d.section !== before.section) changes.section = d.section ?? null;
  if (d.indicator.trim() !== before.indicator) changes.indicator = d.indicator.trim() || null;
  if (d.target !== before.target) changes.target = d.target ?? null;
  if (d.unitOfMeasure.trim() !== before.unitOfMeasure)
    changes.unitOfMeasure = d.unitOfMeasure.trim() || null;
  return changes;
}
