/**
 * D18 — Bản giao ước thi đua between the head and the union executive (Luật 10/2022/QH15 Điều
 * 51.4.h).
 *
 * Layout: the joint header (practice, domain-research §4.3) with the place-and-date line and no
 * number, the type name and summary, the targets in a ruled table of explicit widths, each party's
 * commitments, and the two signature blocks side by side (union chair left, head right).
 *
 * Layout only: every sentence and figure comes from core (covenantJob).
 */
import type { Document } from 'docx';
import type { CovenantDocumentData } from '../../core/documents/covenantJob';
import { outcomeDocument } from './outcomeDocument';

export function buildCovenantDocument(input: CovenantDocumentData): Document {
  return outcomeDocument(input);
}
