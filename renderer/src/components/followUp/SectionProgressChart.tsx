import { useMemo } from 'react';
import { BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { FOLLOW_UP_STATUSES } from '../../../../core/domain/followUp';
import { FOLLOW_UP_STATUS_LABELS } from '../../../../core/domain/glossary';
import type { FollowUpViewOutput } from '../../../../core/followUpContract';

// Only the pieces a stacked bar needs: chart.js is tree-shaken, nothing is fetched from a CDN.
Chart.register(BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** One colour per status, as the list's tags show them. */
export const STATUS_COLOURS = {
  notStarted: '#bfbfbf',
  inProgress: '#1677ff',
  done: '#52c41a',
  notDone: '#ff4d4f',
} as const;

/**
 * Progress per part of the resolution: one horizontal bar per group, split by status. The counts
 * come from core (followUpDashboard.ts); this only draws them.
 */
export function SectionProgressChart({
  groups,
}: {
  groups: FollowUpViewOutput['dashboard']['groups'];
}) {
  const data = useMemo(
    () => ({
      labels: groups.map((g) => `${g.label} (${g.percentDone}%)`),
      datasets: FOLLOW_UP_STATUSES.map((status) => ({
        label: FOLLOW_UP_STATUS_LABELS[status],
        data: groups.map((g) => g.byStatus[status]),
        backgroundColor: STATUS_COLOURS[status],
      })),
    }),
    [groups],
  );
  return (
    <div data-testid="section-chart" style={{ height: Math.max(140, 44 * groups.length + 60) }}>
      <Bar
        aria-label="Tiến độ theo phần của nghị quyết"
        data={data}
        options={{
          indexAxis: 'y',
          maintainAspectRatio: false,
          animation: false,
          responsive: true,
          scales: {
            x: { stacked: true, ticks: { precision: 0 } },
            y: { stacked: true },
          },
          plugins: { legend: { position: 'bottom' } },
        }}
      />
    </div>
  );
}
