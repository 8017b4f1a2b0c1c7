import { memo } from 'react';
import type { BallotStyle } from '../../../../core/domain/election';
import type { BallotCandidate } from '../../../../core/domain/electionBallot';

/**
 * The round's ballot as printed (D12): the number before each name is what the operator types.
 * The numbers typed so far show on it as the paper would (names struck through, or "Đồng ý"
 * ticked), so the operator sees at a glance that the screen matches the ballot in hand.
 */
export const BallotCandidatePanel = memo(function BallotCandidatePanel({
  candidates,
  marks,
  style,
  seats,
}: {
  candidates: readonly BallotCandidate[];
  marks: ReadonlySet<number>;
  style: BallotStyle;
  seats: number;
}) {
  return (
    <section
      aria-label="Danh sách trên phiếu bầu"
      data-testid="ballot-candidates"
      style={{ border: '1px solid #d9d9d9', borderRadius: 8, background: '#fff', padding: 12 }}
    >
      <div style={{ fontWeight: 600, marginBottom: 8 }}>
        Phiếu bầu: {candidates.length} người, bầu {seats} —{' '}
        {style === 'strikeOut' ? 'gõ số của người bị gạch tên' : 'gõ số của người được “Đồng ý”'}
      </div>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {candidates.map((c) => {
          const marked = marks.has(c.ballotNumber);
          const struck = style === 'strikeOut' && marked;
          const approved = style === 'approveColumns' && marked;
          return (
            <li
              key={c.personId}
              data-testid="ballot-candidate"
              data-marked={marked}
              style={{
                display: 'flex',
                gap: 12,
                alignItems: 'baseline',
                padding: '4px 8px',
                borderRadius: 4,
                fontSize: 18,
                background: approved ? '#f6ffed' : struck ? '#fafafa' : undefined,
              }}
            >
              <b style={{ minWidth: 32, fontSize: 22, textAlign: 'right' }}>{c.ballotNumber}.</b>
              <span style={{ display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0 }}>
                <span
                  style={{
                    textDecoration: struck ? 'line-through' : undefined,
                    textDecorationThickness: 2,
                    color: struck ? 'rgba(0,0,0,0.45)' : undefined,
                    fontWeight: approved ? 700 : 500,
                  }}
                >
                  {c.fullName}
                </span>
                <small style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
                  {[c.position, c.department].filter(Boolean).join(', ')}
                </small>
              </span>
              {approved && <span style={{ color: '#389e0d', fontWeight: 600 }}>Đồng ý</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
});
