import { attendanceListData } from '../domain/attendanceList';
import { formatPlaceDate } from '../domain/dates';
import type { DocumentContext } from './documentContext';
import { documentHeaderFor } from './documentHeaderFor';

/**
 * D4 — what the list needs, all computed here: the header from the unit profile (preset 'joint'
 * unless the user chose another or edited the lines, R29 — documentHeaderFor), the rows and totals
 * from the roster and check-in, the place-and-date line from the conference date. The number is left
 * for the văn thư ("Số:      /DS-…") until the register issues one.
 */
export function attendanceListJob(ctx: DocumentContext) {
  const { header, signatures, numberText } = documentHeaderFor(ctx, 'D4');
  const date = ctx.conference.date ?? ctx.today;
  return {
    header,
    numberText: numberText ?? '',
    placeDateText: formatPlaceDate(ctx.unit.placeName || '……', date),
    // The in-app preview of a long list shows its first rows only (documentPreview.ts).
    data: attendanceListData(ctx, { rowLimit: ctx.options?.previewRows }),
    signatures,
  };
}
