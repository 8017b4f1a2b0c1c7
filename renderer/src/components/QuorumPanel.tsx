import { Typography } from 'antd';
import { quorumShortfall } from '../../../core/domain/quorum';
import { percentOf, type Quorum } from '../../../core/domain/quorum';
import type { RuleSet } from '../../../core/rules/ruleSets';

export interface QuorumPanelProps {
  quorum: Quorum;
  rules: RuleSet;
  /** One line, for a header or a narrow column. */
  compact?: boolean;
}

const REACHED_COLOR = '#389e0d';
const SHORT_COLOR = '#d4380d';

const integer = new Intl.NumberFormat('vi-VN');
const percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/**
 * The live quorum (R1): the conference may go on only with at least ⌈2/3 × base⌉ present, the base
 * being all staff or the delegates summoned (Luật 10/2022 Điều 51.2.c). Every number comes from core
 * (computeQuorum); this component only lays them out, big enough to read from across the room.
 */
export function QuorumPanel({ quorum, rules, compact = false }: QuorumPanelProps) {
  const { numerator, denominator } = rules.quorum.value;
  const color = quorum.reached ? REACHED_COLOR : SHORT_COLOR;
  const status = quorum.reached
    ? 'Đủ số người tham dự theo quy định'
    : quorum.base === 0
      ? 'Chưa đủ — chưa có ai trong danh sách tính số người tham dự'
      : `Chưa đủ — còn thiếu ${integer.format(quorumShortfall(quorum))} người`;
  const presentText = `${integer.format(quorum.present)} / ${integer.format(quorum.base)}`;
  const neededText = `${integer.format(quorum.needed)} (${numerator}/${denominator})`;
  const percentText = `${percent.format(quorum.percent)}%`;
  // Where the 2/3 line sits on the bar: the same rounding as the percentage shown.
  const threshold = percentOf(quorum.needed, quorum.base);

  const statusBox = (
    <div
      data-testid="quorum-status"
      role="status"
      style={{
        background: color,
        color: '#fff',
        fontWeight: 600,
        borderRadius: 4,
        padding: compact ? '2px 10px' : '8px 12px',
        fontSize: compact ? 14 : 16,
      }}
    >
      {status}
    </div>
  );

  if (compact) {
    return (
      <div
        data-testid="quorum-panel"
        aria-label="Số người tham dự"
        style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 16px' }}
      >
        <span style={{ fontSize: 16 }}>
          Có mặt <b style={{ fontSize: 20 }}>{presentText}</b>
        </span>
        <span>
          Cần ít nhất <b>{neededText}</b>
        </span>
        <span>{percentText}</span>
        {statusBox}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          Căn cứ: {rules.quorum.source}
        </Typography.Text>
      </div>
    );
  }

  return (
    <section
      data-testid="quorum-panel"
      aria-label="Số người tham dự"
      style={{
        border: `2px solid ${color}`,
        borderRadius: 8,
        padding: 16,
        background: '#fff',
        display: 'flex',
        flexDirection: 'column',
        gap: 10,
      }}
    >
      <div
        style={{ fontSize: 16, display: 'flex', alignItems: 'baseline', gap: 8, flexWrap: 'wrap' }}
      >
        <span>Có mặt </span>
        <span style={{ fontSize: 40, fontWeight: 700, lineHeight: 1.1, color }}>{presentText}</span>
      </div>
      <div style={{ fontSize: 16 }}>
        Cần ít nhất <b style={{ fontSize: 22 }}>{neededText}</b>
      </div>
      <div>
        <div
          aria-hidden
          style={{ position: 'relative', height: 12, background: '#f0f0f0', borderRadius: 6 }}
        >
          <div
            style={{
              width: `${quorum.percent}%`,
              height: '100%',
              background: color,
              borderRadius: 6,
              transition: 'width 0.2s',
            }}
          />
          {quorum.base > 0 && (
            <div
              title={`Mức tối thiểu: ${neededText}`}
              style={{
                position: 'absolute',
                top: -4,
                bottom: -4,
                left: `${threshold}%`,
                width: 2,
                background: '#262626',
              }}
            />
          )}
        </div>
        <div style={{ fontSize: 18, fontWeight: 600, marginTop: 4 }}>{percentText}</div>
      </div>
      {statusBox}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        Căn cứ: {rules.quorum.source}
      </Typography.Text>
    </section>
  );
}
