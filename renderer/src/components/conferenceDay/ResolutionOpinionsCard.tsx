import { Button, Card, Empty, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Opinion } from '../../../../core/domain/proceedings';
import type { Person } from '../../../../core/domain/person';
import type { ResolutionOption } from './OpinionEditor';

/**
 * The opinions of the discussion marked "đưa vào nghị quyết" (Luật 10/2022/QH15 Điều 51.4.c–d):
 * each linked to the item it produced, or turned into a new task with one click — so nothing the
 * conference agreed to take in is forgotten when the text is adopted.
 */
export function ResolutionOpinionsCard({
  opinions,
  people,
  options,
  disabled,
  onLink,
  onCreateItem,
}: {
  opinions: readonly Opinion[];
  people: readonly Person[];
  /** The items the service already holds (a link to an unsaved one would be refused). */
  options: readonly ResolutionOption[];
  disabled: boolean;
  onLink: (opinion: Opinion, itemId: string | undefined) => void;
  onCreateItem: (opinion: Opinion) => void;
}) {
  const taken = opinions.filter((o) => o.takenIntoResolution);
  const speaker = (o: Opinion) =>
    people.find((p) => p.id === o.speaker.personId)?.fullName ?? (o.speaker.name || 'Không rõ tên');
  return (
    <Card
      size="small"
      title={`Ý kiến được tiếp thu vào nghị quyết (${taken.length})`}
      data-testid="resolution-opinions"
    >
      {taken.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description="Đánh dấu “Đưa vào nghị quyết” ở ý kiến thảo luận (thẻ Điều hành)."
        />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {taken.map((o) => (
            <div key={o.id} style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 6 }}>
              <Typography.Text strong>{speaker(o)}</Typography.Text>
              {o.department && (
                <Typography.Text type="secondary"> ({o.department})</Typography.Text>
              )}
              <div style={{ whiteSpace: 'pre-wrap' }}>{o.content}</div>
              <div style={{ display: 'flex', gap: 8, marginTop: 4, minWidth: 0 }}>
                <Select
                  aria-label={`Nội dung nghị quyết tiếp thu ý kiến của ${speaker(o)}`}
                  placeholder="Chưa gắn với nội dung nào"
                  allowClear
                  disabled={disabled}
                  value={o.resolutionItemId}
                  options={options.map((i) => ({ value: i.id, label: i.label }))}
                  onChange={(id: string | undefined) => onLink(o, id)}
                  style={{ flex: 1, minWidth: 0 }}
                  popupMatchSelectWidth={false}
                />
                {!o.resolutionItemId && (
                  <Button
                    icon={<PlusOutlined />}
                    disabled={disabled}
                    onClick={() => onCreateItem(o)}
                  >
                    Tạo nhiệm vụ
                  </Button>
                )}
              </div>
            </div>
          ))}
        </Space>
      )}
    </Card>
  );
}
