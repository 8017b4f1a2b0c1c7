/**
 * What the drafts for next year's conference say about implementing this year's resolution, read
 * once from the tracked year (implementationReport.ts, on the day of generating): D7's section
 * "kết quả thực hiện nghị quyết năm trước" (Luật 10/2022/QH15 Điều 51.3.b) and the skeleton of D6,
 * the head's report (Điều 51.3.a, c) — targets against what was achieved, the counts per part,
 * what was not done with the reasons and what is still open (carried into next year). The same
 * figures in both, so the two reports can never disagree.
 */
import type { Conference } from '../domain/conference';
import { conferenceFullName } from '../domain/attendanceList';
import { formatDateVi } from '../domain/dates';
import { EMPTY_HOLIDAY_TABLE } from '../domain/holidays';
import {
  implementationReport,
  type ImplementationReport,
  type ReportLine,
} from '../domain/implementationReport';
import { normalizeText } from '../domain/vietnamese';
import type { DocumentContext } from './documentContext';
import { wordingFor } from './documentWording';
import { listItems } from './electionBlocks';
import type { FollowUpBlock } from './followUpBlocks';
import type { FollowUpWordingValues } from './followUpWording';
import { documentReference, resolutionDate } from './outcomeFacts';
import { unionAbbreviationText, unionExecutiveText } from './planJob';
import { countValues, percentText, quantityText, statusTableRows } from './reviewFacts';
import { BLANK, fillWording } from './scriptWording';

/** The conference has a tracked year of its own: its D6 and D7 report on it, never last year's. */
export const tracked = (conference: Conference): boolean =>
  conference.resolution.stage === 'adopted' &&
  conference.followUp.items.some((i) => i.origin === 'resolution');

/**
 * The conference whose tracked year D6 and D7 report on: this one once its adopted resolution is
 * followed; before that, in a new year's conference holding only the items carried over, last
 * year's — the reports this conference hears (Điều 51.3.a–b). The header, numbers and date stay
 * this conference's: the jobs take them from their own context.
 */
export function reportedContext(ctx: DocumentContext): DocumentContext {
  const previous = ctx.previous;
  if (tracked(ctx.conference) || !previous || !tracked(previous.conference)) return ctx;
  // Last year's resolution is cited with its own number; the report's header, number and date
  // are this conference's (the jobs build their shell from their own context).
  return { ...ctx, conference: previous.conference, numbers: previous.numbers };
}

/** D6 and D7 drafts are offered when there is a tracked year to report (reportedContext). */
export function implementationDraftsApply(
  ctx: Pick<DocumentContext, 'conference' | 'previous'>,
): boolean {
  return (
    tracked(ctx.conference) || (ctx.previous !== undefined && tracked(ctx.previous.conference))
  );
}

const titleOf = (line: ReportLine) => normalizeText(line.title).replace(/[.;]+$/, '');

/** "Hoàn thành", "Không thực hiện được (lý do: …)", "Đang thực hiện (quá hạn)". */
function statusText(line: ReportLine): string {
  if (line.status === 'notDone')
    return `${line.statusLabel} (lý do: ${normalizeText(line.reason) || BLANK})`;
  if (line.overdue) return `${line.statusLabel} (quá hạn)`;
  if (line.completedLate) return `${line.statusLabel} (chậm so với hạn)`;
  return line.statusLabel;
}

export interface ImplementationFacts {
  report: ImplementationReport;
  values: FollowUpWordingValues;
  groupRows: string[][];
  /** STT, indicator, target, achieved, share. */
  targetRows: string[][];
  /** The items that are not targets and not clocks of the Law: "title: status". */
  taskLines: string[];
  notDoneLines: string[];
  unfinishedLines: string[];
}

