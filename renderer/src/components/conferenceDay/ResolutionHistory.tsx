import { Collapse, Empty, Table, Typography } from 'antd';
import { format, parseISO } from 'date-fns';
import { RESOLUTION_STAGE_LABELS } from '../../../../core/domain/glossary';
import type { Resolution } from '../../../../core/domain/resolution';

function when(iso: string): string {
  try {
    return format(parseISO(iso), 'HH:mm dd/MM/yyyy');
  } catch {
    return iso;
  }
}

/**
 * The drafts left behind (draft, draft for opinion, revised at the conference, and the adopted
 * text before each later change), each with its text as it stood, and the log of the changes
 * made after adoption with their reasons.
 */
export function ResolutionHistory({ resolution }: { resolution: Resolution }) {
  const { versions, changeLog } = resolution;
  return (
    <div data-testid="resolution-history">
      <Typography.Title level={5}>Các bản đã lưu ({versions.length})</Typography.Title>
      {versions.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description="Mỗi lần chuyển giai đoạn, bản trước được giữ lại ở đây."
        />
      ) : (
        <Collapse
          size="small"
          items={versions.map((v, i) => ({
            key: String(i),
            label: `${RESOLUTION_STAGE_LABELS[v.stage]} — giữ lại lúc ${when(v.at)} (${v.items.length} nội dung)`,
            children: (
              <ol style={{ margin: 0, paddingLeft: 20 }}>
                {v.items.map((item) => (
                  <li key={item.id}>{item.text || item.indicator || '(trống)'}</li>
                ))}
              </ol>
            ),
          }))}
        />
      )}
      {changeLog.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            Nhật ký sửa đổi sau khi thông qua
          </Typography.Title>
          <Table
            size="small"
            rowKey={(r) => r.at + r.reason}
            pagination={false}
            dataSource={changeLog}
            data-testid="resolution-change-log"
            columns={[
              { title: 'Lúc', width: 140, render: (_, r) => when(r.at) },
              { title: 'Lý do', dataIndex: 'reason' },
              { title: 'Thay đổi', dataIndex: 'detail' },
            ]}
          />
        </>
      )}
    </div>
  );
}
