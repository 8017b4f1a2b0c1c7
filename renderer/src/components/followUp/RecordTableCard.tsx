import { useState, type ReactNode } from 'react';
import { Button, Card, Form, Modal, Popconfirm, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';

/**
 * A card listing the board's records of one kind (inspections, recommendations): a table with
 * "Sửa" and "Xoá" on each row (and the row's own actions before them, such as its documents) and a
 * modal that edits a draft of one record, new or existing.
 * Everything the table shows (deadlines, states) comes from core with the view.
 */
export function RecordTableCard<Row extends { id: string }, Draft extends { id?: string }>({
  title,
  testId,
  addLabel,
  editTitle,
  emptyText,
  removeTitle,
  rows,
  columns,
  empty,
  toDraft,
  canSave,
  onSave,
  onRemove,
  rowActions,
  form,
}: {
  title: string;
  testId: string;
  /** The add button's text, also the modal's title for a new record. */
  addLabel: string;
  /** The modal's title for an existing record. */
  editTitle: string;
  emptyText: string;
  removeTitle: string;
  rows: Row[];
  columns: ColumnsType<Row>;
  empty: Draft;
  toDraft: (row: Row) => Draft;
  canSave: (draft: Draft) => boolean;
  /** Resolves true when the record was saved: the modal closes then. */
  onSave: (draft: Draft) => Promise<boolean>;
  onRemove: (row: Row) => void;
  /** Shown before "Sửa" on each row. */
  rowActions?: (row: Row) => ReactNode;
  form: (draft: Draft, set: (patch: Partial<Draft>) => void) => ReactNode;
}) {
  const [draft, setDraft] = useState<Draft | undefined>();
  const set = (patch: Partial<Draft>) => draft && setDraft({ ...draft, ...patch });
  const save = async () => {
    if (draft && (await onSave(draft))) setDraft(undefined);
  };

  return (
    <Card
      size="small"
      title={title}
      data-testid={testId}
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => setDraft(empty)}>
          {addLabel}
        </Button>
      }
    >
      <Table<Row>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText }}
        columns={[
          ...columns,
          {
            title: '',
            key: 'actions',
            width: rowActions ? 210 : 120,
            render: (_, row) => (
              <Space size={0}>
                {rowActions?.(row)}
                <Button size="small" type="link" onClick={() => setDraft(toDraft(row))}>
                  Sửa
                </Button>
                <Popconfirm title={removeTitle} onConfirm={() => onRemove(row)}>
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
        title={draft?.id ? editTitle : addLabel}
        okText="Lưu"
        cancelText="Huỷ"
        okButtonProps={{ disabled: !draft || !canSave(draft) }}
        onOk={() => void save()}
        onCancel={() => setDraft(undefined)}
        destroyOnHidden
      >
        {draft && <Form layout="vertical">{form(draft, set)}</Form>}
      </Modal>
    </Card>
  );
}
