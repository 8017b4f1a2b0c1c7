/**
 * The follow-up list kept in step with the adopted resolution (R9, R10). When the resolution is
 * adopted — and again after an amendment or a re-adoption — every target, task and decision
 * becomes an item and the clocks of the Law are created. Ids are derived from what they follow
 * ("resolution:<item id>", "clock:<clock>"), so running this again never duplicates anything: the
 * service runs it on adoption and whenever it loads the follow-up (files adopted before this
 * version get their items too).
 *
 * What the resolution says is its own: an item's text, part, indicator and target follow the
 * resolution as adopted or amended (with its logged reason). Owner and deadline are copied once and
 * then belong to the follow-up, where a task may be given to a named person. A resolution item
 * dropped by an amendment keeps its follow-up item, with its notes and evidence (shown as no
 * longer in the resolution). Nothing is removed here, ever.
 */
import type { Conference } from './conference';
import { blankProgress, type FollowUp, type FollowUpItem, type LegalClock } from './followUp';
import type { HolidayTable } from './holidays';
import { legalClocks } from './legalClocks';
import { RESOLUTION_SECTIONS, type Owner, type ResolutionItem } from './resolution';
import { adoptedOn } from './resolutionStage';
import type { RuleSet } from '../rules/ruleSets';

export interface SyncContext {
  holidays: HolidayTable;
  rules: RuleSet;
  /** ISO timestamp written on items created or changed. */
  at: string;
}

export const resolutionItemKey = (resolutionItemId: string) => `resolution:${resolutionItemId}`;
export const clockItemKey = (clock: LegalClock) => `clock:${clock}`;

/**
 * The items of the resolution that are followed up: every target, task and decision (the Ban TTND
 * result excepted: its own clock is the recognition decision, R20), and any other item given an
 * owner or a deadline (an emulation movement, an internal rule to apply). The assessment of last
 * year is not a task.
 */
export function trackedResolutionItems(items: readonly ResolutionItem[]): ResolutionItem[] {
  const always = new Set(['targets', 'tasks', 'decisions']);
  return RESOLUTION_SECTIONS.flatMap((section) =>
    items.filter(
      (i) =>
        i.section === section &&
        section !== 'assessment' &&
        !i.fromElection &&
        (always.has(section) || i.owner !== undefined || i.deadline !== undefined),
    ),
  );
}

function clockTitle(clock: LegalClock, rules: RuleSet): string {
  switch (clock) {
    case 'dissemination':
      return 'Phổ biến, quán triệt, hướng dẫn thực hiện nghị quyết hội nghị đến toàn thể cán bộ, công chức, viên chức, người lao động; đầu mối theo dõi, đôn đốc thực hiện (Điều 52.2 Luật Thực hiện dân chủ ở cơ sở).';
    case 'disclosure':
      return `Công khai nghị quyết hội nghị và các nội dung phải công khai (Điều 46) chậm nhất ${rules.disclosureWorkingDays.value} ngày làm việc sau khi thông qua; niêm yết ít nhất ${rules.postingMinDays.value} ngày liên tục (Điều 47.2, 48).`;
    case 'firstReview':
    case 'secondReview':
      return `Thủ trưởng và Ban Chấp hành Công đoàn kiểm tra, đánh giá việc thực hiện nghị quyết 6 tháng lần thứ ${clock === 'firstReview' ? 'nhất' : 'hai'} và thông báo kết quả đến toàn thể cán bộ, công chức, viên chức, người lao động (Điều 52.3).`;
  }
}

/** The focal point owns the dissemination (Điều 52.2); the head the other clocks. */
function clockOwner(clock: LegalClock, focalPointId: string | undefined): Owner | undefined {
  if (clock !== 'dissemination') return { kind: 'head' };
  return focalPointId ? { kind: 'person', personId: focalPointId } : undefined;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Sets or deletes an optional field, so an absent value stays absent in the file. */
function withOptional<T extends object, K extends keyof T>(item: T, key: K, value: T[K]): T {
  const next = { ...item };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

function touched(before: FollowUpItem, after: FollowUpItem, at: string): FollowUpItem {
  return sameJson(before, after) ? before : { ...after, updatedAt: at };
}

function fromResolution(
  item: ResolutionItem,
  existing: FollowUpItem | undefined,
  at: string,
): FollowUpItem {
  const title = item.text.trim() || item.indicator?.trim() || '(nội dung nghị quyết)';
  let next: FollowUpItem = existing ?? {
    id: resolutionItemKey(item.id),
    origin: 'resolution',
    resolutionItemId: item.id,
    title,
    status: 'notStarted',
    ...blankProgress(at),
    ...(item.owner ? { owner: item.owner } : {}),
    ...(item.deadline ? { deadline: item.deadline } : {}),
  };
  next = { ...next, title, section: item.section };
  next = withOptional(next, 'indicator', item.indicator);
  next = withOptional(next, 'target', item.target);
  next = withOptional(next, 'unitOfMeasure', item.unitOfMeasure);
  return existing ? touched(existing, next, at) : next;
}

function fromClock(
  clock: LegalClock,
  due: string,
  existing: FollowUpItem | undefined,
  focalPointId: string | undefined,
  rules: RuleSet,
  at: string,
): FollowUpItem {
  const owner = clockOwner(clock, focalPointId);
  if (!existing) {
    return {
      id: clockItemKey(clock),
      origin: 'clock',
      clock,
      computedDeadline: due,
      title: clockTitle(clock, rules),
      deadline: due,
      status: 'notStarted',
      ...blankProgress(at),
      ...(owner ? { owner } : {}),
    };
  }
  // A deadline the user set stays; one that still follows the clock moves with it.
  const followsClock = existing.deadline === existing.computedDeadline;
  let next: FollowUpItem = {
    ...existing,
    title: clockTitle(clock, rules),
    computedDeadline: due,
    deadline: followsClock ? due : existing.deadline,
  };
  if (clock === 'dissemination') next = withOptional(next, 'owner', owner);
  return touched(existing, next, at);
}

/**
 * The follow-up with the adopted resolution's items and the clocks, in a stable order: the clocks,
 * the resolution's items in its printed order, then the rest as they were. Unchanged (the same
 * object) before adoption.
 */
export function syncFollowUp(
  conference: Pick<Conference, 'resolution' | 'followUp'>,
  ctx: SyncContext,
): FollowUp {
  const { resolution, followUp } = conference;
  const adopted = resolution.stage === 'adopted' ? adoptedOn(resolution) : undefined;
  if (!adopted) return followUp;
  const byId = new Map(followUp.items.map((i) => [i.id, i]));
  const placed = new Set<string>();

  const clocks = legalClocks(adopted, ctx.holidays, ctx.rules).map(({ clock, due }) => {
    const id = clockItemKey(clock);
    placed.add(id);
    return fromClock(clock, due, byId.get(id), resolution.focalPointId, ctx.rules, ctx.at);
  });
  const fromItems = trackedResolutionItems(resolution.items).map((item) => {
    const id = resolutionItemKey(item.id);
    placed.add(id);
    return fromResolution(item, byId.get(id), ctx.at);
  });
  const rest = followUp.items.filter((i) => !placed.has(i.id));
  const items = [...clocks, ...fromItems, ...rest];
  const unchanged =
    items.length === followUp.items.length && items.every((item, i) => item === followUp.items[i]);
  return unchanged ? followUp : { ...followUp, items };
}
