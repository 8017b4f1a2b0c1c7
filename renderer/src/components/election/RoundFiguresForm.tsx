import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Radio, Space } from 'antd';

export interface RoundFigures {
  present: number;
  presentNote: string;
  ballotsIssued: number;
  mode: 'ballots' | 'totals';
}

/**
 * The figures a round starts from: the people present when the ballots are handed out (taken from
 * check-in; a different number needs a reason, which the minutes keep), the ballots issued, and
 * whether ballots are entered one by one or only the hand-counted totals.
 */
export function RoundFiguresForm({
  checkedIn,
  initial,
  submitLabel,
  busy,
  onSubmit,
}: {
  /** Present according to check-in (R1), the default. */
  checkedIn: number;
  initial?: RoundFigures;
  submitLabel: string;
  busy: boolean;
  onSubmit: (figures: RoundFigures) => void;
}) {
  const [present, setPresent] = useState(initial?.present ?? checkedIn);
  const [presentNote, setPresentNote] = useState(initial?.presentNote ?? '');
  const [issued, setIssued] = useState(initial?.ballotsIssued ?? initial?.present ?? checkedIn);
  const [mode, setMode] = useState<RoundFigures['mode']>(initial?.mode ?? 'ballots');
  const differs = present !== checkedIn;
  const missingNote = differs && presentNote.trim() === '';
  const overIssued = issued > present;

  return (
    <Form layout="vertical" component="div" data-testid="round-figures">
      <Space wrap align="start" size={16}>
        <Form.Item
          label="Số người có mặt khi phát phiếu"
          help={
            differs ? (
              <small>Theo điểm danh: {checkedIn} — hãy ghi lý do khác đi.</small>
            ) : (
              <small>Theo điểm danh</small>
            )
          }
        >
          <InputNumber
            aria-label="Số người có mặt khi phát phiếu"
            data-testid="round-present"
            min={0}
            precision={0}
            size="large"
            value={present}
            onChange={(v) => setPresent(v ?? 0)}
          />
        </Form.Item>
        <Form.Item label="Số phiếu phát ra" help={<small>Thường bằng số người có mặt</small>}>
          <InputNumber
            aria-label="Số phiếu phát ra"
            data-testid="round-issued"
            min={0}
            precision={0}
            size="large"
            value={issued}
            onChange={(v) => setIssued(v ?? 0)}
          />
        </Form.Item>
        <Form.Item label="Cách kiểm phiếu">
          <Radio.Group
            value={mode}
            onChange={(e) => setMode(e.target.value as RoundFigures['mode'])}
          >
            <Space orientation="vertical">
              <Radio value="ballots" data-testid="mode-ballots">
                Nhập từng phiếu, hai tổ đối chiếu (khuyên dùng)
              </Radio>
              <Radio value="totals" data-testid="mode-totals">
                Chỉ nhập tổng số đã kiểm bằng tay
              </Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
      </Space>
      {differs && (
        <Form.Item
          label="Lý do số người có mặt khác điểm danh"
          validateStatus={missingNote ? 'error' : undefined}
          help={missingNote ? 'Bắt buộc: biên bản kiểm phiếu ghi lý do này.' : undefined}
        >
          <Input
            aria-label="Lý do số người có mặt khác điểm danh"
            maxLength={300}
            placeholder="VD: 2 người xin về trước khi phát phiếu"
            value={presentNote}
            onChange={(e) => setPresentNote(e.target.value)}
          />
        </Form.Item>
      )}
      {overIssued && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={`Số phiếu phát ra (${issued}) nhiều hơn số người có mặt (${present}): mỗi người có mặt nhận một phiếu.`}
        />
      )}
      <Button
        type="primary"
        size="large"
        loading={busy}
        disabled={missingNote || overIssued || present < 1}
        data-testid="round-submit"
        onClick={() =>
          onSubmit({
            present,
            presentNote: differs ? presentNote.trim() : '',
            ballotsIssued: issued,
            mode,
          })
        }
      >
        {submitLabel}
      </Button>
    </Form>
  );
}
