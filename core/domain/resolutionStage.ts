/**
 * The resolution's life: draft → draft for opinion (Luật 10/2022/QH15 Điều 53–54: drafts go to the
 * staff before the conference) → revised at the conference → adopted by the conference's vote
 * (Điều 51.4.i, last substantive step; R2 on the vote). Each stage left behind is frozen in
 * `versions`. Once adopted the resolution is locked: a later change needs a reason, which is kept
 * in `changeLog` together with what changed, and the text as adopted stays in `versions`.
 */
import { formatDateVi } from './dates';
import { vietnamDate } from './vietnamTime';
import { outcomeSummary, voteOutcome, type VoteContext } from './floorVote';
import { RESOLUTION_STAGE_LABELS } from './glossary';
import type { FloorVote } from './proceedings';
import type { Resolution, ResolutionItem, ResolutionStage } from './resolution';

export interface StageChange {
  stage: ResolutionStage;
  /** For 'adopted': the floor vote that adopted it (subject 'resolution', passed). */
  voteId?: string;
  /** For leaving 'adopted': why the adopted resolution is reopened (logged). */
  reason?: string;
}

export interface StageContext extends VoteContext {
  votes: readonly FloorVote[];
  /** ISO timestamp of the change. */
  at: string;
}

const label = (stage: ResolutionStage) => `“${RESOLUTION_STAGE_LABELS[stage]}”`;

/**
 * The day of adoption (yyyy-mm-dd, on this computer's clock — an ISO instant's own date is UTC's,
 * a day early before 07:00 in Việt Nam): where R9's follow-up (issue 7) counts its 6 months from.
 */
export function adoptedOn(resolution: Pick<Resolution, 'adoptedAt'>): string | undefined {
  return resolution.adoptedAt ? vietnamDate(resolution.adoptedAt) : undefined;
}

/** The date of adoption as the screen says it ("15/01/2026"), or '' before adoption. */
export function adoptionDate(resolution: Pick<Resolution, 'adoptedAt'>): string {
  const day = adoptedOn(resolution);
  return day ? formatDateVi(day) : '';
}

/** Why the items cannot be saved as they are, or null when they can (before adoption). */
export function lockedMessage(resolution: Pick<Resolution, 'stage' | 'adoptedAt'>): string | null {
  if (resolution.stage !== 'adopted') return null;
  const on = resolution.adoptedAt ? ` ngày ${adoptionDate(resolution)}` : '';
  return `Nghị quyết đã được hội nghị thông qua${on} và đã khoá: mọi thay đổi phải ghi lý do (chức năng “Sửa đổi sau khi thông qua”) và được lưu vào nhật ký sửa đổi.`;
}

/** A change that does nothing: the same stage again (e.g. a retried request). */
function isNoOp(resolution: Resolution, change: StageChange): boolean {
  if (change.stage !== resolution.stage) return false;
  return (
    change.stage !== 'adopted' ||
    change.voteId === undefined ||
    change.voteId === resolution.adoptedByVoteId
  );
}

/** Why the stage cannot change this way, in Vietnamese; empty when it can. */
export function stageChangeProblems(
  resolution: Resolution,
  change: StageChange,
  ctx: StageContext,
): string[] {
  if (isNoOp(resolution, change)) return [];
  if (resolution.stage === 'adopted') {
    if (change.stage === 'adopted')
      return ['Nghị quyết đã được thông qua bằng một lần biểu quyết khác.'];
    if (!change.reason?.trim()) {
      return [
        'Nghị quyết đã được thông qua: muốn mở lại để sửa, hãy ghi lý do (lý do được lưu vào nhật ký sửa đổi).',
      ];
    }
    return [];
  }
  if (change.stage !== 'adopted') return [];
  const problems: string[] = [];
  if (resolution.items.length === 0) problems.push('Nghị quyết chưa có nội dung nào.');
  if (!change.voteId) {
    problems.push('Hãy chọn lần biểu quyết thông qua nghị quyết (Luật 10/2022/QH15, Điều 51.4.i).');
    return problems;
  }
  const vote = ctx.votes.find((v) => v.id === change.voteId);
  if (!vote) return [...problems, 'Không tìm thấy lần biểu quyết này.'];
  if (vote.subject !== 'resolution') {
    problems.push(
      `Lần biểu quyết “${vote.title}” không phải biểu quyết thông qua toàn văn nghị quyết.`,
    );
  }
  const outcome = voteOutcome(vote, ctx);
  if (!outcome.passes) {
    problems.push(`Nghị quyết chưa được thông qua: ${outcomeSummary(outcome)}.`);
  }
  return problems;
}

