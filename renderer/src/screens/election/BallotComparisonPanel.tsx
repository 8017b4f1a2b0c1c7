import { useState } from 'react';
import { Alert, App, Button, Card, Col, Empty, Row, Space, Statistic, Typography } from 'antd';
import { LockOutlined, ReloadOutlined } from '@ant-design/icons';
import type { BallotEntry, BallotStyle } from '../../../../core/domain/election';
import type { ElectionView } from '../../../../core/electionContract';
import { formatDateVi } from '../../../../core/domain/dates';
import { vietnamClock, vietnamDate } from '../../../../core/domain/vietnamTime';
import { ClockTimeEditor } from '../../components/conferenceDay/ClockTimeEditor';
import { errorText, request } from '../../api';
import { DisagreementRow } from '../../components/election/DisagreementRow';
import { TallyChecksList } from '../../components/election/TallyChecksList';
import { TEAM_COLORS } from '../../components/election/electionLabels';
import { UnlockRoundButton } from '../../components/election/UnlockRoundButton';

type RoundView = ElectionView['rounds'][number];

/** "09:42 15/01/2026", on Vietnam's clock like every time the app states. */
function lockedAt(iso: string): string {
  return Number.isNaN(Date.parse(iso))
    ? iso
    : `${vietnamClock(iso)} ${formatDateVi(vietnamDate(iso))}`;
}

/**
 * Comparing the two teams' passes ballot by ballot (anchors.md lesson 6): the counts of each team,
 * every ballot they typed differently, settled from the paper; the result is locked only when
 * nothing is left to settle and every R18 check holds (canLock, computed by the service — the
 * reasons are listed otherwise). Unlocking asks for a reason, which the log keeps.
 */
