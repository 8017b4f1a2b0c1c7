/**
 * A change to one follow-up item, checked: what the adopted resolution says stays the resolution's
 * (changed only by amending it, with a logged reason — Luật 10/2022/QH15 Điều 51.4.i), the
 * dissemination's owner is the focal point chosen with the resolution (Điều 52.2), "không thực
 * hiện được" needs its reason, a completion is never dated in the future, and only the disclosure
 * clock is posted (R10). Every refusal is a Vietnamese AppError; nothing is changed silently.
 * Hand-made and carried-over items are the user's own: their wording can be edited and they can
 * be removed; the items of the resolution and the clocks of the Law cannot (contentLock).
 */
import { refuseInput } from './appError';
import { formatDateVi } from './dates';
import {
  DISCLOSURE_FORMS,
  OPEN_STATUSES,
  type DisclosureForm,
  type FollowUpItem,
} from './followUp';
import type { Owner, ResolutionSection } from './resolution';

export interface ItemChanges {
  title?: string;
  section?: ResolutionSection | null;
  indicator?: string | null;
  target?: number | null;
  unitOfMeasure?: string | null;
  owner?: Owner | null;
  deadline?: string | null;
  status?: FollowUpItem['status'];
  notDoneReason?: string;
  completedOn?: string | null;
  achieved?: number | null;
  issues?: string;
  nextSteps?: string;
  posting?: { from: string; until?: string; where: string; forms?: DisclosureForm[] } | null;
}

const RESOLUTION_FIELDS = ['title', 'section', 'indicator', 'target', 'unitOfMeasure'] as const;

/** An owner as it may be stored: a department with its name, a person with an id. */
export function checkOwner(owner: Owner): Owner {
  if (owner.kind === 'department') {
    const department = owner.department?.trim();
    if (!department) refuseInput('Hãy ghi tên phòng, ban chủ trì.');
    return { kind: 'department', department };
  }
  if (owner.kind === 'person') {
    if (!owner.personId) refuseInput('Hãy chọn người chủ trì trong danh sách cán bộ.');
    return { kind: 'person', personId: owner.personId };
  }
  return { kind: owner.kind };
}

function setOptional<K extends keyof FollowUpItem>(
  item: FollowUpItem,
  key: K,
  value: FollowUpItem[K] | null | undefined,
): FollowUpItem {
  if (value === undefined) return item;
  const next = { ...item };
  if (value === null) delete next[key];
  else next[key] = value;
  return next;
}

/**
 * Why an item's wording (title, part, indicator, target) cannot be edited here nor the item
 * removed: it is the adopted resolution's (changed by amending the resolution, with its reason
 * logged — Điều 51.4.i) or a clock of the Law (R9, R10). Null for the user's own items.
 */
export function contentLock(
  item: Pick<FollowUpItem, 'origin'>,
  action: 'edit' | 'remove',
): string | null {
  if (item.origin === 'clock') {
    return action === 'edit'
      ? 'Nội dung việc theo quy định của Luật do ứng dụng lập, không sửa được; hãy ghi tiến độ, minh chứng hoặc đổi thời hạn, người chủ trì.'
      : 'Việc theo quy định của Luật không xoá được: nếu không thực hiện được, hãy chọn trạng thái "Không thực hiện được" và ghi lý do.';
  }
  if (item.origin === 'resolution') {
    return action === 'edit'
      ? 'Nội dung, chỉ tiêu lấy từ nghị quyết đã thông qua: muốn sửa, hãy sửa đổi nghị quyết (ghi lý do) — danh sách theo dõi sẽ cập nhật theo.'
      : 'Nội dung của nghị quyết đã thông qua không xoá được khỏi danh sách theo dõi: hãy sửa đổi nghị quyết (ghi lý do), hoặc chọn "Không thực hiện được" và ghi lý do.';
  }
  return null;
}

