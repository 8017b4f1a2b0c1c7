import { Form, Input, Space, Tag, Typography } from 'antd';
import { formatDateVi } from '../../../../core/domain/dates';
import type { FollowUpViewOutput } from '../../../../core/followUpContract';
import type { FollowUpViewState } from '../../state/useFollowUpView';
import { BoardRecordDocuments } from './BoardRecordDocuments';
import { IsoDateInput } from './IsoDateInput';
import { RecordTableCard } from './RecordTableCard';

type InspectionView = FollowUpViewOutput['board']['inspections'][number];

interface Draft {
  id?: string;
  subject: string;
  content: string;
  plannedOn?: string;
  notifiedOn?: string;
  resultOn?: string;
  result: string;
  resultDocumentNumber: string;
}

const EMPTY: Draft = { subject: '', content: '', result: '', resultDocumentNumber: '' };

const NOTICE_TAGS = {
  ok: { color: 'green', text: 'Báo trước đủ' },
  late: { color: 'red', text: 'Báo trước chưa đủ' },
  missing: { color: 'red', text: 'Chưa thông báo' },
  pending: { color: 'gold', text: 'Cần thông báo' },
} as const;

/**
 * Inspection plans (Nghị định 59/2023/NĐ-CP Điều 22.1.b): the subject is notified at least 5
 * working days before the start — core counts the working days (holidays skipped) and flags a
 * short notice — and the result is written down (Điều 22.2.b).
 */
export function InspectionsCard({
  conferenceId,
  inspections,
  change,
}: {
  conferenceId: string;
  inspections: InspectionView[];
  change: FollowUpViewState['change'];
}) {
  const save = async (draft: Draft) => {
    if (!draft.plannedOn) return false;
    const inspection = {
      ...(draft.id ? { id: draft.id } : {}),
      subject: draft.subject,
      content: draft.content,
      plannedOn: draft.plannedOn,
      ...(draft.notifiedOn ? { notifiedOn: draft.notifiedOn } : {}),
      ...(draft.resultOn ? { resultOn: draft.resultOn } : {}),
      result: draft.result,
      resultDocumentNumber: draft.resultDocumentNumber,
    };
    return change('boardWork:saveInspection', { conferenceId, inspection });
  };

  return (
    <RecordTableCard<InspectionView, Draft>
      title="Kế hoạch kiểm tra, giám sát"
      testId="inspections"
      addLabel="Thêm cuộc kiểm tra"
      editTitle="Cuộc kiểm tra"
      emptyText="Chưa có cuộc kiểm tra nào."
      removeTitle="Xoá cuộc kiểm tra này?"
      rows={inspections}
      empty={EMPTY}
      toDraft={(i) => ({
        id: i.id,
        subject: i.subject,
        content: i.content,
        plannedOn: i.plannedOn,
        notifiedOn: i.notifiedOn,
        resultOn: i.resultOn,
        result: i.result,
        resultDocumentNumber: i.resultDocumentNumber,
      })}
      canSave={(draft) => Boolean(draft.subject.trim() && draft.plannedOn)}
      onSave={save}
      onRemove={(i) => void change('boardWork:removeInspection', { conferenceId, id: i.id })}
      // D22KH, and D22BC once the result is written (Nghị định 59/2023/NĐ-CP Điều 22.1.b, 22.2.b).
      rowActions={(i) => (
        <BoardRecordDocuments
          conferenceId={conferenceId}
          record={i.id}
          documentIds={i.resultState === 'recorded' ? ['D22KH', 'D22BC'] : ['D22KH']}
          title={`Cuộc kiểm tra ngày ${formatDateVi(i.plannedOn)}`}
        />
      )}
      columns={[
        { title: 'Đối tượng', dataIndex: 'subject' },
        { title: 'Bắt đầu', key: 'p', render: (_, i) => formatDateVi(i.plannedOn) },
        {
          title: 'Thông báo cho đối tượng',
          key: 'n',
          render: (_, i) => (
            <Space direction="vertical" size={0}>
              <span>
                {i.notifiedOn ? formatDateVi(i.notifiedOn) : '—'}
                {i.noticeWorkingDays !== null ? ` (${i.noticeWorkingDays} ngày làm việc)` : ''}
              </span>
              <Tag color={NOTICE_TAGS[i.noticeState].color} data-testid="notice-state">
                {NOTICE_TAGS[i.noticeState].text}
              </Tag>
              {!i.notifiedOn && (
                <Typography.Text type="secondary">
                  Chậm nhất {formatDateVi(i.latestNoticeOn)}
                </Typography.Text>
              )}
              {/* Core's check of the 5 working days' notice (Điều 22.1.b), word for word. */}
              {i.problems.map((p) => (
                <Typography.Text key={p} type="danger" data-testid="inspection-problem">
                  {p}
                </Typography.Text>
              ))}
            </Space>
          ),
        },
        {
          title: 'Kết quả',
          key: 'r',
          render: (_, i) =>
            i.resultOn
              ? `Ngày ${formatDateVi(i.resultOn)}${i.resultDocumentNumber ? `, số ${i.resultDocumentNumber}` : ''}`
              : i.resultState === 'awaiting'
                ? 'Chờ kết quả bằng văn bản'
                : 'Chưa đến ngày',
        },
      ]}
      form={(draft, set) => (
        <>
          <Form.Item label="Đối tượng kiểm tra" required>
            <Input
              aria-label="Đối tượng kiểm tra"
              value={draft.subject}
              onChange={(e) => set({ subject: e.target.value })}
            />
          </Form.Item>
          <Form.Item label="Nội dung">
            <Input.TextArea
              rows={2}
              value={draft.content}
              onChange={(e) => set({ content: e.target.value })}
            />
          </Form.Item>
          <Space wrap>
            <Form.Item label="Ngày bắt đầu kiểm tra" required>
              <IsoDateInput
                ariaLabel="Ngày bắt đầu kiểm tra"
                value={draft.plannedOn}
                onChange={(plannedOn) => set({ plannedOn })}
              />
            </Form.Item>
            <Form.Item label="Ngày thông báo cho đối tượng">
              <IsoDateInput
                ariaLabel="Ngày thông báo cho đối tượng"
                value={draft.notifiedOn}
                onChange={(notifiedOn) => set({ notifiedOn })}
              />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item label="Ngày có kết quả">
              <IsoDateInput
                ariaLabel="Ngày có kết quả"
                value={draft.resultOn}
                onChange={(resultOn) => set({ resultOn })}
              />
            </Form.Item>
            <Form.Item label="Số văn bản kết quả">
              <Input
                value={draft.resultDocumentNumber}
                onChange={(e) => set({ resultDocumentNumber: e.target.value })}
              />
            </Form.Item>
          </Space>
          <Form.Item label="Kết quả kiểm tra">
            <Input.TextArea
              rows={3}
              value={draft.result}
              onChange={(e) => set({ result: e.target.value })}
            />
          </Form.Item>
        </>
      )}
    />
  );
}
