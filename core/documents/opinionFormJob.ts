/**
 * D9PYK — Phiếu lấy ý kiến (Luật 10/2022/QH15 Điều 50.2): when a second convocation still lacks the
 * quorum of Điều 51.2.c, the head, after agreeing with the union executive, takes the opinions of
 * all staff on forms. The form says why (the two convocations and the quorum), the rule an item
 * passes by (R2 on the number of ALL staff — writtenOpinionOutcome's arithmetic), a line for the
 * person's name and sub-unit, the route's items with the boxes "Đồng ý / Không đồng ý / Ý kiến
 * khác", room for comments, the return deadline and place, and the person's signature.
 *
 * The header is joint by default (documentHeaderFor: the head with the union executive); the form
 * is not numbered (a form handed to every member of staff, as ballots are not) and dated the day
 * it goes out (formDate). With `perPerson`, one page per active member of staff in Vietnamese name
 * order with the name and sub-unit filled in; otherwise one blank form to copy.
 */
import { activeStaff } from '../domain/conferenceRules';
import type { DocumentHeader } from '../domain/documentHeader';
import { normalizeText, sortByVietnameseName } from '../domain/vietnamese';
import type { DocumentContext } from './documentContext';
import { documentHeaderFor, placeDateFor } from './documentHeaderFor';
import { fillWording } from './scriptWording';
import {
  formDate,
  writtenOpinionFigures,
  writtenOpinionValues,
  type WrittenOpinionFigures,
} from './writtenOpinionFacts';
import { WRITTEN_OPINION_WORDING as W } from './writtenOpinionWording';

/** "Họ và tên: …" — an empty value is a dotted line to write on. */
export interface FormField {
  label: string;
  value: string;
}

/** What differs from one person's form to the next. */
export interface OpinionFormPage {
  fields: FormField[];
  /** Under the signature; '' leaves it for the person to write. */
  signerName: string;
}

export interface OpinionFormData {
  header: DocumentHeader;
  placeDateText: string;
  typeName: string;
  summary: string[];
  /** Why the opinions are taken in writing, and the rule an item passes by. */
  intro: string[];
  /** One entry per form: one blank form, or one per member of staff. */
  pages: OpinionFormPage[];
  instruction: string;
  columns: readonly string[];
  /** STT and the item; the three boxes are left empty for the mark. */
  rows: string[][];
  commentLabel: string;
  /** The return deadline and the place, beside the signature. */
  returnLines: string[];
  signerTitle: string;
  signerNote: string;
  figures: Pick<WrittenOpinionFigures, 'staffCount' | 'needed'> & {
    /** ISO date the form is dated. */
    formDate: string;
  };
}

export interface OpinionFormOptions {
  /** One form per active member of staff with the name filled in, instead of one blank form. */
  perPerson?: boolean;
}

export function opinionFormJob(
  ctx: DocumentContext,
  options: OpinionFormOptions = {},
): OpinionFormData {
  const values = writtenOpinionValues(ctx);
  const fill = (template: string) => fillWording(template, values);
  const figures = writtenOpinionFigures(ctx);
  const resolved = documentHeaderFor(ctx, 'D9PYK');
  const date = formDate(ctx);

  const page = (name: string, department: string): OpinionFormPage => ({
    fields: [
      { label: W.nameLabel, value: name },
      { label: W.departmentLabel, value: department },
    ],
    signerName: name,
  });
  // Điều 50.2: the forms go to all staff — the same base as the outcome (activeStaff).
  const pages =
    options.perPerson === true
      ? sortByVietnameseName(activeStaff(ctx.people)).map((p) =>
          page(normalizeText(p.fullName), normalizeText(p.department)),
        )
      : [page('', '')];

  const rows = figures.items.map((item) => [item.label, item.title, '', '', '']);
  return {
    header: resolved.header,
    placeDateText: placeDateFor(ctx, date),
    typeName: W.formType,
    summary: [fill(W.formSummary)],
    intro: [fill(W.reason), fill(W.formRoute)],
    pages,
    instruction: W.instruction,
    columns: W.formColumns,
    // A route without items yet still gives a form to write them on.
    rows: rows.length > 0 ? rows : [['1', '', '', '', '']],
    commentLabel: W.commentLabel,
    returnLines: [fill(W.returnDeadline), fill(W.returnPlace)],
    signerTitle: W.signerTitle,
    signerNote: W.signerNote,
    figures: { staffCount: figures.staffCount, needed: figures.needed, formDate: date },
  };
}
