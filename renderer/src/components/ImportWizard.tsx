import { useDeferredValue, useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Modal,
  Result,
  Select,
  Space,
  Spin,
  Steps,
  Typography,
  Upload,
} from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import {
  buildImportPreview,
  detectHeader,
  validateMapping,
  type ColumnMapping,
  type Grid,
} from '../../../core/domain/rosterImport';
import type { ChannelOutput } from '../../../core/contract';
import { ApiError, call, request } from '../api';
import { useWorkspace } from '../state/WorkspaceContext';
import { ImportMappingTable } from './ImportMappingTable';
import { ImportPreviewPanel, type GoneAction } from './ImportPreviewPanel';

export interface ImportWizardProps {
  open: boolean;
  onClose(): void;
}

interface LoadedFile {
  name: string;
  grid: Grid;
  columnCount: number;
}

interface Problem {
  message: string;
  issues: string[];
}

type ApplyResult = Omit<ChannelOutput<'roster:apply'>, 'people'>;

/** The contract caps the base64 text at 40 MB; a roster is a few hundred kB at most. */
const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** Titles above the header ("DANH SÁCH CÁN BỘ…") rarely take more than a dozen rows. */
const HEADER_CHOICES = 20;

/**
 * Base64 in slices: spreading a whole file into String.fromCharCode overflows the call stack
 * from about 100 kB on, and a roster with a logo is easily bigger.
 */
function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  const chunk = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}

/** The mapping a given header row implies, or every column skipped when it names none. */
function mappingForHeader(grid: Grid, headerRow: number, columnCount: number): ColumnMapping {
  const detected = detectHeader(grid.slice(headerRow, headerRow + 1));
  if (detected) return detected.mapping;
  const mapping: ColumnMapping = {};
  for (let index = 0; index < columnCount; index++) mapping[index] = null;
  return mapping;
}

function rowPreview(cells: readonly string[] | undefined): string {
  const text = (cells ?? [])
    .map((cell) => cell.trim())
    .filter(Boolean)
    .join(' | ');
  if (!text) return '(dòng trống)';
  return text.length > 90 ? `${text.slice(0, 90)}…` : text;
}