/** R10: a posting is a record of what happened, so neither of its days is after today. */
function checkPosting(posting: NonNullable<ItemChanges['posting']>, today: string): void {
  if (posting.from > today) {
    refuseInput(`Ngày niêm yết (${formatDateVi(posting.from)}) không được sau hôm nay.`);
  }
  if (posting.until && posting.until < posting.from) {
    refuseInput(
      `Ngày gỡ niêm yết (${formatDateVi(posting.until)}) không được trước ngày niêm yết (${formatDateVi(posting.from)}).`,
    );
  }
  if (posting.until && posting.until > today) {
    refuseInput(`Ngày gỡ niêm yết (${formatDateVi(posting.until)}) không được sau hôm nay.`);
  }
}

export function applyItemChanges(
  item: FollowUpItem,
  changes: ItemChanges,
  ctx: { today: string; at: string },
): FollowUpItem {
  const locked = contentLock(item, 'edit');
  if (locked && RESOLUTION_FIELDS.some((f) => changes[f] !== undefined)) refuseInput(locked);
  if (item.clock === 'dissemination' && changes.owner !== undefined) {
    refuseInput(
      'Người chủ trì việc phổ biến nghị quyết là đầu mối do hội nghị phân công (Điều 52.2): hãy đổi đầu mối trong phần Nghị quyết.',
    );
  }
  if (changes.posting !== undefined && item.clock !== 'disclosure') {
    refuseInput('Chỉ việc công khai (Điều 47–48) mới ghi ngày niêm yết.');
  }
  let next: FollowUpItem = { ...item };
  if (changes.title !== undefined) next.title = changes.title;
  next = setOptional(next, 'section', changes.section);
  next = setOptional(next, 'indicator', changes.indicator);
  next = setOptional(next, 'target', changes.target);
  next = setOptional(next, 'unitOfMeasure', changes.unitOfMeasure);
  next = setOptional(
    next,
    'owner',
    changes.owner === null ? null : changes.owner && checkOwner(changes.owner),
  );
  next = setOptional(next, 'deadline', changes.deadline);
  next = setOptional(next, 'achieved', changes.achieved);
  if (changes.notDoneReason !== undefined) next.notDoneReason = changes.notDoneReason.trim();
  if (changes.issues !== undefined) next.issues = changes.issues;
  if (changes.nextSteps !== undefined) next.nextSteps = changes.nextSteps;
  if (changes.posting !== undefined) {
    const posting = changes.posting;
    if (posting) checkPosting(posting, ctx.today);
    next = setOptional(
      next,
      'posting',
      posting && {
        from: posting.from,
        ...(posting.until ? { until: posting.until } : {}),
        where: posting.where.trim(),
        // Each form once, in the order of the Law's list, so a saved form reads the same.
        forms: DISCLOSURE_FORMS.filter((f) => posting.forms?.includes(f)),
      },
    );
    // Made known on the day it went up: the disclosure (Điều 47.2) is done then, late or not,
    // unless this change says otherwise. The 20 days of posting are followed on their own.
    if (posting && changes.status === undefined && OPEN_STATUSES.includes(item.status)) {
      next.status = 'done';
      if (changes.completedOn === undefined) next.completedOn = posting.from;
    }
  }
  if (changes.status !== undefined) next.status = changes.status;
  next = setOptional(next, 'completedOn', changes.completedOn);

  if (next.status === 'notDone' && !next.notDoneReason) {
    refuseInput('Hãy ghi lý do không thực hiện được.');
  }
  if (next.status === 'done') {
    // Marked done without a date: done today.
    if (!next.completedOn) next.completedOn = ctx.today;
  } else if (changes.status !== undefined) {
    delete next.completedOn;
  }
  if (next.completedOn && next.completedOn > ctx.today) {
    refuseInput(`Ngày hoàn thành (${formatDateVi(next.completedOn)}) không được sau hôm nay.`);
  }
  if (next.completedOn && next.status !== 'done') {
    refuseInput('Chỉ nội dung đã hoàn thành mới có ngày hoàn thành.');
  }
  return JSON.stringify(next) === JSON.stringify(item) ? item : { ...next, updatedAt: ctx.at };
}
