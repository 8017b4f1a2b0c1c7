import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Input, List, Modal, Progress, Result, Space, Typography } from 'antd';
import { FileWordOutlined, FolderOpenOutlined } from '@ant-design/icons';
import type { ChannelInput, ChannelOutput } from '../../../core/contract';
import { PER_PERSON_DOCUMENTS, type DocumentId } from '../../../core/documents/documentContext';
import type { AppErrorPayload } from '../../../core/result';
import { call } from '../api';

type OnExisting = NonNullable<ChannelInput<'export:writeDocument'>['onExisting']>;
type Written = ChannelOutput<'export:writeDocument'>;

type Phase =
  | { step: 'choose' }
  | { step: 'confirm'; folder: string; existing: string[] }
  | { step: 'writing'; folder: string; index: number }
  | { step: 'done'; folder: string; written: Written[]; error?: AppErrorPayload; stopped: boolean };

function ErrorAlert({ error }: { error: AppErrorPayload }) {
  return (
    <Alert
      type="error"
      showIcon
      message={error.message}
      description={
        error.issues.length > 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {error.issues.join(' · ')}
          </Typography.Text>
        ) : undefined
      }
      data-testid="export-error"
    />
  );
}

/**
 * "Xuất ra thư mục…": the documents written as .docx files into a folder of the user's — picked in
 * the system's dialog (desktop) or typed (browser mode, where a page has no access to the disk),
 * suggested from the last export of this conference. One request per document so the bar shows
 * real progress; a name already in the folder is never overwritten without asking; at the end, the
 * files written and "Mở thư mục".
 */