export function BallotComparisonPanel({
  conferenceId,
  entry,
  style,
  onView,
  onReload,
}: {
  conferenceId: string;
  entry: RoundView;
  style: BallotStyle;
  onView: (view: ElectionView) => void;
  onReload: () => void;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const { round, comparison, disagreements, canLock, tally } = entry;
  const locked = round.locked !== undefined;
  const unsettled = disagreements.filter((d) => !d.settled);

  const run = async (op: () => Promise<ElectionView>, done?: string) => {
    setBusy(true);
    try {
      onView(await op());
      if (done) message.success(done);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const settle = (ballot: BallotEntry) =>
    run(() =>
      request('election:settle', {
        conferenceId,
        round: round.number,
        serial: ballot.serial,
        entry: ballot,
      }),
    );

  return (
    <Row gutter={[16, 16]} data-testid="comparison">
      <Col xs={24} xl={15}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {round.mode === 'totals' ? (
            <Alert
              type="info"
              showIcon
              title={`Lần bầu thứ ${round.number} nhập tổng số đã kiểm bằng tay: không có hai tổ để đối chiếu.`}
              description="Kiểm tra số liệu bên phải rồi khoá kết quả."
            />
          ) : (
            <>
              <Card size="small">
                <Space size={40} wrap>
                  <Statistic
                    title={<span style={{ color: TEAM_COLORS.A }}>Tổ A đã nhập</span>}
                    value={comparison.a}
                  />
                  <Statistic
                    title={<span style={{ color: TEAM_COLORS.B }}>Tổ B đã nhập</span>}
                    value={comparison.b}
                  />
                  <Statistic title="Được tính (khớp hoặc đã đối chiếu)" value={comparison.agreed} />
                  <Statistic
                    title="Khác nhau"
                    value={comparison.disagreements}
                    styles={{
                      content: { color: comparison.unsettled > 0 ? '#cf1322' : undefined },
                    }}
                    suffix={
                      comparison.disagreements > 0 ? (
                        <small style={{ fontSize: 14 }}>
                          (còn {comparison.unsettled} chưa đối chiếu)
                        </small>
                      ) : undefined
                    }
                  />
                  <Button icon={<ReloadOutlined />} onClick={onReload}>
                    Cập nhật
                  </Button>
                </Space>
              </Card>
              <Card
                size="small"
                title={`Phiếu hai tổ nhập khác nhau (${disagreements.length})`}
                data-testid="disagreements"
              >
                {disagreements.length === 0 ? (
                  <Empty
                    description={
                      comparison.a === 0 && comparison.b === 0
                        ? 'Hai tổ chưa nhập phiếu nào.'
                        : 'Hai tổ nhập giống nhau ở mọi phiếu đã nhập.'
                    }
                  />
                ) : (
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    {unsettled.length > 0 && (
                      <Typography.Text>
                        Lấy phiếu gốc có số này trong tập phiếu, xem lại và chọn kết quả đúng.
                      </Typography.Text>
                    )}
                    {disagreements.map((d) => (
                      <DisagreementRow
                        key={d.serial}
                        disagreement={d}
                        style={style}
                        candidateCount={round.candidateIds.length}
                        locked={locked}
                        busy={busy}
                        onSettle={(ballot) => void settle(ballot)}
                      />
                    ))}
                  </Space>
                )}
              </Card>
            </>
          )}
        </Space>
      </Col>
      <Col xs={24} xl={9}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Card size="small" title={`Khoá kết quả lần bầu thứ ${round.number}`}>
            {/* The count's times as D13 states them; the end defaults to the lock. */}
            <Space wrap style={{ marginBottom: 12 }} data-testid="count-times">
              {(
                [
                  ['countStartedAt', 'Bắt đầu kiểm phiếu lúc', 'bắt đầu kiểm phiếu'],
                  ['countEndedAt', 'Kết thúc lúc', 'kết thúc kiểm phiếu'],
                ] as const
              ).map(([field, label, what]) => (
                <ClockTimeEditor
                  key={field}
                  label={label}
                  what={what}
                  time={round[field] ?? ''}
                  busy={busy}
                  testId={`count-${field}`}
                  onSave={(time) =>
                    void run(
                      () =>
                        request('election:saveCountTimes', {
                          conferenceId,
                          round: round.number,
                          countStartedAt: round.countStartedAt ?? null,
                          countEndedAt: round.countEndedAt ?? null,
                          [field]: time,
                        }),
                      'Đã ghi giờ kiểm phiếu.',
                    )
                  }
                />
              ))}
            </Space>
            {locked ? (
              <Space orientation="vertical">
                <Alert
                  type="success"
                  showIcon
                  data-testid="round-locked"
                  title={`Đã khoá lúc ${lockedAt(round.locked?.at ?? '')}`}
                  description="Kết quả này là căn cứ của biên bản kiểm phiếu (D13)."
                />
                <UnlockRoundButton
                  round={round.number}
                  busy={busy}
                  onUnlock={(reason) =>
                    void run(
                      () =>
                        request('election:unlockRound', {
                          conferenceId,
                          round: round.number,
                          reason,
                        }),
                      'Đã mở khoá; lý do đã ghi vào nhật ký.',
                    )
                  }
                />
              </Space>
            ) : (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {!canLock.ok && (
                  <Alert
                    type="warning"
                    showIcon
                    data-testid="lock-reasons"
                    title="Chưa khoá được vì:"
                    description={
                      <ul style={{ margin: 0, paddingLeft: 18 }}>
                        {canLock.reasons.map((r) => (
                          <li key={r}>{r}</li>
                        ))}
                      </ul>
                    }
                  />
                )}
                <Button
                  type="primary"
                  size="large"
                  icon={<LockOutlined />}
                  disabled={!canLock.ok}
                  loading={busy}
                  data-testid="lock-round"
                  onClick={() =>
                    void run(
                      () => request('election:lockRound', { conferenceId, round: round.number }),
                      'Đã khoá kết quả kiểm phiếu.',
                    )
                  }
                >
                  Khoá kết quả kiểm phiếu
                </Button>
              </Space>
            )}
          </Card>
          <TallyChecksList checks={tally.checks} />
        </Space>
      </Col>
    </Row>
  );
}
