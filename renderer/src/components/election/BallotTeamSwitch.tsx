import { memo } from 'react';
import { TEAMS, type Team } from '../../../../core/domain/election';
import { TEAM_COLORS as COLORS } from './electionLabels';

/**
 * Which counting team is typing (tổ A, tổ B): big, coloured, impossible to miss from across the
 * table, because a stack typed under the wrong team is a stack typed twice by the same people.
 */
export const BallotTeamSwitch = memo(function BallotTeamSwitch({
  team,
  counts,
  onChange,
}: {
  team: Team;
  counts: Record<Team, number>;
  onChange: (team: Team) => void;
}) {
  return (
    <div role="radiogroup" aria-label="Tổ nhập phiếu" style={{ display: 'flex', gap: 8 }}>
      {TEAMS.map((t) => {
        const active = t === team;
        return (
          <button
            key={t}
            type="button"
            role="radio"
            aria-checked={active}
            data-testid={`team-${t}`}
            title={`Tổ ${t} nhập phiếu (Alt+${t})`}
            onClick={() => onChange(t)}
            style={{
              flex: 1,
              minWidth: 150,
              padding: '8px 16px',
              borderRadius: 8,
              border: `3px solid ${COLORS[t]}`,
              background: active ? COLORS[t] : '#fff',
              color: active ? '#fff' : COLORS[t],
              fontSize: 24,
              fontWeight: 700,
              cursor: 'pointer',
              lineHeight: 1.2,
            }}
          >
            Tổ {t}
            <div style={{ fontSize: 14, fontWeight: 400 }}>{counts[t]} phiếu đã nhập</div>
          </button>
        );
      })}
    </div>
  );
});
