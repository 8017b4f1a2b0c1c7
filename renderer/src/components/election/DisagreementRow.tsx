import { useState } from 'react';
import { Button, Input, Select, Space, Tag, Typography } from 'antd';
import type { BallotEntry, BallotStyle, InvalidReason } from '../../../../core/domain/election';
import { describeEntry, type Disagreement } from '../../../../core/domain/ballotComparison';
import { INVALID_REASON_LABELS } from '../../../../core/domain/glossary';
import { INVALID_REASONS } from '../../../../core/domain/election';
import { TEAM_COLORS, marksVerb } from './electionLabels';
import { parseBallotInput } from './parseBallotInput';

/**
 * One ballot the two teams typed differently ("Phiếu số 37: Tổ A gạch 2, 5 — tổ B gạch 2"). The
 * counting board takes the paper out of the stack and settles it: as team A typed, as team B
 * typed, or as the paper reads, typed here. Settled ballots stay listed with what was decided.
 */
export function DisagreementRow({
  disagreement,
  style,
  candidateCount,
  locked,
  busy,
  onSettle,
}: {
  disagreement: Disagreement;
  style: BallotStyle;
  candidateCount: number;
  locked: boolean;
  busy: boolean;
  onSettle: (entry: BallotEntry) => void;
}) {
  const { serial, a, b, settled, what } = disagreement;
  const [typing, setTyping] = useState(false);
  const [text, setText] = useState('');
  const [reason, setReason] = useState<InvalidReason | undefined>();
  const parsed = parseBallotInput(text, candidateCount);
  const canSave = reason !== undefined || parsed.kind === 'marks';
  const save = () => {
    if (reason) onSettle({ serial, marks: [], invalidReason: reason, note: 'Theo phiếu gốc' });
    else if (parsed.kind === 'marks')
      onSettle({ serial, marks: parsed.marks, note: 'Theo phiếu gốc' });
    setTyping(false);
  };
  const asTeam = (entry: BallotEntry, team: 'A' | 'B') =>
    onSettle({ ...entry, serial, note: `Theo tổ ${team}, đã xem phiếu gốc` });

  return (
    <div
      data-testid="disagreement"
      data-serial={serial}
      data-settled={settled !== undefined}
      style={{
        border: `1px solid ${settled ? '#b7eb8f' : '#ffccc7'}`,
        background: settled ? '#f6ffed' : '#fff2f0',
        borderRadius: 8,
        padding: 12,
      }}
    >
      <div style={{ fontSize: 18 }}>
        <b>Phiếu số {serial}:</b> {what}
      </div>
      {settled && (
        <div style={{ marginTop: 4 }}>
          <Tag color="green">Đã đối chiếu phiếu gốc</Tag>
          <Typography.Text data-testid="disagreement-settled">
            Phiếu ghi: {describeEntry(settled, style)}
          </Typography.Text>
        </div>
      )}
      {!locked && (
        <Space wrap style={{ marginTop: 8 }}>
          {a && (
            <Button
              disabled={busy}
              data-testid="settle-a"
              style={{ borderColor: TEAM_COLORS.A, color: TEAM_COLORS.A }}
              onClick={() => asTeam(a, 'A')}
            >
              Đúng như tổ A
            </Button>
          )}
          {b && (
            <Button
              disabled={busy}
              data-testid="settle-b"
              style={{ borderColor: TEAM_COLORS.B, color: TEAM_COLORS.B }}
              onClick={() => asTeam(b, 'B')}
            >
              Đúng như tổ B
            </Button>
          )}
          <Button disabled={busy} data-testid="settle-type" onClick={() => setTyping(!typing)}>
            Nhập theo phiếu gốc…
          </Button>
        </Space>
      )}
      {typing && !locked && (
        <Space wrap style={{ marginTop: 8 }} align="start">
          <Input
            autoFocus
            aria-label={`Phiếu số ${serial}: số người được ${marksVerb(style)}`}
            data-testid="settle-input"
            placeholder={`Số người được ${marksVerb(style)} (0: không có dấu nào)`}
            style={{ width: 320 }}
            disabled={reason !== undefined}
            value={text}
            status={parsed.kind === 'error' ? 'error' : undefined}
            onChange={(e) => setText(e.target.value)}
            onPressEnter={() => canSave && save()}
          />
          <Select<InvalidReason>
            allowClear
            aria-label="Hoặc: phiếu không hợp lệ vì"
            placeholder="Hoặc: phiếu không hợp lệ vì…"
            style={{ width: 300 }}
            value={reason}
            onChange={(v) => setReason(v)}
            options={INVALID_REASONS.map((r) => ({ value: r, label: INVALID_REASON_LABELS[r] }))}
          />
          <Button
            type="primary"
            disabled={!canSave || busy}
            onClick={save}
            data-testid="settle-save"
          >
            Ghi theo phiếu gốc
          </Button>
          {parsed.kind === 'error' && (
            <Typography.Text type="danger">{parsed.message}</Typography.Text>
          )}
        </Space>
      )}
      {(!a || !b) && !settled && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          Chỉ một tổ nhập phiếu này. Nếu phiếu có trong tập phiếu, ghi theo phiếu gốc; nếu không có,
          tổ đã nhập thừa hãy xoá phiếu số {serial} ở mục “Nhập phiếu”.
        </Typography.Paragraph>
      )}
    </div>
  );
}
