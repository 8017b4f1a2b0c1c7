import { useState } from 'react';
import { Button, Input, Popover, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { TimeSchema } from '../../../../core/domain/person';

/**
 * "Khai mạc lúc 08:03 ✎": a recorded time of day, corrected in place (the secretary pressed the
 * button late). The time is checked as hh:mm before it is sent.
 */
export function ClockTimeEditor({
  label,
  what,
  time,
  busy,
  testId,
  onSave,
}: {
  label: string;
  /** What the time is of, in a sentence: "khai mạc". */
  what: string;
  time: string;
  busy: boolean;
  testId: string;
  onSave: (time: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(time);
  const valid = TimeSchema.safeParse(draft.trim()).success;
  const save = () => {
    if (!valid) return;
    onSave(draft.trim());
    setOpen(false);
  };
  return (
    <Space size={4} data-testid={testId}>
      <Typography.Text>
        {label} <b>{time || '……'}</b>
      </Typography.Text>
      <Popover
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (next) setDraft(time);
        }}
        trigger="click"
        title={`Sửa giờ ${what}`}
        content={
          <Space>
            <Input
              aria-label={`Giờ ${what}`}
              value={draft}
              status={valid ? undefined : 'error'}
              placeholder="hh:mm"
              style={{ width: 90 }}
              onChange={(e) => setDraft(e.target.value)}
              onPressEnter={save}
              autoFocus
            />
            <Button type="primary" disabled={!valid || busy} onClick={save}>
              Lưu
            </Button>
          </Space>
        }
      >
        <Button size="small" type="text" icon={<EditOutlined />} aria-label={`Sửa giờ ${what}`} />
      </Popover>
    </Space>
  );
}
