import { useState } from 'react';
import { App, Button, List, Modal, Spin } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import type { DocumentId } from '../../../../core/documents/documentContext';
import { call } from '../../api';
import { useDocumentDownload } from '../../state/useDocumentDownload';
import { DocumentPreview } from '../DocumentPreview';
import { documentButtons } from '../documentButtons';
import { IssueNumberButton } from '../IssueNumberButton';

interface Listed {
  id: DocumentId;
  name: string;
  numberText: string | null;
  numbered: boolean;
}

/**
 * "Văn bản" on a row of the Ban TTND tab: the board's documents about that one record (D22 — a
 * programme's D22CT, an inspection's plan D22KH and its written result D22BC, a recommendation's
 * D22KN), each with its own number from the register ("Cấp số"), a preview and the Word file. The
 * service builds them for the record named; the Documents tab prints each one's latest.
 */
export function BoardRecordDocuments({
  conferenceId,
  record,
  documentIds,
  title,
}: {
  conferenceId: string;
  /** The record's id (programme, inspection or recommendation). */
  record: string;
  /** The documents this record has (D22BC only once its result is written). */
  documentIds: readonly DocumentId[];
  /** What the record is, for the dialog's title ("Cuộc kiểm tra ngày 16/03/2026"). */
  title: string;
}) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [documents, setDocuments] = useState<Listed[] | undefined>();
  const { busy, download } = useDocumentDownload();
  // Kept after closing so the preview keeps its document while it animates out.
  const [preview, setPreview] = useState<{ id: DocumentId; open: boolean }>();

  const show = async () => {
    setOpen(true);
    setDocuments(undefined);
    const result = await call('documents:list', { conferenceId, record });
    if (!result.ok) {
      setOpen(false);
      return void message.error(result.error.message);
    }
    // In the record's own order (the plan before its result's report).
    setDocuments(documentIds.flatMap((id) => result.data.filter((d) => d.id === id)));
  };

  return (
    <>
      <Button
        size="small"
        type="link"
        icon={<FileWordOutlined />}
        onClick={() => void show()}
        data-testid={`board-documents-${record}`}
      >
        Văn bản
      </Button>
      <Modal
        open={open}
        title={`Văn bản — ${title}`}
        footer={null}
        width={760}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Spin spinning={documents === undefined}>
          <List
            dataSource={documents ?? []}
            locale={{ emptyText: documents ? 'Chưa có văn bản cho bản ghi này.' : ' ' }}
            renderItem={(doc) => (
              <List.Item
                data-testid={`board-document-${doc.id}`}
                actions={[
                  ...(doc.numbered && !doc.numberText
                    ? [
                        <IssueNumberButton
                          key="number"
                          conferenceId={conferenceId}
                          documentId={doc.id}
                          record={record}
                          onIssued={(numberText) =>
                            setDocuments((all) =>
                              all?.map((d) => (d.id === doc.id ? { ...d, numberText } : d)),
                            )
                          }
                        />,
                      ]
                    : []),
                  ...documentButtons({
                    loading: busy === doc.id,
                    onPreview: () => setPreview({ id: doc.id, open: true }),
                    onDownload: () => void download({ conferenceId, ids: [doc.id], record }),
                  }),
                ]}
              >
                <List.Item.Meta
                  title={`${doc.id}. ${doc.name}`}
                  description={
                    doc.numbered
                      ? (doc.numberText ?? 'Chưa cấp số: văn thư ghi tay, hoặc bấm “Cấp số”')
                      : 'Không đánh số'
                  }
                />
              </List.Item>
            )}
          />
        </Spin>
      </Modal>
      {preview && (
        <DocumentPreview
          conferenceId={conferenceId}
          documentId={preview.id}
          record={record}
          open={preview.open}
          onClose={() => setPreview({ ...preview, open: false })}
        />
      )}
    </>
  );
}
