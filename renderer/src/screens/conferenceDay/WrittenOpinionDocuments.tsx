import { useEffect, useState } from 'react';
import { Alert, Card, Checkbox, List } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { PER_PERSON_DOCUMENTS, type DocumentId } from '../../../../core/documents/documentContext';
import { WRITTEN_OPINION_DOCUMENTS } from '../../../../core/documents/writtenOpinionFacts';
import { call } from '../../api';
import { useDocumentDownload } from '../../state/useDocumentDownload';
import { DocumentPreview } from '../../components/DocumentPreview';
import { documentButtons } from '../../components/documentButtons';

/** What each of the route's documents holds, under its name (documents:list gives the name). */
const HINTS: Partial<Record<DocumentId, string>> = {
  D9PYK:
    'Phát cho toàn thể cán bộ: các nội dung, ô Đồng ý / Không đồng ý / Ý kiến khác, hạn và nơi nộp phiếu.',
  D9KQ: 'Số phiếu phát ra, thu về, kết quả từng nội dung trên tổng số người lao động; thư ký và chủ tọa ký.',
};

/**
 * The written-opinion route's documents (Luật 10/2022/QH15 Điều 50.2) where the route is entered:
 * the form (D9PYK) — one blank form to copy, or one per member of staff with the name filled in —
 * and the record of its result (D9KQ), previewed or downloaded as Word files. They are built from
 * what is saved, as on the Documents tab, so the card asks for a save while edits are pending.
 */
export function WrittenOpinionDocuments({
  conferenceId,
  savedRoute,
  unsaved,
}: {
  conferenceId: string;
  /** The route as last saved: the list is asked for again whenever it changes. */
  savedRoute: unknown;
  /** The panel holds edits not saved yet: the documents would not show them. */
  unsaved: boolean;
}) {
  const [documents, setDocuments] = useState<{ id: DocumentId; name: string }[]>([]);
  useEffect(() => {
    let cancelled = false;
    // The same list as the Documents tab: the route's two once a route is saved (appliesTo).
    void call('documents:list', { conferenceId }).then((result) => {
      // The form first, then the record of its result: the order they are used in.
      if (!cancelled && result.ok)
        setDocuments(
          WRITTEN_OPINION_DOCUMENTS.flatMap((id) => result.data.filter((d) => d.id === id)),
        );
    });
    return () => {
      cancelled = true;
    };
  }, [conferenceId, savedRoute]);
  const [perPerson, setPerPerson] = useState(false);
  const { busy, download } = useDocumentDownload();
  // Kept after closing so the modal keeps its document while it animates out.
  const [preview, setPreview] = useState<{ id: DocumentId; open: boolean }>();

  return (
    <Card
      size="small"
      title="Văn bản lấy ý kiến bằng phiếu"
      data-testid="written-opinion-documents"
    >
      {unsaved && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title="Văn bản lấy theo số liệu đã lưu: bấm “Lưu kết quả lấy ý kiến” trước khi xem hoặc tải về."
        />
      )}
      <List
        size="small"
        dataSource={documents}
        locale={{ emptyText: 'Lưu kết quả lấy ý kiến để có phiếu và biên bản.' }}
        renderItem={(doc) => (
          <List.Item
            data-testid={`written-document-${doc.id}`}
            actions={[
              ...(PER_PERSON_DOCUMENTS.includes(doc.id)
                ? [
                    <Checkbox
                      key="per-person"
                      checked={perPerson}
                      onChange={(e) => setPerPerson(e.target.checked)}
                      data-testid="d9pyk-per-person"
                    >
                      Mỗi người một phiếu (ghi sẵn họ tên)
                    </Checkbox>,
                  ]
                : []),
              ...documentButtons({
                loading: busy === doc.id,
                onPreview: () => setPreview({ id: doc.id, open: true }),
                onDownload: () =>
                  void download({
                    conferenceId,
                    ids: [doc.id],
                    ...(PER_PERSON_DOCUMENTS.includes(doc.id) ? { perPerson } : {}),
                  }),
              }),
            ]}
          >
            <List.Item.Meta
              avatar={<FileWordOutlined style={{ fontSize: 22, color: '#2b579a' }} />}
              title={`${doc.id}. ${doc.name}`}
              description={HINTS[doc.id]}
            />
          </List.Item>
        )}
      />
      {preview && (
        <DocumentPreview
          conferenceId={conferenceId}
          documentId={preview.id}
          open={preview.open}
          onClose={() => setPreview({ ...preview, open: false })}
        />
      )}
    </Card>
  );
}