/** "Nhập từ Excel/CSV": choose a file, check the columns and the preview, then import. */
export function ImportWizard({ open, onClose }: ImportWizardProps) {
  const { message } = App.useApp();
  const { workspace, setPeople } = useWorkspace();

  const [file, setFile] = useState<LoadedFile | null>(null);
  const [reading, setReading] = useState(false);
  const [readProblem, setReadProblem] = useState<Problem | null>(null);
  const [headerRow, setHeaderRow] = useState(0);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [goneAction, setGoneAction] = useState<GoneAction>('deactivate');
  const [applying, setApplying] = useState(false);
  const [applyProblem, setApplyProblem] = useState<Problem | null>(null);
  const [result, setResult] = useState<ApplyResult | null>(null);

  const step = result ? 2 : file ? 1 : 0;

  const reset = () => {
    setFile(null);
    setReading(false);
    setReadProblem(null);
    setHeaderRow(0);
    setMapping({});
    setGoneAction('deactivate');
    setApplying(false);
    setApplyProblem(null);
    setResult(null);
  };

  const readFile = async (chosen: File) => {
    setReadProblem(null);
    if (chosen.size > MAX_FILE_BYTES) {
      setReadProblem({
        message: `Tệp "${chosen.name}" quá lớn (${Math.round(chosen.size / 1024 / 1024)} MB). Danh sách cán bộ thường chỉ vài trăm kB; hãy lưu riêng trang danh sách ra một tệp.`,
        issues: [],
      });
      return;
    }
    setReading(true);
    try {
      const base64 = toBase64(await chosen.arrayBuffer());
      const answer = await call('roster:read', { fileName: chosen.name, base64 });
      if (!answer.ok) {
        setReadProblem({ message: answer.error.message, issues: answer.error.issues });
        return;
      }
      const { grid } = answer.data;
      if (grid.length === 0) {
        setReadProblem({ message: `Tệp "${chosen.name}" không có dữ liệu.`, issues: [] });
        return;
      }
      const columnCount = grid.reduce((most, row) => Math.max(most, row.length), 0);
      const detected = detectHeader(grid);
      const header = detected?.headerRow ?? 0;
      setHeaderRow(header);
      setMapping(detected?.mapping ?? mappingForHeader(grid, header, columnCount));
      setFile({ name: chosen.name, grid, columnCount });
    } catch (error) {
      setReadProblem({
        message: `Không đọc được tệp "${chosen.name}": ${error instanceof Error ? error.message : String(error)}`,
        issues: [],
      });
    } finally {
      setReading(false);
    }
  };

  const mappingErrors = useMemo(() => validateMapping(mapping), [mapping]);

  // Computed here, not by the service, so every change of a column choice shows without a round
  // trip. On a 2,400-row file one preview takes a quarter of a second: deferring it lets the
  // Select close at once and the preview follow.
  const choice = useMemo(
    () => ({ headerRow, mapping, mappingErrors }),
    [headerRow, mapping, mappingErrors],
  );
  const deferred = useDeferredValue(choice);
  const stale = deferred !== choice;
  const preview = useMemo(
    () =>
      file && deferred.mappingErrors.length === 0
        ? buildImportPreview(file.grid, deferred.headerRow, deferred.mapping, workspace.people)
        : null,
    [file, deferred, workspace.people],
  );

  const errorRows = preview
    ? new Set(preview.problems.filter((p) => p.severity === 'error').map((p) => p.row)).size
    : 0;
  const validRows = preview?.rows.length ?? 0;
  const canImport = preview !== null && !stale && validRows > 0 && mappingErrors.length === 0;
  const confirmLabel =
    mappingErrors.length > 0 || !preview
      ? 'Nhập'
      : errorRows > 0
        ? `Nhập ${validRows} người (bỏ qua ${errorRows} dòng lỗi)`
        : `Nhập ${validRows} người`;

  const chooseHeader = (row: number) => {
    if (!file) return;
    setHeaderRow(row);
    setMapping(mappingForHeader(file.grid, row, file.columnCount));
  };

  const apply = async () => {
    if (!file || !canImport) return;
    setApplying(true);
    setApplyProblem(null);
    try {
      const answer = await request('roster:apply', {
        grid: file.grid,
        headerRow,
        // JSON object keys are strings anyway; the contract spells that out.
        mapping: Object.fromEntries(Object.entries(mapping)),
        goneAction,
      });
      setPeople(answer.people);
      setResult({
        added: answer.added,
        changed: answer.changed,
        deactivated: answer.deactivated,
        rejectedRows: answer.rejectedRows,
      });
      message.success('Đã nhập danh sách cán bộ.');
    } catch (error) {
      setApplyProblem(
        error instanceof ApiError
          ? { message: error.payload.message, issues: error.payload.issues }
          : { message: error instanceof Error ? error.message : String(error), issues: [] },
      );
    } finally {
      setApplying(false);
    }
  };

  const problemAlert = (problem: Problem) => (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      title={problem.message}
      description={
        problem.issues.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20, maxHeight: 160, overflow: 'auto' }}>
            {problem.issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );

  const footer =
    step === 0 ? (
      <Button onClick={onClose}>Đóng</Button>
    ) : step === 1 ? (
      <Space>
        <Button onClick={reset} disabled={applying}>
          Chọn tệp khác
        </Button>
        <Button onClick={onClose} disabled={applying}>
          Huỷ
        </Button>
        <Button
          type="primary"
          data-testid="import-confirm"
          disabled={!canImport}
          loading={applying}
          onClick={() => void apply()}
        >
          {confirmLabel}
        </Button>
      </Space>
    ) : (
      <Button type="primary" onClick={onClose}>
        Xong
      </Button>
    );

  return (
    <Modal
      open={open}
      title="Nhập danh sách cán bộ từ Excel/CSV"
      width={1100}
      onCancel={applying ? undefined : onClose}
      footer={footer}
      afterClose={reset}
      destroyOnHidden
      mask={{ closable: false }}
      // The body scrolls, not the page: the confirm button in the footer stays in sight while
      // the user reads the preview.
      styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflowY: 'auto', paddingRight: 4 } }}
    >
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 16 }}
        items={[
          { title: 'Chọn tệp' },
          { title: 'Kiểm tra cột và xem trước' },
          { title: 'Kết quả' },
        ]}
      />

      {step === 0 && (
        <>
          {readProblem && problemAlert(readProblem)}
          <Spin spinning={reading} description="Đang đọc tệp…">
            <Upload.Dragger
              accept=".xlsx,.xls,.csv,.txt"
              multiple={false}
              showUploadList={false}
              disabled={reading}
              beforeUpload={(chosen) => {
                void readFile(chosen);
                // Nothing is uploaded anywhere: the file is read here and sent to the service.
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">Bấm để chọn tệp, hoặc kéo tệp thả vào đây</p>
              <p className="ant-upload-hint">
                Excel (.xlsx) hoặc CSV/văn bản Unicode (.csv, .txt), có một dòng tiêu đề cột như
                &quot;STT&quot;, &quot;Họ và tên&quot;, &quot;Ngày sinh&quot;, &quot;Đơn vị&quot;,
                &quot;Chức vụ&quot;. Chưa có gì được lưu cho đến khi bạn xác nhận ở bước sau.
              </p>
            </Upload.Dragger>
          </Spin>
        </>
      )}

      {step === 1 && file && (
        <>
          <Space wrap style={{ marginBottom: 8 }}>
            <Typography.Text>
              Tệp <Typography.Text strong>{file.name}</Typography.Text>: {file.grid.length} dòng,{' '}
              {file.columnCount} cột. Dòng tiêu đề:
            </Typography.Text>
            <Select<number>
              aria-label="Dòng tiêu đề"
              value={headerRow}
              onChange={chooseHeader}
              style={{ width: 560 }}
              popupMatchSelectWidth={false}
              options={file.grid.slice(0, HEADER_CHOICES).map((cells, index) => ({
                value: index,
                label: `Dòng ${index + 1}: ${rowPreview(cells)}`,
              }))}
            />
          </Space>
          <ImportMappingTable
            grid={file.grid}
            headerRow={headerRow}
            columnCount={file.columnCount}
            mapping={mapping}
            onChange={setMapping}
          />
          {mappingErrors.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 12 }}
              title="Cần chọn lại cột"
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {mappingErrors.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              }
            />
          )}
          {applyProblem && <div style={{ marginTop: 12 }}>{problemAlert(applyProblem)}</div>}
          {preview && (
            <div style={{ marginTop: 16 }}>
              <ImportPreviewPanel
                preview={preview}
                goneAction={goneAction}
                onGoneActionChange={setGoneAction}
              />
            </div>
          )}
        </>
      )}

      {step === 2 && result && (
        <Result
          status="success"
          title="Đã nhập danh sách cán bộ"
          subTitle={
            <>
              Đã thêm {result.added}, cập nhật {result.changed}, đánh dấu đã nghỉ{' '}
              {result.deactivated}
              {result.rejectedRows > 0 && `; ${result.rejectedRows} dòng lỗi không được nhập`}.
              <br />
              Ứng dụng đã tự sao lưu dữ liệu trước khi nhập (xem mục &quot;Sao lưu, khôi
              phục&quot;). Vai trò được gợi ý theo chức vụ: hãy kiểm tra lại cột Vai trò.
            </>
          }
        />
      )}
    </Modal>
  );
}
