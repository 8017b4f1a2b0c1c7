import { Card } from 'antd';
import type { TallyCheck } from '../../../../core/domain/election';

/**
 * R18 — the arithmetic of the counting minutes (issued ≥ collected, collected = valid + invalid,
 * each candidate ≤ valid, Σ votes ≤ valid × seats, elected ≤ seats), each line with ✓ or ✗ in the
 * words the minutes use. Computed in core (electionTally.ts); laid out here.
 */
export function TallyChecksList({
  checks,
  title = 'Kiểm tra số liệu kiểm phiếu (R18)',
}: {
  checks: readonly TallyCheck[];
  title?: string;
}) {
  return (
    <Card size="small" title={title} data-testid="tally-checks">
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {checks.map((check) => (
          <li
            key={check.id}
            data-testid="tally-check"
            data-ok={check.ok}
            style={{
              display: 'flex',
              gap: 8,
              padding: '4px 0',
              color: check.ok ? undefined : '#cf1322',
              fontWeight: check.ok ? 400 : 600,
            }}
          >
            <span
              aria-label={check.ok ? 'Đạt' : 'Không đạt'}
              style={{ color: check.ok ? '#389e0d' : '#cf1322', fontWeight: 700, minWidth: 16 }}
            >
              {check.ok ? '✓' : '✗'}
            </span>
            <span>{check.message}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
