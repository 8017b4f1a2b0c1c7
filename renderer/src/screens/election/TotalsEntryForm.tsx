import { useCallback, useMemo, useState } from 'react';
import { Alert, Card, Col, Form, InputNumber, Row, Space, Table, Typography } from 'antd';
import type {
  Election,
  ElectionRound,
  InvalidReason,
  RoundTotals,
} from '../../../../core/domain/election';
import type { BallotCandidate } from '../../../../core/domain/electionBallot';
import { tallyRound } from '../../../../core/domain/electionTally';
import { INVALID_REASON_LABELS } from '../../../../core/domain/glossary';
import { INVALID_REASONS } from '../../../../core/domain/election';
import type { ElectionView } from '../../../../core/electionContract';
import { request } from '../../api';
import { TallyChecksList } from '../../components/election/TallyChecksList';
import { SaveIndicator } from '../../components/SaveIndicator';
import { saveErrorText, useSaveQueue } from '../../state/useSaveQueue';
import { useWorkspace } from '../../state/WorkspaceContext';

const SAVE_DELAY_MS = 600;

interface Draft {
  collected: number;
  valid: number;
  invalid: number;
  invalidByReason: Partial<Record<InvalidReason, number>>;
  votes: Record<string, number>;
}

function draftOf(round: ElectionRound): Draft {
  const t = round.totals;
  return {
    collected: t?.collected ?? 0,
    valid: t?.valid ?? 0,
    invalid: t?.invalid ?? 0,
    invalidByReason: t?.invalidByReason ?? {},
    votes: t?.votes ?? {},
  };
}

function toTotals(d: Draft): RoundTotals {
  return { ...d };
}

/**
 * "Totals only" (issue 5 item 4): for units that count by hand, the figures of the counting minutes
 * — ballots collected, valid, invalid by reason, votes per candidate — checked live with the same
 * R18 arithmetic as the ballot-by-ballot count, and saved as they are typed.
 */
export function TotalsEntryForm({
  conferenceId,
  election,
  round,
  candidates,
  onView,
}: {
  conferenceId: string;
  election: Pick<Election, 'ballotStyle' | 'validity' | 'winningBase'>;
  round: ElectionRound;
  candidates: readonly BallotCandidate[];
  onView: (view: ElectionView) => void;
}) {
  const { workspace, rules } = useWorkspace();
  const locked = round.locked !== undefined;
  const [draft, setDraft] = useState<Draft>(() => draftOf(round));
  const send = useCallback(
    (d: Draft) =>
      request('election:saveTotals', {
        conferenceId,
        round: round.number,
        totals: toTotals(d),
      }),
    [conferenceId, round.number],
  );
  const save = useSaveQueue<Draft, ElectionView>({
    send,
    onSaved: onView,
    errorText: (error) => saveErrorText(error, 'totals', 'Mục'),
    delayMs: SAVE_DELAY_MS,
  });
  const change = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    save.schedule(next);
  };

  const tally = useMemo(
    () =>
      tallyRound(
        election,
        { ...round, mode: 'totals', totals: toTotals(draft) },
        workspace.people,
        rules,
      ),
    [election, round, draft, workspace.people, rules],
  );

  return (
    <Row gutter={16} data-testid="totals-form">
      <Col xs={24} xl={14}>
        <Card
          size="small"
          title={`Kết quả kiểm phiếu bằng tay — lần bầu thứ ${round.number}`}
          extra={<SaveIndicator state={save.state} testId="totals-save" />}
        >
          <Form layout="vertical" component="div">
            <Space wrap size={16}>
              <Form.Item label="Số phiếu thu vào">
                <InputNumber
                  aria-label="Số phiếu thu vào"
                  min={0}
                  precision={0}
                  disabled={locked}
                  value={draft.collected}
                  onChange={(v) => change({ collected: v ?? 0 })}
                />
              </Form.Item>
              <Form.Item label="Số phiếu hợp lệ">
                <InputNumber
                  aria-label="Số phiếu hợp lệ"
                  min={0}
                  precision={0}
                  disabled={locked}
                  value={draft.valid}
                  onChange={(v) => change({ valid: v ?? 0 })}
                />
              </Form.Item>
              <Form.Item label="Số phiếu không hợp lệ">
                <InputNumber
                  aria-label="Số phiếu không hợp lệ"
                  min={0}
                  precision={0}
                  disabled={locked}
                  value={draft.invalid}
                  onChange={(v) => change({ invalid: v ?? 0 })}
                />
              </Form.Item>
            </Space>
            <Typography.Text strong>Phiếu không hợp lệ theo lý do (không bắt buộc)</Typography.Text>
            <Space wrap size={12} style={{ marginTop: 8, marginBottom: 16 }}>
              {INVALID_REASONS.map((reason) => (
                <InputNumber
                  key={reason}
                  aria-label={`Không hợp lệ vì ${INVALID_REASON_LABELS[reason]}`}
                  addonBefore={INVALID_REASON_LABELS[reason]}
                  min={0}
                  precision={0}
                  disabled={locked}
                  value={draft.invalidByReason[reason] ?? null}
                  onChange={(v) => {
                    const next = { ...draft.invalidByReason };
                    if (v === null || v === 0) delete next[reason];
                    else next[reason] = v;
                    change({ invalidByReason: next });
                  }}
                />
              ))}
            </Space>
          </Form>
          <Table<BallotCandidate>
            size="small"
            pagination={false}
            rowKey="personId"
            dataSource={[...candidates]}
            columns={[
              { title: 'Số', dataIndex: 'ballotNumber', width: 60 },
              { title: 'Họ và tên', dataIndex: 'fullName' },
              {
                title: 'Số phiếu bầu',
                width: 160,
                render: (_, c) => (
                  <InputNumber
                    aria-label={`Số phiếu bầu cho ${c.fullName}`}
                    min={0}
                    precision={0}
                    disabled={locked}
                    value={draft.votes[c.personId] ?? null}
                    onChange={(v) => change({ votes: { ...draft.votes, [c.personId]: v ?? 0 } })}
                  />
                ),
              },
            ]}
          />
          {save.state.status === 'error' && (
            <Alert
              style={{ marginTop: 12 }}
              type="error"
              showIcon
              title="Chưa lưu được"
              description={save.state.message}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <TallyChecksList checks={tally.checks} title="Kiểm tra số liệu (R18)" />
      </Col>
    </Row>
  );
}
