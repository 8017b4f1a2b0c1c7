/**
 * The follow-up list filtered by owner, status, part of the resolution and overdue, searched
 * without accents ("hoan thanh" finds "Hoàn thành", "dang" finds "Đặng"), and sorted. Pure and fast
 * enough to run on every keystroke over a thousand items in the screen; the spreadsheet export
 * takes the same filter so the file holds what the screen shows.
 */
import { z } from 'zod';
import { FOLLOW_UP_GROUPS, FOLLOW_UP_STATUSES, type FollowUpItem } from './followUp';
import type { FollowUpItemState } from './followUpItemState';
import type { Owner } from './resolution';
import { foldForSearch } from './vietnamese';

export const FollowUpFilterSchema = z
  .object({
    /** An ownerKey: 'head', 'union', 'board', 'department:<name>', 'person:<id>' or 'none'. */
    owner: z.string().max(300).optional(),
    statuses: z.array(z.enum(FOLLOW_UP_STATUSES)).max(FOLLOW_UP_STATUSES.length).optional(),
    groups: z.array(z.enum(FOLLOW_UP_GROUPS)).max(FOLLOW_UP_GROUPS.length).optional(),
    /** Only the overdue items. */
    overdue: z.boolean().optional(),
    search: z.string().max(200).optional(),
  })
  .strict();
export type FollowUpFilter = z.infer<typeof FollowUpFilterSchema>;

export type FilterableItem = Pick<
  FollowUpItem,
  'id' | 'title' | 'owner' | 'status' | 'deadline' | 'indicator' | 'notes'
> & { state: Pick<FollowUpItemState, 'group' | 'ownerText' | 'overdue'> };

/** One string per owner, for a select and for the filter. */
export function ownerKey(owner: Owner | undefined): string {
  if (!owner) return 'none';
  if (owner.kind === 'person') return `person:${owner.personId ?? ''}`;
  if (owner.kind === 'department') return `department:${owner.department?.trim() ?? ''}`;
  return owner.kind;
}

/** The owners present in the list, each once, in the order of first appearance. */
export function ownerOptions(items: readonly FilterableItem[]): { key: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const item of items) {
    const key = ownerKey(item.owner);
    if (!seen.has(key)) seen.set(key, item.state.ownerText || '(chưa phân công)');
  }
  return [...seen].map(([key, label]) => ({ key, label }));
}

// Items are immutable values: fold each one's text once, however often the user types.
const folded = new WeakMap<object, string>();

function searchText(item: FilterableItem): string {
  let text = folded.get(item);
  if (text === undefined) {
    text = foldForSearch(
      [
        item.title,
        item.indicator ?? '',
        item.state.ownerText,
        ...item.notes.map((n) => n.text),
      ].join(' '),
    );
    folded.set(item, text);
  }
  return text;
}

export function filterFollowUpItems<T extends FilterableItem>(
  items: readonly T[],
  filter: FollowUpFilter,
): T[] {
  const words = foldForSearch(filter.search ?? '')
    .split(' ')
    .filter(Boolean);
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : null;
  const groups = filter.groups?.length ? new Set(filter.groups) : null;
  return items.filter(
    (item) =>
      (filter.owner === undefined || ownerKey(item.owner) === filter.owner) &&
      (!statuses || statuses.has(item.status)) &&
      (!groups || groups.has(item.state.group)) &&
      (!filter.overdue || item.state.overdue) &&
      (words.length === 0 || words.every((w) => searchText(item).includes(w))),
  );
}

export const FOLLOW_UP_SORTS = ['deadline', 'status', 'owner', 'title', 'order'] as const;
export type FollowUpSort = (typeof FOLLOW_UP_SORTS)[number];

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Sorted copy; items without a deadline go last; ties keep the list's order. */
export function sortFollowUpItems<T extends FilterableItem>(
  items: readonly T[],
  by: FollowUpSort,
  descending = false,
): T[] {
  if (by === 'order') return descending ? [...items].reverse() : [...items];
  const sign = descending ? -1 : 1;
  const index = new Map(items.map((item, i) => [item.id, i]));
  const compare = (a: T, b: T): number => {
    switch (by) {
      case 'deadline':
        if (!a.deadline || !b.deadline) return a.deadline ? -1 : b.deadline ? 1 : 0;
        return sign * a.deadline.localeCompare(b.deadline);
      case 'status':
        return sign * (FOLLOW_UP_STATUSES.indexOf(a.status) - FOLLOW_UP_STATUSES.indexOf(b.status));
      case 'owner':
        return sign * collator.compare(a.state.ownerText, b.state.ownerText);
      case 'title':
        return sign * collator.compare(a.title, b.title);
    }
  };
  return [...items].sort(
    (a, b) => compare(a, b) || (index.get(a.id) ?? 0) - (index.get(b.id) ?? 0),
  );
}
