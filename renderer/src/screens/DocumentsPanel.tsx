import { useEffect, useState } from 'react';
import { Alert, App, Button, List, Space, Typography } from 'antd';
import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import type { Conference } from '../../../core/domain/conference';
import type { DocumentId } from '../../../core/documents/documentContext';
import { call } from '../api';
import { DOCX_TYPE, saveBase64File } from '../api/saveBase64File';

/**
 * The conference's official documents (NĐ 30/2020 format), generated from the same records as every
 * screen: each downloads as an editable Word file, or all at once as a .zip.
 */
export function DocumentsPanel({ conference }: { conference: Conference }) {
  const { message } = App.useApp();
  const [documents, setDocuments] = useState<{ id: DocumentId; name: string }[]>([]);
  const [busy, setBusy] = useState<string | undefined>();

  useEffect(() => {
    void call('documents:list', {}).then((result) => result.ok && setDocuments(result.data));
  }, []);

  const downloadOne = async (id: DocumentId) => {
    setBusy(id);
    const result = await call('documents:build', { conferenceId: conference.id, ids: [id] });
    setBusy(undefined);
    if (!result.ok) return message.error(result.error.message);
    for (const file of result.data.files) saveBase64File(file.fileName, file.base64, DOCX_TYPE);
  };

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
        description="Khổ A4, Times New Roman, tiêu đề hai cột, số và ký hiệu, địa danh và ngày tháng, chữ ký. Số văn bản để trống cho văn thư ghi khi đăng ký văn bản đi. Tệp Word sửa tiếp được như bình thường."
      />
      <List
        bordered
        dataSource={documents}
        locale={{ emptyText: 'Chưa có văn bản nào.' }}
        renderItem={(doc) => (
          <List.Item
            data-testid={`document-${doc.id}`}
            actions={[
              <Button
                key="download"
                icon={<DownloadOutlined />}
                loading={busy === doc.id}
                onClick={() => void downloadOne(doc.id)}
              >
                Tải về (.docx)
              </Button>,
            ]}
          >
            <List.Item.Meta
              avatar={<FileWordOutlined style={{ fontSize: 22, color: '#2b579a' }} />}
              title={`${doc.id}. ${doc.name}`}
            />
          </List.Item>
        )}
      />
      <Button
        type="primary"
        icon={<DownloadOutlined />}
        loading={busy === 'all'}
        onClick={() => void downloadAll()}
        disabled={documents.length === 0}
        data-testid="download-all-documents"
      >
        Tải tất cả ({documents.length} văn bản, .zip)
      </Button>
      <Typography.Text type="secondary">
        Dòng lệnh:{' '}
        <code>npm run export -- hoi-nghi-{conference.year}.hoinghi.json thu-muc-xuat</code> xuất các
        văn bản từ một tệp hội nghị.
      </Typography.Text>
    </Space>
  );
}
