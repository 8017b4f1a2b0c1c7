import { memo, useRef } from 'react';
import { Empty } from 'antd';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { BallotEntry } from '../../../../core/domain/election';
import { ELLIPSIS_CELL, gridRowStyle } from '../gridRowStyle';

/** One entry as the list shows it: what was typed and what it means (computed once per entry). */
export interface ShownBallot {
  typed: string;
  verdict: string;
  valid: boolean;
  /** The names behind the verdict, for the tooltip. */
  detail: string;
}

export interface BallotEntryListProps {
  /** This team's entries, by serial (ascending); shown newest (highest serial) first. */
  entries: readonly BallotEntry[];
  show: (entry: BallotEntry) => ShownBallot;
  /** Serials sent but not yet confirmed by the service. */
  pending: ReadonlySet<number>;
  /** Serials the service refused, with why. */
  failed: ReadonlyMap<number, string>;
  selected: number | null;
  onPick: (serial: number) => void;
}

const ROW_HEIGHT = 40;
const GRID = '96px minmax(110px, 1fr) minmax(200px, 3fr) 120px';

/**
 * The ballots a team has entered, newest first, virtualised: thousands of rows scroll and update
 * without re-rendering more than a screenful (ARCHITECTURE.md, UI). Memoised, so typing in the
 * entry box does not re-render it; clicking a row picks the ballot for correction.
 */
export const BallotEntryList = memo(function BallotEntryList({
  entries,
  show,
  pending,
  failed,
  selected,
  onPick,
}: BallotEntryListProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const count = entries.length;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey: (i) => entries[count - 1 - i]?.serial ?? i,
  });

  return (
    <div>
      <div
        role="presentation"
        style={{
          display: 'grid',
          gridTemplateColumns: GRID,
          gap: 8,
          padding: '0 12px 4px',
          fontWeight: 600,
          color: 'rgba(0, 0, 0, 0.65)',
        }}
      >
        <span>Số phiếu</span>
        <span>Đã gõ</span>
        <span>Ý nghĩa</span>
        <span>Trạng thái</span>
      </div>
      <div
        ref={listRef}
        role="list"
        aria-label="Các phiếu đã nhập"
        data-testid="ballot-list"
        style={{
          height: 'calc(100vh - 560px)',
          minHeight: 240,
          overflow: 'auto',
          border: '1px solid #f0f0f0',
          borderRadius: 6,
          position: 'relative',
          background: '#fff',
        }}
      >
        {count === 0 ? (
          <Empty style={{ marginTop: 32 }} description="Chưa nhập phiếu nào." />
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const entry = entries[count - 1 - item.index];
              if (!entry) return null;
              const shown = show(entry);
              const error = failed.get(entry.serial);
              const isPending = pending.has(entry.serial);
              const isSelected = selected === entry.serial;
              return (
                <div
                  key={item.key}
                  role="listitem"
                  data-testid="ballot-row"
                  data-serial={entry.serial}
                  title={error ?? shown.detail}
                  onClick={() => onPick(entry.serial)}
                  style={{
                    ...gridRowStyle(item.start, ROW_HEIGHT, GRID),
                    background: error ? '#fff1f0' : isSelected ? '#e6f4ff' : undefined,
                    boxShadow: isSelected ? 'inset 4px 0 0 #1677ff' : undefined,
                  }}
                >
                  <span style={{ fontWeight: 700 }}>Số {entry.serial}</span>
                  <span style={ELLIPSIS_CELL}>{shown.typed}</span>
                  <span
                    style={{
                      ...ELLIPSIS_CELL,
                      color: shown.valid ? '#237804' : '#cf1322',
                      fontWeight: shown.valid ? 400 : 600,
                    }}
                  >
                    {shown.verdict}
                  </span>
                  <span
                    style={{
                      ...ELLIPSIS_CELL,
                      color: error ? '#cf1322' : isPending ? 'rgba(0,0,0,0.45)' : '#389e0d',
                    }}
                  >
                    {error ? 'Chưa lưu được' : isPending ? 'Đang lưu…' : 'Đã lưu'}
                  </span>
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
});
