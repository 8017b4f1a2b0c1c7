import { useState } from 'react';
import { Button, Card, Form, Input, Modal, Popconfirm, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { formatDateVi } from '../../../../core/domain/dates';
import type { FollowUpViewOutput } from '../../../../core/followUpContract';
import type { FollowUpViewState } from '../../state/useFollowUpView';
import { IsoDateInput } from './IsoDateInput';

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
  const [draft, setDraft] = useState<Draft | undefined>();
  const set = (patch: Partial<Draft>) => draft && setDraft({ ...draft, ...patch });

  const save = async () => {
    if (!draft?.receivedOn) return;
    const recommendation = {
      ...(draft.id ? { id: draft.id } : {}),
      content: draft.content,
      documentNumber: draft.documentNumber,
      receivedOn: draft.receivedOn,
      ...(draft.answeredOn ? { answeredOn: draft.answeredOn } : {}),
      answer: draft.answer,
      answerDocumentNumber: draft.answerDocumentNumber,
    };
    if (await change('boardWork:saveRecommendation', { conferenceId, recommendation }))
      setDraft(undefined);
  };

  const stateTag = (r: RecommendationView) => {
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
  };

  return (
    <Card
      size="small"
      title="Kiến nghị với thủ trưởng (trả lời trong 15 ngày)"
      data-testid="recommendations"
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => setDraft(EMPTY)}>
          Thêm kiến nghị
        </Button>
      }
    >
      <Table<RecommendationView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={recommendations}
        locale={{ emptyText: 'Chưa có kiến nghị nào.' }}
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
          {
            title: '',
            key: 'x',
            width: 120,
            render: (_, r) => (
              <Space size={0}>
                <Button
                  size="small"
                  type="link"
                  onClick={() =>
                    setDraft({
                      id: r.id,
                      content: r.content,
                      documentNumber: r.documentNumber,
                      receivedOn: r.receivedOn,
                      answeredOn: r.answeredOn,
                      answer: r.answer,
                      answerDocumentNumber: r.answerDocumentNumber,
                    })
                  }
                >
                  Sửa
                </Button>
                <Popconfirm
                  title="Xoá kiến nghị này?"
                  onConfirm={() =>
                    void change('boardWork:removeRecommendation', { conferenceId, id: r.id })
                  }
                >
                  <Button size="small" type="link" danger>
                    Xoá
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={draft !== undefined}
        title={draft?.id ? 'Kiến nghị' : 'Thêm kiến nghị'}
        okText="Lưu"
        cancelText="Huỷ"
        okButtonProps={{ disabled: !draft?.content.trim() || !draft.receivedOn }}
        onOk={() => void save()}
        onCancel={() => setDraft(undefined)}
        destroyOnHidden
      >
        {draft && (
          <Form layout="vertical">
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
          </Form>
        )}
      </Modal>
    </Card>
  );
}
