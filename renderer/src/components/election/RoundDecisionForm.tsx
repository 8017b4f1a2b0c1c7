import { useState } from 'react';
import { Alert, Button, Card, Input, Radio, Space, Typography } from 'antd';
import type { RoundDecision } from '../../../../core/domain/election';
import type { ElectionOutcome } from '../../../../core/domain/electionRounds';
import type { RuleSet } from '../../../../core/rules/ruleSets';

type Decision = RoundDecision['decision'];

const DEFAULT_NOTES: Record<Decision, string> = {
  revoteTied:
    'Đoàn Chủ tịch thống nhất tổ chức bầu lại giữa những người có số phiếu bằng nhau ở vị trí cuối cùng.',
  nextRound:
    'Hội nghị thống nhất bầu tiếp trong số những người ứng cử chưa trúng cử cho số lượng còn thiếu.',
  acceptFewer: 'Hội nghị thống nhất Ban Thanh tra nhân dân gồm những người đã trúng cử.',
};

/**
 * R17 — what the count left open is decided by people, never by the software: a tie at the last
 * seat goes to the presidium (default: a new round among the tied); too few elected leads to
 * another round among the remaining candidates, or to accepting fewer — never below the minimum
 * the Law sets for a board (rules.boardMinMembers, Điều 60.1). The decision is recorded with the
 * words the minutes will use.
 */
export function RoundDecisionForm({
  outcome,
  names,
  kind,
  rules,
  busy,
  onDecide,
}: {
  outcome: Pick<
    ElectionOutcome,
    'pending' | 'tiedIds' | 'seatsFilled' | 'seats' | 'message' | 'currentRound'
  >;
  names: (id: string) => string;
  kind: 'fullTerm' | 'byElection';
  rules: RuleSet;
  busy: boolean;
  onDecide: (decision: Decision, note: string) => void;
}) {
  const tie = outcome.pending === 'tie';
  const [decision, setDecision] = useState<Decision>(tie ? 'revoteTied' : 'nextRound');
  const [note, setNote] = useState(DEFAULT_NOTES[tie ? 'revoteTied' : 'nextRound']);
  const min = rules.boardMinMembers.value;
  const fewerAllowed = kind === 'byElection' || outcome.seatsFilled >= min;
  const choose = (d: Decision) => {
    setDecision(d);
    setNote(DEFAULT_NOTES[d]);
  };

  return (
    <Card
      size="small"
      title={tie ? 'Số phiếu bằng nhau ở vị trí cuối cùng' : 'Chưa bầu đủ số lượng'}
      data-testid="round-decision"
      style={{ borderColor: '#faad14' }}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="warning" showIcon title={outcome.message} />
        {tie && (
          <Typography.Paragraph style={{ margin: 0 }}>
            Bằng phiếu nhau: <b>{outcome.tiedIds.map(names).join(', ')}</b>. Phần mềm không tự chọn
            người trúng cử trong trường hợp này: đoàn chủ tịch quyết định.
          </Typography.Paragraph>
        )}
        <Radio.Group value={decision} onChange={(e) => choose(e.target.value as Decision)}>
          <Space orientation="vertical">
            {tie && (
              <Radio value="revoteTied" data-testid="decision-revote">
                Bầu lại lần {outcome.currentRound + 1} giữa những người bằng phiếu (mặc định)
              </Radio>
            )}
            {!tie && (
              <Radio value="nextRound" data-testid="decision-next">
                Bầu tiếp lần {outcome.currentRound + 1} trong số người ứng cử chưa trúng cử, cho số
                lượng còn thiếu
              </Radio>
            )}
            <Radio value="acceptFewer" disabled={!fewerAllowed} data-testid="decision-fewer">
              Chấp nhận số lượng ít hơn ({outcome.seatsFilled}/{outcome.seats} thành viên)
              {!fewerAllowed && (
                <Typography.Text type="secondary">
                  {' '}
                  — không được: Ban cần ít nhất {min} thành viên ({rules.boardMinMembers.source})
                </Typography.Text>
              )}
            </Radio>
          </Space>
        </Radio.Group>
        <Input.TextArea
          aria-label="Nội dung quyết định"
          rows={2}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <Button
          type="primary"
          loading={busy}
          data-testid="decision-submit"
          onClick={() => onDecide(decision, note.trim())}
        >
          Ghi quyết định
          {decision === 'acceptFewer' ? '' : ' và mở lần bầu tiếp theo'}
        </Button>
      </Space>
    </Card>
  );
}
