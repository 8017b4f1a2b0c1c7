/**
 * The printed text of the resolution (D15) from its structured items (domain research §2.8; no
 * official template exists — Luật 10/2022/QH15 Điều 49.3 leaves the content to the conference).
 * Each item's sentence is generated from its fields unless the user edited it (`textEdited`);
 * parts are numbered the way union resolutions are: I., II., … for the parts, 1., 2., … for the
 * items of each part, counting only the parts and items that have something to print.
 */
import { formatDateVi } from './dates';
import { formatShare } from './electionTally';
import { OWNER_KIND_LABELS, WINNING_BASE_LABELS } from './glossary';
import type { Person } from './person';
import { percentOf } from './quorum';
import {
  RESOLUTION_SECTIONS,
  type Owner,
  type ResolutionItem,
  type ResolutionSection,
} from './resolution';
import type { ElectionDecisionFacts } from './resolutionElection';

export interface ResolutionTextContext {
  /** The conference year: the targets and tasks are "năm 2026". */
  year: number;
  people: readonly Person[];
  /** The Ban TTND result once the election is complete (resolutionElection.ts), else null. */
  election: ElectionDecisionFacts | null;
}

export interface NumberedItem {
  id: string;
  /** "1." */
  label: string;
  text: string;
}

export interface NumberedSection {
  section: ResolutionSection;
  /** "I." */
  label: string;
  heading: string;
  items: NumberedItem[];
}

