import { useEffect, useState } from 'react';
import { Alert, App, Button, Checkbox, List, Space, Typography } from 'antd';
import { DownloadOutlined, FileWordOutlined, FolderOpenOutlined } from '@ant-design/icons';
import type { Conference } from '../../../core/domain/conference';
import { PER_PERSON_DOCUMENTS, type DocumentId } from '../../../core/documents/documentContext';
import { call } from '../api';
import { saveBase64File } from '../api/saveBase64File';
import { DocumentHeaderButton } from '../components/DocumentHeaderButton';
import { DocumentPreview } from '../components/DocumentPreview';
import { documentButtons } from '../components/documentButtons';
import { useDocumentDownload } from '../state/useDocumentDownload';
import { ExportToFolderModal } from '../components/ExportToFolderModal';
import { IssueNumberButton } from '../components/IssueNumberButton';

/**
 * The conference's official documents (NĐ 30/2020 format), generated from the same records as every
 * screen: written to a folder of the user's (ExportToFolderModal), one or all, or downloaded as an
 * editable Word file, or all at once as a .zip.
 */
export function DocumentsPanel({ conference }: { conference: Conference }) {
  const { message } = App.useApp();
  const [documents, setDocuments] = useState<
    {
      id: DocumentId;
      name: string;
      numberText: string | null;
      numbered: boolean;
      /** D22: the board record printed (its latest; the Ban TTND tab prints any other). */
      record: string | null;
    }[]
  >([]);
  const [busy, setBusy] = useState<string | undefined>();
  const { busy: building, download } = useDocumentDownload();
  // Kept after closing so the modal keeps its document while it animates out.
  const [preview, setPreview] = useState<{ id: DocumentId; open: boolean }>();
  // "Xuất ra thư mục…": mounted afresh (new key) at each opening, kept while it animates out.
  const [exporting, setExporting] = useState<{ key: number; ids: DocumentId[]; open: boolean }>();
  const openExport = (ids: DocumentId[]) =>
    setExporting({ key: (exporting?.key ?? 0) + 1, ids, open: true });

  useEffect(() => {
    void call('documents:list', { conferenceId: conference.id }).then(
      (result) => result.ok && setDocuments(result.data),
    );
  }, [conference.id]);

  // D3: one collective convocation with the list (as units do), or one page per summoned person;
  // D9PYK: one blank opinion form to copy, or one per member of staff with the name filled in.
  const [perPerson, setPerPerson] = useState<Partial<Record<DocumentId, boolean>>>({});

  const downloadAll = async () => {
    setBusy('all');
    const result = await call('documents:buildZip', { conferenceId: conference.id });
    setBusy(undefined);
    if (!result.ok) return message.error(result.error.message);
    saveBase64File(result.data.fileName, result.data.base64, 'application/zip');
    message.success(`Đã tạo ${result.data.fileName}.`);
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        message="Văn bản theo thể thức Nghị định 30/2020/NĐ-CP"
        description="Khổ A4, Times New Roman, tiêu đề hai cột, số và ký hiệu, địa danh và ngày tháng, chữ ký. Số văn bản lấy từ sổ đăng ký của đơn vị (bấm “Cấp số”), hoặc để trống cho văn thư ghi tay. Tệp Word sửa tiếp được như bình thường."
      />
      <List
        bordered
        dataSource={documents}
        locale={{ emptyText: 'Chưa có văn bản nào.' }}
        renderItem={(doc) => (
          <List.Item
            data-testid={`document-${doc.id}`}
            actions={[
              ...(doc.numbered && !doc.numberText
                ? [
                    <IssueNumberButton
                      key="number"
                      conferenceId={conference.id}
                      documentId={doc.id}
                      onIssued={(numberText) =>
                        setDocuments((all) =>
                          all.map((d) => (d.id === doc.id ? { ...d, numberText } : d)),
                        )
                      }
                    />,
                  ]
                : []),
              ...(PER_PERSON_DOCUMENTS.includes(doc.id)
                ? [
                    <Checkbox
                      key="per-person"
                      checked={perPerson[doc.id] === true}
                      onChange={(e) =>
                        setPerPerson((all) => ({ ...all, [doc.id]: e.target.checked }))
                      }
                      data-testid={`${doc.id.toLowerCase()}-per-person`}
                    >
                      {doc.id === 'D3' ? 'Mỗi người một giấy' : 'Mỗi người một phiếu'}
                    </Checkbox>,
                  ]
                : []),
              <DocumentHeaderButton
                key="header"
                conferenceId={conference.id}
                documentId={doc.id}
                documentName={doc.name}
                onSaved={({ numberText }) =>
                  setDocuments((all) =>
                    all.map((d) => (d.id === doc.id ? { ...d, numberText } : d)),
                  )
                }
              />,
              ...documentButtons({
                loading: building === doc.id,
                onPreview: () => setPreview({ id: doc.id, open: true }),
                onDownload: () =>
                  void download({
                    conferenceId: conference.id,
                    ids: [doc.id],
                    ...(PER_PERSON_DOCUMENTS.includes(doc.id)
                      ? { perPerson: perPerson[doc.id] === true }
                      : {}),
                  }),
              }),
              <Button
                key="export"
                icon={<FolderOpenOutlined />}
                aria-label={`Xuất ${doc.id} ra thư mục…`}
                title="Xuất ra thư mục…"
                onClick={() => openExport([doc.id])}
                data-testid={`export-${doc.id}`}
              >
                Xuất…
              </Button>,
            ]}
          >
            <List.Item.Meta
              avatar={<FileWordOutlined style={{ fontSize: 22, color: '#2b579a' }} />}
              title={`${doc.id}. ${doc.name}`}
              description={
                <>
                  {doc.numbered
                    ? (doc.numberText ?? 'Chưa cấp số: văn thư ghi tay, hoặc bấm “Cấp số”')
                    : 'Không đánh số'}
                  {doc.record && (
                    <div data-testid={`document-record-${doc.id}`}>
                      {doc.record} (mới nhất; văn bản của từng chương trình, cuộc kiểm tra, kiến
                      nghị: nút “Văn bản” ở thẻ Ban Thanh tra nhân dân)
                    </div>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      {preview && (
        <DocumentPreview
          conferenceId={conference.id}
          documentId={preview.id}
          open={preview.open}
          onClose={() => setPreview({ ...preview, open: false })}
        />
      )}
      {exporting && (
        <ExportToFolderModal
          key={exporting.key}
          conferenceId={conference.id}
          documents={documents.filter((d) => exporting.ids.includes(d.id))}
          perPerson={perPerson}
          open={exporting.open}
          onClose={() => setExporting({ ...exporting, open: false })}
        />
      )}
      <Space wrap>
        <Button
          type="primary"
          icon={<FolderOpenOutlined />}
          onClick={() => openExport(documents.map((d) => d.id))}
          disabled={documents.length === 0}
          data-testid="export-all-documents"
        >
          Xuất ra thư mục… ({documents.length} văn bản)
        </Button>
        <Button
          icon={<DownloadOutlined />}
          loading={busy === 'all'}
          onClick={() => void downloadAll()}
          disabled={documents.length === 0}
          data-testid="download-all-documents"
        >
          Tải tất cả ({documents.length} văn bản, .zip)
        </Button>
      </Space>
      <Typography.Text type="secondary">
        Dòng lệnh:{' '}
        <code>npm run export -- hoi-nghi-{conference.year}.hoinghi.json thu-muc-xuat</code> xuất các
        văn bản từ một tệp hội nghị.
      </Typography.Text>
    </Space>
  );
}
