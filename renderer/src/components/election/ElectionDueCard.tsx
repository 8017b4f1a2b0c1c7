import { useState } from 'react';
import { Alert, Button, Card, Input, Radio, Space, Typography } from 'antd';
import type { ElectionWaiver } from '../../../../core/domain/election';
import type { ElectionDue } from '../../../../core/domain/electionDue';
import { useWorkspace } from '../../state/WorkspaceContext';

/**
 * R21 and the cases without a board: whether this conference elects the Ban Thanh tra nhân dân (and
 * why, with the article), or the record that it does not — the superior union's decision (NĐ
 * 59/2023 Điều 21.2) or a small unit (Điều 60.1, rules.optionalAtOrBelow). Recording a waiver switches the
 * election steps off; the union executive then performs the board's tasks (Điều 63.2.e).
 */
export function ElectionDueCard({
  due,
  waiver,
  busy,
  onWaive,
  onUnwaive,
}: {
  due: ElectionDue;
  waiver: ElectionWaiver | undefined;
  busy: boolean;
  onWaive: (waiver: ElectionWaiver) => void;
  onUnwaive: () => void;
}) {
  const { rules } = useWorkspace();
  const waiverLabels: Record<ElectionWaiver['reason'], string> = {
    upperUnionDecision:
      'Công đoàn cấp trên quyết định đơn vị không thành lập Ban Thanh tra nhân dân',
    smallUnit: `Đơn vị có không quá ${rules.optionalAtOrBelow.value} người`,
  };
  const waiverSources: Record<ElectionWaiver['reason'], string> = {
    upperUnionDecision: 'Nghị định 59/2023/NĐ-CP, Điều 21.2; Luật 10/2022/QH15, Điều 63.2.e',
    smallUnit: rules.optionalAtOrBelow.source,
  };
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ElectionWaiver['reason']>('upperUnionDecision');
  const [decisionRef, setDecisionRef] = useState('');
  const [note, setNote] = useState('');

  if (waiver) {
    return (
      <Card size="small" title="Bầu Ban Thanh tra nhân dân tại hội nghị này">
        <Alert
          type="info"
          showIcon
          data-testid="election-waived"
          title={
            waiver.reason === 'upperUnionDecision'
              ? `Không bầu theo quyết định của công đoàn cấp trên về việc không thành lập Ban Thanh tra nhân dân${waiver.decisionRef ? ` (${waiver.decisionRef})` : ''}.`
              : `Không bầu: đơn vị có không quá ${rules.optionalAtOrBelow.value} người.`
          }
          description={
            <>
              Ban Chấp hành Công đoàn thực hiện nhiệm vụ của Ban Thanh tra nhân dân; các bước bầu cử
              và văn bản bầu cử được tắt.{waiver.note ? ` Ghi chú: ${waiver.note}` : ''}
              <br />
              <small>Căn cứ: {waiverSources[waiver.reason]}</small>
            </>
          }
        />
        <Button style={{ marginTop: 8 }} loading={busy} onClick={onUnwaive}>
          Bỏ ghi nhận — hội nghị này có bầu
        </Button>
      </Card>
    );
  }

  return (
    <Card size="small" title="Bầu Ban Thanh tra nhân dân tại hội nghị này">
      <Alert
        type={due.due ? 'warning' : 'info'}
        showIcon
        data-testid="election-due"
        title={due.due ? 'Đến kỳ bầu' : 'Chưa đến kỳ bầu'}
        description={
          <>
            {due.reason}
            {!due.due && ' Vẫn có thể bầu bổ sung khi Ban thiếu thành viên (Điều 60.3).'}
            <br />
            <small>Căn cứ: {due.source}</small>
          </>
        }
      />
      {open ? (
        <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
          <Typography.Text strong>Ghi nhận không bầu Ban Thanh tra nhân dân</Typography.Text>
          <Radio.Group
            value={reason}
            onChange={(e) => setReason(e.target.value as ElectionWaiver['reason'])}
          >
            <Space orientation="vertical">
              {(['upperUnionDecision', 'smallUnit'] as const).map((r) => (
                <Radio key={r} value={r}>
                  {waiverLabels[r]}{' '}
                  <Typography.Text type="secondary">({waiverSources[r]})</Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
          {reason === 'upperUnionDecision' && (
            <Input
              aria-label="Số, ngày quyết định của công đoàn cấp trên"
              placeholder="Số, ngày quyết định của công đoàn cấp trên (VD: 12/QĐ-CĐN ngày 05/01/2026)"
              value={decisionRef}
              maxLength={200}
              onChange={(e) => setDecisionRef(e.target.value)}
            />
          )}
          <Input
            aria-label="Ghi chú về việc không bầu"
            placeholder="Ghi chú (không bắt buộc)"
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
          />
          <Space>
            <Button
              type="primary"
              loading={busy}
              data-testid="election-waive"
              onClick={() =>
                onWaive({
                  reason,
                  decisionRef: reason === 'upperUnionDecision' ? decisionRef.trim() : '',
                  note: note.trim(),
                })
              }
            >
              Ghi nhận không bầu
            </Button>
            <Button onClick={() => setOpen(false)}>Huỷ</Button>
          </Space>
        </Space>
      ) : (
        <Button type="link" style={{ paddingLeft: 0 }} onClick={() => setOpen(true)}>
          Hội nghị này không bầu (quyết định của công đoàn cấp trên, đơn vị nhỏ)…
        </Button>
      )}
    </Card>
  );
}
