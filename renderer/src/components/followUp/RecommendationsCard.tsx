import { Form, Input, Space, Tag } from 'antd';
import { formatDateVi } from '../../../../core/domain/dates';
import type { FollowUpViewOutput } from '../../../../core/followUpContract';
import type { FollowUpViewState } from '../../state/useFollowUpView';
import { BoardRecordDocuments } from './BoardRecordDocuments';
import { IsoDateInput } from './IsoDateInput';
import { RecordTableCard } from './RecordTableCard';

type RecommendationView = FollowUpViewOutput['board']['recommendations'][number];

interface Draft {
  id?: string;
  content: string;
  documentNumber: string;
  receivedOn?: string;
  answeredOn?: string;
  answer: string;
  answerDocumentNumber: string;
}

const EMPTY: Draft = { content: '', documentNumber: '', answer: '', answerDocumentNumber: '' };

/** Recommendations to the head, answered within 15 days (Luật 10/2022/QH15 Điều 63.1.c). */
export function RecommendationsCard({
  conferenceId,
  recommendations,
  change,
}: {
  conferenceId: string;
  recommendations: RecommendationView[];
  change: FollowUpViewState['change'];
}) {
  const save = async (draft: Draft) => {
    if (!draft.receivedOn) return false;
    const recommendation = {
      ...(draft.id ? { id: draft.id } : {}),
      content: draft.content,
      documentNumber: draft.documentNumber,
      receivedOn: draft.receivedOn,
      ...(draft.answeredOn ? { answeredOn: draft.answeredOn } : {}),
      answer: draft.answer,
      answerDocumentNumber: draft.answerDocumentNumber,
    };
    return change('boardWork:saveRecommendation', { conferenceId, recommendation });
  };

  return (
    <RecordTableCard<RecommendationView, Draft>
      title="Kiến nghị với thủ trưởng (trả lời trong 15 ngày)"
      testId="recommendations"
      addLabel="Thêm kiến nghị"
      editTitle="Kiến nghị"
      emptyText="Chưa có kiến nghị nào."
      removeTitle="Xoá kiến nghị này?"
      rows={recommendations}
      empty={EMPTY}
      toDraft={(r) => ({
        id: r.id,
        content: r.content,
        documentNumber: r.documentNumber,
        receivedOn: r.receivedOn,
        answeredOn: r.answeredOn,
        answer: r.answer,
        answerDocumentNumber: r.answerDocumentNumber,
      })}
      canSave={(draft) => Boolean(draft.content.trim() && draft.receivedOn)}
      onSave={save}
      onRemove={(r) => void change('boardWork:removeRecommendation', { conferenceId, id: r.id })}
      // D22KN: the recommendation to the head with its 15-day answer deadline (Điều 63.1.c).
      rowActions={(r) => (
        <BoardRecordDocuments
          conferenceId={conferenceId}
          record={r.id}
          documentIds={['D22KN']}
          title={`Kiến nghị nhận ngày ${formatDateVi(r.receivedOn)}`}
        />
      )}
      columns={[
        { title: 'Nội dung', dataIndex: 'content' },
        { title: 'Ngày nhận', key: 'r', render: (_, r) => formatDateVi(r.receivedOn) },
        { title: 'Hạn trả lời', key: 'd', render: (_, r) => formatDateVi(r.answerDueOn) },
        {
          title: 'Trả lời',
          key: 'a',
          render: (_, r) => (
            <Space direction="vertical" size={0}>
              {r.answeredOn && <span>Ngày {formatDateVi(r.answeredOn)}</span>}
              <span data-testid="answer-state">{stateTag(r)}</span>
            </Space>
          ),
        },
      ]}
      form={(draft, set) => (
        <>
          <Form.Item label="Nội dung kiến nghị" required>
            <Input.TextArea
              aria-label="Nội dung kiến nghị"
              rows={2}
              value={draft.content}
              onChange={(e) => set({ content: e.target.value })}
            />
          </Form.Item>
          <Space wrap>
            <Form.Item label="Số văn bản kiến nghị">
              <Input
                value={draft.documentNumber}
                onChange={(e) => set({ documentNumber: e.target.value })}
              />
            </Form.Item>
            <Form.Item label="Ngày thủ trưởng nhận" required>
              <IsoDateInput
                ariaLabel="Ngày thủ trưởng nhận"
                value={draft.receivedOn}
                onChange={(receivedOn) => set({ receivedOn })}
              />
            </Form.Item>
            <Form.Item label="Ngày trả lời">
              <IsoDateInput
                ariaLabel="Ngày trả lời"
                value={draft.answeredOn}
                onChange={(answeredOn) => set({ answeredOn })}
              />
            </Form.Item>
          </Space>
          <Form.Item label="Nội dung trả lời">
            <Input.TextArea
              rows={2}
              value={draft.answer}
              onChange={(e) => set({ answer: e.target.value })}
            />
          </Form.Item>
        </>
      )}
    />
  );
}

function stateTag(r: RecommendationView) {
  switch (r.answerState) {
    case 'answered':
      return <Tag color="green">Đã trả lời đúng hạn</Tag>;
    case 'answeredLate':
      return <Tag color="red">Trả lời muộn {r.daysLate} ngày</Tag>;
    case 'overdue':
      return <Tag color="red">Quá hạn {r.daysLate} ngày chưa trả lời</Tag>;
    case 'awaiting':
      return <Tag color="gold">Còn {r.daysLeft} ngày</Tag>;
  }
}
