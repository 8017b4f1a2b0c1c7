import type { CSSProperties } from 'react';

/** A cell that cuts long text with "…" rather than wrapping: one line per row. */
export const ELLIPSIS_CELL = {
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
} as const;

/**
 * One row of a virtualised list laid out as a grid under its header (the check-in list, the
 * ballots entered): TanStack Virtual gives its offset; a click picks it.
 */
export function gridRowStyle(start: number, height: number, columns: string): CSSProperties {
  return {
    position: 'absolute',
    top: 0,
    left: 0,
    right: 0,
    height,
    transform: `translateY(${start}px)`,
    display: 'grid',
    gridTemplateColumns: columns,
    gap: 8,
    alignItems: 'center',
    padding: '0 12px',
    cursor: 'pointer',
    fontSize: 16,
    borderBottom: '1px solid #f5f5f5',
  };
}
