import {
  AGENDA_KIND_INFO,
  AGENDA_KINDS,
  type AgendaKind,
} from '../../../../core/domain/agendaKinds';
import type { Finding } from '../../../../core/domain/conferenceRules';
import { foldForSearch } from '../../../../core/domain/vietnamese';
import { saveErrorText } from '../../state/useSaveQueue';

export interface ShownFinding extends Finding {
  itemId?: string;
}

/** "agenda.5.title: …" → "Mục 6: …". */
export function agendaErrorText(error: unknown): string {
  return saveErrorText(error, 'agenda', 'Mục');
}

/** "3 giờ 25 phút" for the total length of the programme. */
export function formatLength(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} phút`;
  return m === 0 ? `${h} giờ` : `${h} giờ ${m} phút`;
}

function kindLabel(kind: AgendaKind): string {
  const info = AGENDA_KIND_INFO[kind];
  return info.letter ? `${info.letter}. ${info.title}` : info.title;
}

export const KIND_OPTIONS = AGENDA_KINDS.map((kind) => ({
  value: kind,
  label: kindLabel(kind),
  search: foldForSearch(kindLabel(kind)),
}));

/**
 * Brings an item's row into view and puts the cursor in its title, so a keyboard user who added
 * an item or followed a finding can type the fix at once.
 */
export function showRow(itemId: string): void {
  const row = document.querySelector(`[data-row-key="${CSS.escape(itemId)}"]`);
  row?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  row?.querySelector<HTMLElement>('[data-testid="agenda-title"]')?.focus({ preventScroll: true });
}