export function implementationFacts(ctx: DocumentContext): ImplementationFacts {
  const { conference, unit } = ctx;
  const report = implementationReport(conference, {
    people: ctx.people,
    holidays: ctx.holidays ?? EMPTY_HOLIDAY_TABLE,
    rules: ctx.rules,
    today: ctx.today,
    hasBoard: true,
  });
  const t = report.totals;
  const values: FollowUpWordingValues = {
    unitName: normalizeText(unit.name),
    unionExecutive: unionExecutiveText(unit.unionName),
    unionAbbreviation: unionAbbreviationText(unit),
    upperUnion: normalizeText(unit.upperUnion),
    conferenceName: conferenceFullName(conference),
    nextConferenceName: conferenceFullName({ year: conference.year + 1, kind: 'regular' }),
    year: conference.year,
    nextYear: conference.year + 1,
    resolutionNumber: documentReference(ctx, 'D15', resolutionDate(ctx)),
    asOf: formatDateVi(report.asOf),
    ...countValues(t),
  };
  const groupRows = statusTableRows(
    report.sections.map((s) => ({ ...s.totals, label: s.label })),
    { ...t, label: 'Tổng cộng' },
  );
  const targetRows = report.targets.map((line, i) => {
    const unitOfMeasure = line.unitOfMeasure ?? undefined;
    return [
      String(i + 1),
      normalizeText(line.indicator ?? '') || titleOf(line),
      line.target !== null ? quantityText(line.target, unitOfMeasure) : '',
      line.achieved !== null ? quantityText(line.achieved, unitOfMeasure) : '',
      line.percentOfTarget !== null ? percentText(line.percentOfTarget) : '',
    ];
  });
  const lines = report.sections.filter((s) => s.group !== 'legal').flatMap((s) => s.lines);
  return {
    report,
    values,
    groupRows,
    targetRows,
    taskLines: lines
      .filter((l) => l.target === null)
      .map((l) => `${titleOf(l)} – ${statusText(l)}`),
    notDoneLines: report.notDone.map((l) => `${titleOf(l)}: ${normalizeText(l.reason) || BLANK}`),
    unfinishedLines: report.unfinished
      .filter((l) => l.group !== 'legal')
      .map(
        (l) =>
          `${titleOf(l)} (${l.ownerText ? `${normalizeText(l.ownerText)}; ` : ''}${l.statusLabel.toLowerCase()})`,
      ),
  };
}

/**
 * The section both drafts print: the overall counts and the table per part, the targets against
 * what was achieved, the other items with their status, what was not done and why, what is still
 * open. `label` numbers the sub-headings ("1." …).
 */
export function implementationBlocks(
  ctx: DocumentContext,
  facts: ImplementationFacts,
): FollowUpBlock[] {
  const W = wordingFor('followUp', ctx.wording);
  const fill = (template: string) => fillWording(template, facts.values);
  const orNone = (items: string[], none: string): FollowUpBlock[] =>
    items.length > 0 ? listItems(items) : [{ kind: 'paragraph', text: fill(none) }];
  return [
    { kind: 'paragraph', text: fill(W.implementationTotals) },
    {
      kind: 'followUpTable',
      layout: 'reviewGroups',
      columns: W.reviewGroupColumns,
      rows: facts.groupRows,
    },
    { kind: 'heading', label: '1.', text: W.implementationTargetsTitle },
    ...(facts.targetRows.length > 0
      ? [
          {
            kind: 'followUpTable',
            layout: 'targets',
            columns: W.implementationTargetColumns,
            rows: facts.targetRows,
          } as const,
        ]
      : [{ kind: 'paragraph', text: W.implementationNoTargets } as const]),
    { kind: 'heading', label: '2.', text: W.implementationTasksTitle },
    ...orNone(facts.taskLines, BLANK),
    { kind: 'heading', label: '3.', text: W.implementationNotDoneTitle },
    ...orNone(facts.notDoneLines, W.implementationNoNotDone),
    { kind: 'heading', label: '4.', text: fill(W.implementationUnfinishedTitle) },
    ...orNone(facts.unfinishedLines, W.implementationNoUnfinished),
  ];
}
