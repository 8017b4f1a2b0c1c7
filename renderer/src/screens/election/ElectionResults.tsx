import { useState } from 'react';
import { Alert, App, Button, Card, Col, Row, Segmented, Space, Tag, Typography } from 'antd';
import { FundProjectionScreenOutlined } from '@ant-design/icons';
import type { Election } from '../../../../core/domain/election';
import { INVALID_REASON_LABELS } from '../../../../core/domain/glossary';
import type { ElectionView } from '../../../../core/electionContract';
import { errorText, request } from '../../api';
import { ResultsTable } from '../../components/election/ResultsTable';
import { RoundDecisionForm } from '../../components/election/RoundDecisionForm';
import { TallyChecksList } from '../../components/election/TallyChecksList';
import { useWorkspace } from '../../state/WorkspaceContext';

const REASON_LABELS = {
  first: 'lần đầu',
  tieBreak: 'bầu lại khi bằng phiếu',
  shortfall: 'bầu tiếp',
};

/**
 * The result (issue 5 item 5): each round ranked with votes and percentages and their base, the
 * elected marked, the R18 checks, and — when the count leaves a tie at the last seat or too few
 * elected — the presidium's decision (R17). "Trình chiếu" opens the result for the hall's
 * projector.
 */
export function ElectionResults({
  conferenceId,
  election,
  view,
  onView,
  onProject,
}: {
  conferenceId: string;
  election: Election;
  view: ElectionView;
  onView: (view: ElectionView) => void;
  onProject: () => void;
}) {
  const { message } = App.useApp();
  const { rules, peopleById } = useWorkspace();
  const [chosen, setChosen] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);
  const last = view.rounds.at(-1);
  const entry = view.rounds.find((r) => r.round.number === chosen) ?? last;
  if (!entry || !last) {
    return <Alert type="info" showIcon title="Chưa bắt đầu bầu: chưa có kết quả." />;
  }
  const { round, tally, ballotCandidates } = entry;
  const isLast = entry === last;
  const outcome = view.outcome;
  const names = (id: string) => peopleById.get(id)?.fullName ?? id;

  const decide = async (decision: 'revoteTied' | 'nextRound' | 'acceptFewer', note: string) => {
    setBusy(true);
    try {
      const next = await request('election:decide', {
        conferenceId,
        round: round.number,
        decision,
        note,
      });
      onView(next);
      setChosen(undefined);
      message.success(
        decision === 'acceptFewer'
          ? 'Đã ghi quyết định của hội nghị.'
          : `Đã ghi quyết định và mở lần bầu thứ ${round.number + 1}.`,
      );
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const invalidReasons = Object.entries(tally.invalidByReason)
    .filter(([, count]) => (count ?? 0) > 0)
    .map(
      ([reason, count]) =>
        `${count} ${INVALID_REASON_LABELS[reason as keyof typeof INVALID_REASON_LABELS]}`,
    )
    .join('; ');

  return (
    <Row gutter={[16, 16]} data-testid="results">
      <Col xs={24} xl={16}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
            {view.rounds.length > 1 ? (
              <Segmented
                value={round.number}
                onChange={(v) => setChosen(Number(v))}
                options={view.rounds.map((r) => ({
                  value: r.round.number,
                  label: `Lần ${r.round.number} (${REASON_LABELS[r.round.reason]})`,
                }))}
              />
            ) : (
              <span />
            )}
            <Button
              icon={<FundProjectionScreenOutlined />}
              data-testid="open-projector"
              onClick={onProject}
            >
              Trình chiếu
            </Button>
          </Space>
          <Alert
            type={
              outcome.status === 'complete'
                ? 'success'
                : outcome.status === 'needsDecision'
                  ? 'warning'
                  : 'info'
            }
            showIcon
            data-testid="election-outcome"
            title={outcome.message}
            description={
              outcome.electedIds.length > 0
                ? `Đã trúng cử (${outcome.electedIds.length}/${outcome.seats}): ${outcome.electedIds.map(names).join(', ')}.`
                : undefined
            }
          />
          {!round.locked && (
            <Alert
              type="warning"
              showIcon
              title={`Kết quả tạm tính: lần bầu thứ ${round.number} chưa khoá.`}
              description="Số liệu dưới đây tính trên các phiếu hai tổ nhập giống nhau hoặc đã đối chiếu phiếu gốc. Kết quả chính thức là kết quả đã khoá."
            />
          )}
          <Card
            size="small"
            title={
              <Space>
                <span>{`Lần bầu thứ ${round.number}: bầu ${tally.seats} trong ${tally.candidates} người`}</span>
                {round.locked ? (
                  <Tag color="green">Đã khoá</Tag>
                ) : (
                  <Tag color="orange">Chưa khoá</Tag>
                )}
              </Space>
            }
          >
            <div
              data-testid="results-figures"
              style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 24px', fontSize: 15 }}
            >
              <span>
                Có mặt: <b>{tally.present}</b>
              </span>
              <span>
                Phiếu phát ra: <b>{tally.issued}</b>
              </span>
              <span>
                Phiếu thu vào: <b>{tally.collected}</b>
              </span>
              <span>
                Phiếu hợp lệ: <b>{tally.valid}</b>
              </span>
              <span>
                Phiếu không hợp lệ: <b>{tally.invalid}</b>
                {invalidReasons ? ` (${invalidReasons})` : ''}
              </span>
            </div>
            <ResultsTable tally={tally} candidates={ballotCandidates} />
            {round.presentNote && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                Ghi chú về số người có mặt: {round.presentNote}
              </Typography.Paragraph>
            )}
            {round.decision && (
              <Typography.Paragraph style={{ marginTop: 8 }} data-testid="round-decision-note">
                Quyết định: {round.decision.note}
              </Typography.Paragraph>
            )}
          </Card>
          {isLast && round.locked && outcome.status === 'needsDecision' && (
            <RoundDecisionForm
              outcome={outcome}
              names={names}
              kind={election.kind}
              rules={rules}
              busy={busy}
              onDecide={(decision, note) => void decide(decision, note)}
            />
          )}
        </Space>
      </Col>
      <Col xs={24} xl={8}>
        <TallyChecksList checks={tally.checks} />
      </Col>
    </Row>
  );
}