export function ExportToFolderModal({
  conferenceId,
  documents,
  perPerson,
  open,
  onClose,
}: {
  conferenceId: string;
  /** What to export, in order: every document, or the one of a row. */
  documents: readonly { id: DocumentId; name: string }[];
  /** D3 and D9PYK as one page per person (the choices made on the documents list). */
  perPerson: Partial<Record<DocumentId, boolean>>;
  open: boolean;
  onClose: () => void;
}) {
  const [folder, setFolder] = useState('');
  const [canPick, setCanPick] = useState(false);
  const [error, setError] = useState<AppErrorPayload>();
  const [checking, setChecking] = useState(false);
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [opened, setOpened] = useState(false);
  const stopRequested = useRef(false);

  useEffect(() => {
    let cancelled = false;
    void call('export:folderInfo', { conferenceId }).then((result) => {
      if (cancelled) return;
      if (!result.ok) return setError(result.error);
      setFolder(result.data.folder);
      setCanPick(result.data.canPick);
    });
    return () => {
      cancelled = true;
    };
  }, [conferenceId]);

  const ids = documents.map((d) => d.id);
  const writing = phase.step === 'writing';

  const pick = async () => {
    setError(undefined);
    const startAt = folder.trim();
    const result = await call('export:pickFolder', startAt ? { startAt } : {});
    if (!result.ok) return setError(result.error);
    if (result.data.folder) setFolder(result.data.folder);
  };

  const write = async (target: string, onExisting: OnExisting) => {
    stopRequested.current = false;
    const written: Written[] = [];
    for (const [index, doc] of documents.entries()) {
      if (stopRequested.current) break;
      setPhase({ step: 'writing', folder: target, index });
      const result = await call('export:writeDocument', {
        conferenceId,
        folder: target,
        id: doc.id,
        onExisting,
        ...(PER_PERSON_DOCUMENTS.includes(doc.id) ? { perPerson: perPerson[doc.id] === true } : {}),
      });
      if (!result.ok) {
        setPhase({ step: 'done', folder: target, written, error: result.error, stopped: false });
        return;
      }
      written.push(result.data);
    }
    setPhase({
      step: 'done',
      folder: target,
      written,
      stopped: written.length < documents.length,
    });
  };

  const start = async () => {
    setError(undefined);
    setChecking(true);
    const result = await call('export:check', { conferenceId, folder: folder.trim(), ids });
    setChecking(false);
    if (!result.ok) return setError(result.error);
    const target = result.data.folder;
    setFolder(target);
    const existing = result.data.files.filter((f) => f.exists).map((f) => f.fileName);
    if (existing.length > 0) setPhase({ step: 'confirm', folder: target, existing });
    else await write(target, 'refuse');
  };

  const openFolder = async (target: string) => {
    setError(undefined);
    const result = await call('export:openFolder', { folder: target });
    if (!result.ok) return setError(result.error);
    setOpened(true);
  };

  const back = () => {
    setError(undefined);
    setOpened(false);
    setPhase({ step: 'choose' });
  };

  const footer = (() => {
    switch (phase.step) {
      case 'choose':
        return [
          <Button key="cancel" onClick={onClose}>
            Huỷ
          </Button>,
          <Button
            key="start"
            type="primary"
            loading={checking}
            disabled={folder.trim() === ''}
            onClick={() => void start()}
            data-testid="export-start"
          >
            {documents.length === 1 ? 'Xuất văn bản' : `Xuất ${documents.length} văn bản`}
          </Button>,
        ];
      case 'confirm':
        return [
          <Button key="back" onClick={back}>
            Quay lại
          </Button>,
          <Button
            key="keep"
            onClick={() => void write(phase.folder, 'keepBoth')}
            data-testid="export-keep-both"
          >
            Giữ cả hai
          </Button>,
          <Button
            key="overwrite"
            danger
            type="primary"
            onClick={() => void write(phase.folder, 'overwrite')}
            data-testid="export-overwrite"
          >
            Ghi đè
          </Button>,
        ];
      case 'writing':
        return [
          <Button
            key="stop"
            onClick={() => (stopRequested.current = true)}
            data-testid="export-stop"
          >
            Dừng sau văn bản này
          </Button>,
        ];
      case 'done':
        return [
          ...(phase.written.length < documents.length
            ? [
                <Button key="back" onClick={back}>
                  Chọn thư mục khác
                </Button>,
              ]
            : []),
          ...(phase.written.length > 0
            ? [
                <Button
                  key="open"
                  icon={<FolderOpenOutlined />}
                  onClick={() => void openFolder(phase.folder)}
                  data-testid="export-open-folder"
                >
                  Mở thư mục
                </Button>,
              ]
            : []),
          <Button key="close" type="primary" onClick={onClose} data-testid="export-close">
            Đóng
          </Button>,
        ];
    }
  })();

  return (
    <Modal
      open={open}
      title="Xuất văn bản ra thư mục"
      width={680}
      onCancel={writing ? undefined : onClose}
      closable={!writing}
      maskClosable={false}
      keyboard={!writing}
      footer={footer}
    >
      <Space direction="vertical" style={{ width: '100%' }} data-testid="export-modal">
        {phase.step === 'choose' && (
          <>
            <Typography.Text>
              {documents.length === 1
                ? `Văn bản: ${documents[0]?.id}. ${documents[0]?.name}`
                : `${documents.length} văn bản: ${documents.map((d) => d.id).join(', ')}`}{' '}
              — mỗi văn bản một tệp Word (.docx).
            </Typography.Text>
            <Typography.Text strong>Thư mục</Typography.Text>
            <Space.Compact style={{ width: '100%' }}>
              <Input
                value={folder}
                onChange={(e) => setFolder(e.target.value)}
                onPressEnter={() => void start()}
                aria-label="Thư mục để xuất văn bản"
                spellCheck={false}
                data-testid="export-folder-input"
              />
              {canPick && (
                <Button icon={<FolderOpenOutlined />} onClick={() => void pick()}>
                  Chọn thư mục…
                </Button>
              )}
            </Space.Compact>
            <Typography.Text type="secondary">
              {canPick
                ? 'Bấm “Chọn thư mục…” hoặc sửa đường dẫn. Thư mục chưa có sẽ được tạo.'
                : 'Ghi đường dẫn đầy đủ của một thư mục trên máy này (ví dụ trong Tài liệu/Documents). Thư mục chưa có sẽ được tạo.'}{' '}
              Lần sau ứng dụng gợi ý lại thư mục này.
            </Typography.Text>
          </>
        )}

        {phase.step === 'confirm' && (
          <Alert
            type="warning"
            showIcon
            message={`Thư mục đã có ${phase.existing.length} tệp trùng tên`}
            description={
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text>{phase.folder}</Typography.Text>
                <ul style={{ margin: 0 }} data-testid="export-existing">
                  {phase.existing.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
                <Typography.Text>
                  <b>Ghi đè</b>: thay các tệp này bằng bản mới. <b>Giữ cả hai</b>: giữ tệp cũ, bản
                  mới mang tên thêm “(2)”.
                </Typography.Text>
              </Space>
            }
          />
        )}

        {phase.step === 'writing' && (
          <div data-testid="export-progress">
            <Typography.Text>
              Đang xuất {phase.index + 1}/{documents.length}: {documents[phase.index]?.id}{' '}
              {documents[phase.index]?.name}…
            </Typography.Text>
            <Progress percent={Math.round((phase.index / documents.length) * 100)} />
            <Typography.Text type="secondary">{phase.folder}</Typography.Text>
          </div>
        )}

        {phase.step === 'done' && (
          <div data-testid="export-result">
            <Result
              style={{ padding: '8px 0' }}
              status={phase.error ? 'warning' : 'success'}
              title={
                phase.written.length === documents.length
                  ? `Đã xuất ${phase.written.length} văn bản`
                  : `Đã xuất ${phase.written.length}/${documents.length} văn bản`
              }
              subTitle={
                <span data-testid="export-result-folder">
                  {phase.stopped ? 'Đã dừng theo yêu cầu. ' : ''}Thư mục: {phase.folder}
                </span>
              }
            />
            {phase.error && <ErrorAlert error={phase.error} />}
            {phase.written.length > 0 && (
              <List
                size="small"
                bordered
                dataSource={phase.written}
                renderItem={(file) => (
                  <List.Item data-testid="export-written">
                    <Space>
                      <FileWordOutlined style={{ color: '#2b579a' }} />
                      {file.fileName}
                    </Space>
                  </List.Item>
                )}
              />
            )}
            {opened && (
              <Typography.Text type="secondary" data-testid="export-opened">
                Đã mở thư mục trong trình quản lý tệp.
              </Typography.Text>
            )}
          </div>
        )}

        {error && <ErrorAlert error={error} />}
      </Space>
    </Modal>
  );
}
