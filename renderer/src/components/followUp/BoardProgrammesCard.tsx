import { useState } from 'react';
import { App, Button, Card, List, Popconfirm, Select, Space } from 'antd';
import { formatDateVi } from '../../../../core/domain/dates';
import type { FollowUpViewOutput } from '../../../../core/followUpContract';
import { call } from '../../api';
import type { FollowUpViewState } from '../../state/useFollowUpView';
import { BoardRecordDocuments } from './BoardRecordDocuments';

type Programme = FollowUpViewOutput['board']['programmes'][number];

const PERIODS = [
  { value: 'year-1', label: 'Cả năm' },
  { value: 'half-1', label: '6 tháng đầu năm' },
  { value: 'half-2', label: '6 tháng cuối năm' },
  { value: 'quarter-1', label: 'Quý I' },
  { value: 'quarter-2', label: 'Quý II' },
  { value: 'quarter-3', label: 'Quý III' },
  { value: 'quarter-4', label: 'Quý IV' },
] as const;

type PeriodKey = (typeof PERIODS)[number]['value'];

function periodOf(key: PeriodKey) {
  const [kind, number] = key.split('-') as ['quarter' | 'half' | 'year', string];
  return { kind, number: Number(number) };
}

/**
 * The board's work programme per quarter, six months and year (Luật 10/2022/QH15 Điều 62.2):
 * drafted by core from the resolution's items, then saved as the board's own.
 */
export function BoardProgrammesCard({
  conferenceId,
  programmes,
  change,
}: {
  conferenceId: string;
  programmes: Programme[];
  change: FollowUpViewState['change'];
}) {
  const { message } = App.useApp();
  const [period, setPeriod] = useState<PeriodKey>('year-1');
  const draft = async () => {
    const result = await call('boardWork:draftProgramme', {
      conferenceId,
      period: periodOf(period),
    });
    if (!result.ok) return void message.error(result.error.message);
    if (await change('boardWork:saveProgramme', { conferenceId, programme: result.data }))
      void message.success(`Đã soạn chương trình với ${result.data.lines.length} việc.`);
  };
  return (
    <Card
      size="small"
      title="Chương trình công tác"
      data-testid="board-programmes"
      extra={
        <Space.Compact>
          <Select
            size="small"
            aria-label="Kỳ của chương trình"
            style={{ width: 160 }}
            value={period}
            onChange={setPeriod}
            options={[...PERIODS]}
          />
          <Button size="small" onClick={() => void draft()}>
            Soạn từ nghị quyết
          </Button>
        </Space.Compact>
      }
    >
      <List
        size="small"
        dataSource={programmes}
        locale={{ emptyText: 'Chưa có chương trình công tác.' }}
        renderItem={(p) => (
          <List.Item
            actions={[
              // D22CT: the programme as a document (Nghị định 59/2023/NĐ-CP Điều 22.1.a).
              <BoardRecordDocuments
                key="documents"
                conferenceId={conferenceId}
                record={p.id}
                documentIds={['D22CT']}
                title={`Chương trình công tác ${p.label}`}
              />,
              <Popconfirm
                key="remove"
                title="Xoá chương trình này?"
                onConfirm={() =>
                  void change('boardWork:removeProgramme', { conferenceId, id: p.id })
                }
              >
                <Button size="small" type="link" danger>
                  Xoá
                </Button>
              </Popconfirm>,
            ]}
          >
            <b>{p.label}</b>&nbsp;({formatDateVi(p.from)} – {formatDateVi(p.to)}): {p.lines.length}{' '}
            việc
            {p.approvedOn ? `, duyệt ngày ${formatDateVi(p.approvedOn)}` : ''}
          </List.Item>
        )}
      />
    </Card>
  );
}
