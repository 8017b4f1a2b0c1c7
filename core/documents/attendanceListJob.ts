import { numberTextFor } from './documentNumbering';
import { attendanceListData } from '../domain/attendanceList';
import { formatPlaceDate } from '../domain/dates';
import {
  defaultSignatures,
  headerFromUnit,
  type DocumentHeader,
  type Signature,
} from '../domain/documentHeader';
import type { DocumentContext } from './documentContext';

/**
 * D4 — what the list needs, all computed here: the header from the unit profile, the rows and totals
 * from the roster and check-in, the place-and-date line from the conference date. The number is left
 * for the văn thư ("Số:      /DS-…") until the register issues one.
 */
export function attendanceListJob(ctx: DocumentContext) {
  const preset = 'joint' as const;
  const header: DocumentHeader = headerFromUnit(ctx.unit, preset);
  const signatures: Signature[] = defaultSignatures(preset, ctx.unit, ctx.people);
  const date = ctx.conference.date ?? ctx.today;
  return {
    header,
    numberText: numberTextFor(ctx, 'D4', 'DS'),
    placeDateText: formatPlaceDate(ctx.unit.placeName || '……', date),
    data: attendanceListData(ctx),
    signatures,
  };
}