/** The heading printed above each part. */
export function sectionHeading(section: ResolutionSection, year: number): string {
  switch (section) {
    case 'assessment':
      return `Đánh giá kết quả thực hiện nghị quyết hội nghị năm ${year - 1}`;
    case 'targets':
      return `Các chỉ tiêu chủ yếu năm ${year}`;
    case 'tasks':
      return `Nhiệm vụ và giải pháp thực hiện năm ${year}`;
    case 'decisions':
      return 'Quyết định các nội dung thuộc thẩm quyền của hội nghị';
    case 'internalRules':
      return 'Thông qua các quy chế, quy định nội bộ';
    case 'emulation':
      return 'Phong trào thi đua và giao ước thi đua';
    case 'implementation':
      return 'Tổ chức thực hiện';
  }
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → "I", 4 → "IV", 7 → "VII". */
export function romanNumeral(n: number): string {
  let rest = Math.max(0, Math.floor(n));
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** "1.234,5 người", "90%": the Vietnamese separators; a percent sign sits on the number. */
function quantity(value: number, unit: string | undefined): string {
  const u = (unit ?? '').trim();
  if (!u) return NUMBER.format(value);
  return u === '%' ? `${NUMBER.format(value)}%` : `${NUMBER.format(value)} ${u}`;
}

/** The owner as a sentence names them: "Ban Chấp hành Công đoàn cơ sở", "đồng chí Nguyễn Văn An". */
export function ownerLabel(owner: Owner, people: readonly Person[]): string {
  if (owner.kind === 'department') return owner.department?.trim() || OWNER_KIND_LABELS.department;
  if (owner.kind === 'person') {
    const person = people.find((p) => p.id === owner.personId);
    return person ? `đồng chí ${person.fullName}` : '(chưa rõ người phụ trách)';
  }
  return OWNER_KIND_LABELS[owner.kind];
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** "Chỉ đạo …" after a subject becomes "chỉ đạo …"; an acronym ("BCH …") stays as it is. */
function continueSentence(text: string): string {
  const second = text.charAt(1);
  return second && second !== second.toLocaleUpperCase('vi')
    ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1)
    : text;
}

/** One sentence: trimmed, capitalised, ending with a full stop (not a doubled one). */
function sentence(text: string): string {
  const t = text.trim().replace(/[\s;,]+$/, '');
  if (!t) return '';
  return capitalise(/[.!?…:]$/.test(t) ? t : `${t}.`);
}

/** "; giao … chủ trì thực hiện; thời hạn: 30/06/2026". */
function assignment(item: ResolutionItem, people: readonly Person[]): string {
  const parts: string[] = [];
  if (item.owner) parts.push(`giao ${ownerLabel(item.owner, people)} chủ trì thực hiện`);
  if (item.deadline) parts.push(`thời hạn: ${formatDateVi(item.deadline)}`);
  return parts.map((p) => `; ${p}`).join('');
}

function assessmentText(item: ResolutionItem): string {
  const subject = item.indicator?.trim() ?? '';
  const { target, achieved, unitOfMeasure: unit } = item;
  const figures: string[] = [];
  if (target !== undefined) figures.push(`chỉ tiêu ${quantity(target, unit)}`);
  if (achieved !== undefined) {
    // A share of a percentage reads badly ("đạt 105,56% của 90%"): only for counts and amounts.
    const ratio =
      target !== undefined && target > 0 && unit?.trim() !== '%'
        ? ` (đạt ${NUMBER.format(percentOf(achieved, target))}% chỉ tiêu)`
        : '';
    figures.push(`thực hiện ${quantity(achieved, unit)}${ratio}`);
  }
  if (figures.length === 0) return subject;
  return subject ? `${subject}: ${figures.join(', ')}` : figures.join(', ');
}

function withTarget(item: ResolutionItem): string {
  const subject = item.indicator?.trim() ?? '';
  if (item.target === undefined) return subject;
  const value = quantity(item.target, item.unitOfMeasure);
  return subject ? `${subject}: ${value}` : value;
}

/** The Ban TTND decision from the locked election (R16: every percentage with its base). */
export function electionItemText(facts: ElectionDecisionFacts): string {
  const n = facts.members.length;
  const names = facts.members
    .map((m) => `${m.fullName} (${m.votes} phiếu, ${formatShare({ basisPoints: m.basisPoints })})`)
    .join('; ');
  const base = `tỷ lệ tính trên ${WINNING_BASE_LABELS[facts.base]}`;
  const head =
    facts.kind === 'byElection'
      ? `Bầu bổ sung ${n} thành viên Ban Thanh tra nhân dân ${facts.term} (${base}): ${names}.`
      : `Bầu Ban Thanh tra nhân dân ${facts.term} gồm ${n} thành viên (${base}): ${names}.`;
  return facts.acceptedFewer
    ? `${head} Hội nghị thống nhất Ban gồm ${n}/${facts.seats} thành viên đã trúng cử.`
    : head;
}

/** The sentence generated from an item's fields (what `text` holds while it is not edited). */
export function generatedItemText(item: ResolutionItem, ctx: ResolutionTextContext): string {
  if (item.fromElection) {
    return ctx.election
      ? electionItemText(ctx.election)
      : sentence(
          item.indicator?.trim() ||
            'Kết quả bầu Ban Thanh tra nhân dân: chưa có kết quả kiểm phiếu đã khoá',
        );
  }
  const subject = item.indicator?.trim() ?? '';
  const assigned = assignment(item, ctx.people);
  switch (item.section) {
    case 'assessment':
      return sentence(assessmentText(item));
    case 'targets':
    case 'emulation':
      return sentence(`${withTarget(item)}${assigned}`);
    case 'tasks':
    case 'decisions':
      return sentence(`${subject}${assigned}`);
    case 'internalRules': {
      if (!subject) return '';
      const approved = /^thông qua\b/iu.test(subject) ? subject : `Thông qua ${subject}`;
      return sentence(`${approved}${assigned}`);
    }
    case 'implementation': {
      if (!item.owner) return sentence(`${subject}${assigned}`);
      const deadline = item.deadline ? `; thời hạn: ${formatDateVi(item.deadline)}` : '';
      return sentence(
        `${ownerLabel(item.owner, ctx.people)} ${continueSentence(subject)}${deadline}`,
      );
    }
  }
}

/** The text printed for an item: the user's words once edited, else the generated sentence. */
export function itemText(item: ResolutionItem, ctx: ResolutionTextContext): string {
  return item.textEdited ? item.text.trim() : generatedItemText(item, ctx);
}

/** The items with `text` filled in from their fields where the user did not edit it. */
export function withGeneratedText(
  items: readonly ResolutionItem[],
  ctx: ResolutionTextContext,
): ResolutionItem[] {
  return items.map((item) =>
    item.textEdited ? item : { ...item, text: generatedItemText(item, ctx) },
  );
}

/** The resolution as numbered parts and items, in the order of RESOLUTION_SECTIONS. */
export function resolutionText(
  items: readonly ResolutionItem[],
  ctx: ResolutionTextContext,
): NumberedSection[] {
  const sections: NumberedSection[] = [];
  for (const section of RESOLUTION_SECTIONS) {
    const printed = items
      .filter((i) => i.section === section)
      .map((item) => ({ id: item.id, text: itemText(item, ctx) }))
      .filter((i) => i.text !== '');
    if (printed.length === 0) continue;
    sections.push({
      section,
      label: `${romanNumeral(sections.length + 1)}.`,
      heading: sectionHeading(section, ctx.year),
      items: printed.map((i, n) => ({ ...i, label: `${n + 1}.` })),
    });
  }
  return sections;
}

/** "II.3": where an item is printed, for the change log and links from opinions. */
export function itemReference(sections: readonly NumberedSection[], itemId: string): string {
  for (const s of sections) {
    const item = s.items.find((i) => i.id === itemId);
    if (item) return `${s.label}${item.label.slice(0, -1)}`;
  }
  return '';
}
