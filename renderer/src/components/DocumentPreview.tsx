import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Modal, Spin } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { DocumentId } from '../../../core/documents/documentContext';
import type { PreviewRows } from '../../../core/documents/documentPreview';
import { call } from '../api';
import { DOCX_TYPE, saveBase64File } from '../api/saveBase64File';
import { previewNotice } from './previewNotice';

interface PreviewOutcome {
  /** Which request this answers, so a late answer for another document is never shown. */
  key: string;
  file?: { fileName: string; base64: string };
  /** Set when the preview shows only the first rows of a long list, or the first ballots. */
  rows?: PreviewRows;
  /** What the document could not print as it should (documentProblems.ts), from core. */
  problems?: string[];
  error?: string;
}

function base64ToArrayBuffer(base64: string): ArrayBuffer {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)).buffer;
}

/**
 * Shows one official document as it will be downloaded: the very .docx the service packs, rendered
 * in the page by docx-preview. Fidelity is HTML-approximate (no pagination except explicit page
 * breaks), so the modal says so and offers the download for the exact pages in Word/LibreOffice.
 * A long list (D4 of a 2,400-person conference, D13's annex) is previewed with its first rows only
 * and D12 with its first ballots — the modal says how many of what — and its download is built
 * whole. A Ban TTND document (D22) previews the record it is given, its latest by default; what
 * core could not print as it should (a notice short of 5 working days…) is listed above it.
 */
export function DocumentPreview({
  conferenceId,
  documentId,
  record,
  open,
  onClose,
}: {
  conferenceId: string;
  documentId: DocumentId;
  /** D22: the board record to print (a programme, an inspection, a recommendation). */
  record?: string;
  open: boolean;
  onClose: () => void;
}) {
  // The modal mounts its body a render after `open` turns true, so a plain ref would still be empty
  // when the effect first runs: the callback ref also flips `attached`, which re-runs the effect.
  const containerRef = useRef<HTMLDivElement | null>(null);
  const [attached, setAttached] = useState(false);
  const attach = useCallback((element: HTMLDivElement | null) => {
    containerRef.current = element;
    setAttached(element !== null);
  }, []);
  const [outcome, setOutcome] = useState<PreviewOutcome | undefined>();
  const key = open ? `${conferenceId}/${documentId}/${record ?? ''}` : undefined;
  const current = outcome?.key === key ? outcome : undefined;
  const loading = key !== undefined && current === undefined;
  const notice = current?.rows ? previewNotice(documentId, current.rows) : undefined;
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string | undefined>();

  const download = async () => {
    if (!current?.file) return;
    if (!current.rows) {
      saveBase64File(current.file.fileName, current.file.base64, DOCX_TYPE);
      return;
    }
    // The preview has the first rows only: the file saved is the whole list, built now.
    setDownloading(true);
    setDownloadError(undefined);
    const result = await call('documents:build', {
      conferenceId,
      ids: [documentId],
      ...(record !== undefined ? { record } : {}),
    });
    setDownloading(false);
    const whole = result.ok ? result.data.files[0] : undefined;
    if (whole) saveBase64File(whole.fileName, whole.base64, DOCX_TYPE);
    else setDownloadError(result.ok ? 'Không tạo được văn bản để tải về.' : result.error.message);
  };

  useEffect(() => {
    const container = containerRef.current;
    if (!key || !attached || !container) return;
    let cancelled = false;
    void (async () => {
      const result = await call('documents:preview', {
        conferenceId,
        id: documentId,
        ...(record !== undefined ? { record } : {}),
      });
      if (cancelled) return;
      if (!result.ok) {
        container.replaceChildren();
        setOutcome({ key, error: result.error.message });
        return;
      }
      const { file, rows, problems } = result.data;
      try {
        // Loaded on first use only: the start screen should not pay for the DOCX renderer.
        const { renderAsync } = await import('docx-preview');
        if (cancelled) return;
        // Rendered into a fresh element and swapped in, so two overlapping requests (quick
        // close/reopen) can never interleave their pages in the same container.
        const pages = document.createElement('div');
        const started = performance.now();
        await renderAsync(base64ToArrayBuffer(file.base64), pages, pages, {
          inWrapper: true,
          breakPages: true,
          // A freshly generated file has no saved page breaks; Word's would be stale after edits.
          ignoreLastRenderedPageBreak: true,
          renderHeaders: true,
          renderFooters: true,
          // data: URLs, not blob:, for images and embedded fonts: the CSP allows data: for both
          // (font-src has no blob:).
          useBase64URL: true,
          experimental: false,
        });
        if (cancelled) return;
        container.replaceChildren(pages);
        // Reading layout here makes the measured time include the browser laying the pages out.
        void container.offsetHeight;
        container.dataset.renderMs = (performance.now() - started).toFixed(1);
        setOutcome({
          key,
          file: { fileName: file.fileName, base64: file.base64 },
          ...(rows ? { rows } : {}),
          problems,
        });
      } catch {
        if (cancelled) return;
        container.replaceChildren();
        setOutcome({
          key,
          error:
            'Không hiển thị được bản xem trước. Hãy tải tệp về và mở bằng Word hoặc LibreOffice.',
        });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [key, attached, conferenceId, documentId, record]);

  return (
    <Modal
      open={open}
      onCancel={onClose}
      // Forget the last render once closed: reopening builds the document again from current data.
      afterClose={() => {
        setOutcome(undefined);
        setDownloadError(undefined);
      }}
      destroyOnHidden
      width={920}
      centered
      title={
        current?.file ? `Xem trước — ${current.file.fileName}` : `Xem trước văn bản ${documentId}`
      }
      styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflow: 'auto' } }}
      footer={[
        <Button
          key="download"
          icon={<DownloadOutlined />}
          disabled={!current?.file}
          loading={downloading}
          onClick={() => void download()}
        >
          Tải về (.docx)
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          Đóng
        </Button>,
      ]}
    >
      {/* docx-preview's own wrapper background is a dark grey; a lighter one reads as paper. */}
      <style>{'.document-preview .docx-wrapper { background: #d9d9d9; }'}</style>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="Bản xem trước gần đúng: trang chỉ được ngắt ở chỗ ngắt trang đặt sẵn, nên văn bản dài có thể hiện thành một trang rất dài. Số trang và vị trí xuống dòng chính xác xem trong Word hoặc LibreOffice sau khi tải về."
      />
      {notice && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="document-preview-rows"
          message={notice.message}
          description={notice.description}
        />
      )}
      {current?.problems && current.problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="document-preview-problems"
          message="Cần xem lại trước khi ban hành"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {current.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      {downloadError && (
        <Alert type="error" showIcon message="Không tải được văn bản" description={downloadError} />
      )}
      {current?.error && (
        <Alert type="error" showIcon message="Không xem trước được" description={current.error} />
      )}
      <Spin spinning={loading} description="Đang tạo văn bản…">
        <div
          ref={attach}
          className="document-preview"
          data-testid="document-preview"
          style={{ minHeight: loading ? 300 : undefined }}
        />
      </Spin>
    </Modal>
  );
}