/** The resolution in its new stage, the stage left behind frozen. Check stageChangeProblems first. */
export function changeStage(
  resolution: Resolution,
  change: StageChange,
  ctx: Pick<StageContext, 'votes' | 'at'>,
): Resolution {
  if (isNoOp(resolution, change)) return resolution;
  const versions = [
    ...resolution.versions,
    { stage: resolution.stage, at: ctx.at, items: resolution.items },
  ];
  if (change.stage === 'adopted') {
    const vote = ctx.votes.find((v) => v.id === change.voteId);
    return {
      ...resolution,
      stage: 'adopted',
      versions,
      adoptedByVoteId: change.voteId,
      // R9 hook (issue 7): the follow-up tasks start from this date.
      adoptedAt: vote?.at ?? ctx.at,
    };
  }
  const reopened = resolution.stage === 'adopted';
  const next: Resolution = { ...resolution, stage: change.stage, versions };
  if (!reopened) return next;
  delete next.adoptedByVoteId;
  delete next.adoptedAt;
  return {
    ...next,
    changeLog: [
      ...resolution.changeLog,
      {
        at: ctx.at,
        reason: (change.reason ?? '').trim(),
        detail: `Mở lại nghị quyết đã thông qua${resolution.adoptedAt ? ` ngày ${adoptionDate(resolution)}` : ''}: giai đoạn ${label('adopted')} → ${label(change.stage)}.`,
      },
    ],
  };
}

const CLIP = 80;

const squash = (text: string) => text.trim().replace(/\s+/g, ' ');

const clip = (text: string) => {
  const t = squash(text);
  return t.length > CLIP ? `${t.slice(0, CLIP - 1)}…` : t;
};

/** Two long sentences that differ late are shown from a little before where they differ. */
function clipPair(before: string, after: string): [string, string] {
  const a = squash(before);
  const b = squash(after);
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same += 1;
  const from = Math.max(0, Math.min(same - 20, a.length - CLIP + 1, b.length - CLIP + 1));
  if (from <= 0) return [clip(a), clip(b)];
  return [clip(`…${a.slice(from).trimStart()}`), clip(`…${b.slice(from).trimStart()}`)];
}

/** What changed between two lists of items, one line ("sửa “…” thành “…”; thêm “…”"). */
export function describeChanges(
  before: readonly ResolutionItem[],
  after: readonly ResolutionItem[],
): string {
  const parts: string[] = [];
  const old = new Map(before.map((i) => [i.id, i]));
  const kept = new Set<string>();
  for (const item of after) {
    const was = old.get(item.id);
    if (!was) {
      parts.push(`thêm “${clip(item.text)}”`);
      continue;
    }
    kept.add(item.id);
    if (JSON.stringify(was) === JSON.stringify(item)) continue;
    if (squash(was.text) === squash(item.text)) {
      parts.push(`sửa thông tin của “${clip(item.text)}”`);
      continue;
    }
    const [from, to] = clipPair(was.text, item.text);
    parts.push(`sửa “${from}” thành “${to}”`);
  }
  for (const item of before) if (!kept.has(item.id)) parts.push(`bỏ “${clip(item.text)}”`);
  const moved =
    parts.length === 0 && before.map((i) => i.id).join() !== after.map((i) => i.id).join();
  if (moved) parts.push('đổi thứ tự các nội dung');
  const text = parts.join('; ');
  return text ? capitaliseFirst(`${text}.`) : '';
}

function capitaliseFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Why this change to the adopted resolution cannot be made; empty when it can. */
export function amendProblems(
  resolution: Resolution,
  items: readonly ResolutionItem[],
  reason: string,
): string[] {
  if (resolution.stage !== 'adopted') {
    return [
      'Nghị quyết chưa được thông qua: hãy sửa trực tiếp dự thảo, không cần ghi lý do sửa đổi.',
    ];
  }
  const problems: string[] = [];
  if (!reason.trim()) problems.push('Hãy ghi lý do sửa đổi nghị quyết đã thông qua.');
  if (items.length === 0) problems.push('Nghị quyết phải còn ít nhất một nội dung.');
  else if (!describeChanges(resolution.items, items))
    problems.push('Không có thay đổi nào so với nghị quyết đã thông qua.');
  return problems;
}

/**
 * The adopted resolution with its items changed: the text before the change is frozen in
 * `versions`, the reason and what changed in `changeLog`. It stays adopted. Check amendProblems.
 */
export function amendResolution(
  resolution: Resolution,
  items: readonly ResolutionItem[],
  reason: string,
  at: string,
): Resolution {
  return {
    ...resolution,
    items: [...items],
    versions: [...resolution.versions, { stage: 'adopted', at, items: resolution.items }],
    changeLog: [
      ...resolution.changeLog,
      { at, reason: reason.trim(), detail: describeChanges(resolution.items, items) },
    ],
  };
}
