import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Divider,
  Drawer,
  Form,
  Input,
  Popconfirm,
  Radio,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { HeaderLine, HeaderPreset, Signature } from '../../../core/domain/documentHeader';
import {
  DocumentSettingInputSchema,
  MAX_LEFT_LINES,
  MAX_SIGNATURES,
  type DocumentHeaderSettings,
} from '../../../core/domain/documentSettings';
import type { DocumentId } from '../../../core/documents/documentContext';
import { GLOSSARY, HEADER_PRESET_LABELS } from '../../../core/domain/glossary';
import type { AppErrorPayload } from '../../../core/result';
import { call } from '../api';
import { DocumentHeaderPreview } from './DocumentHeaderPreview';

/** What the user is editing: the preset and every line as it will print. */
interface Draft {
  preset: HeaderPreset;
  leftLines: HeaderLine[];
  rightLines: [string, string];
  signatures: Signature[];
}

function draftOf(settings: DocumentHeaderSettings): Draft {
  return {
    preset: settings.preset,
    leftLines: settings.header.leftLines.map((l) => ({ ...l })),
    rightLines: [...settings.header.rightLines],
    signatures: settings.signatures.map((s) => ({ ...s })),
  };
}

/** A preset's own lines, as the drawer shows them when the user switches to it. */
function presetDraft(settings: DocumentHeaderSettings, preset: HeaderPreset): Draft {
  const defaults = settings.presets[preset];
  return {
    preset,
    leftLines: defaults.header.leftLines.map((l) => ({ ...l })),
    rightLines: [...defaults.header.rightLines],
    signatures: defaults.signatures.map((s) => ({ ...s })),
  };
}

/** "header.leftLines.0.text: …" → "Dòng bên trái 1: …" (the service names fields by their path). */
function issueText(issue: string): string {
  const [path = '', ...rest] = issue.split(': ');
  const message = rest.join(': ');
  if (!message) return issue;
  const left = /^header\.leftLines\.(\d+)/.exec(path);
  if (left) return `Dòng bên trái ${Number(left[1]) + 1}: ${message}`;
  if (path.startsWith('header.rightLines')) return `Bên phải: ${message}`;
  const signer = /^signatures\.(\d+)/.exec(path);
  if (signer) return `Chữ ký ${Number(signer[1]) + 1}: ${message}`;
  return message;
}

/**
 * "Tiêu đề và chữ ký" of one document (R29): the header preset (unit / union / joint, with its
 * source and a warning when the layout is practice to check with the văn thư), every header line
 * and the signature blocks, editable, with a small live picture of the two-column header. Saved with
 * the conference; lines left as the preset gives them keep following the unit profile. The parent
 * mounts it with a new key for each opening (DocumentHeaderButton), so it loads afresh each time.
 */
export function DocumentHeaderDrawer({
  conferenceId,
  documentId,
  documentName,
  open,
  onClose,
  onSaved,
}: {
  conferenceId: string;
  documentId: DocumentId;
  documentName: string;
  open: boolean;
  onClose: () => void;
  onSaved: (settings: DocumentHeaderSettings) => void;
}) {
  const { message } = App.useApp();
  const [settings, setSettings] = useState<DocumentHeaderSettings>();
  const [draft, setDraft] = useState<Draft>();
  const [error, setError] = useState<AppErrorPayload>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    // Mounted afresh for each opening (the panel gives it a new key), so there is nothing to clear.
    let cancelled = false;
    void call('documentSettings:get', { conferenceId, id: documentId }).then((result) => {
      if (cancelled) return;
      if (!result.ok) return setError(result.error);
      setError(undefined);
      setSettings(result.data);
      setDraft(draftOf(result.data));
    });
    return () => {
      cancelled = true;
    };
  }, [open, conferenceId, documentId]);

  // The same schema as the service, so a problem shows beside its field before saving.
  const problems = useMemo(() => {
    if (!draft) return [];
    const parsed = DocumentSettingInputSchema.safeParse({
      conferenceId,
      id: documentId,
      preset: draft.preset,
      header: { leftLines: draft.leftLines, rightLines: draft.rightLines },
      signatures: draft.signatures,
    });
    return parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  }, [draft, conferenceId, documentId]);
  const problemAt = (path: string): string | undefined =>
    problems.find((p) => p.path === path || p.path.startsWith(`${path}.`))?.message;

  const applied = (next: DocumentHeaderSettings, note: string) => {
    setSettings(next);
    setDraft(draftOf(next));
    setError(undefined);
    onSaved(next);
    message.success(note);
  };

  const save = async () => {
    if (!draft) return;
    setBusy(true);
    const result = await call('documentSettings:save', {
      conferenceId,
      id: documentId,
      preset: draft.preset,
      header: { leftLines: draft.leftLines, rightLines: draft.rightLines },
      signatures: draft.signatures,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    applied(result.data, 'Đã lưu tiêu đề và chữ ký.');
    onClose();
  };

  const reset = async () => {
    setBusy(true);
    const result = await call('documentSettings:reset', { conferenceId, id: documentId });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    applied(result.data, 'Đã khôi phục tiêu đề và chữ ký mặc định.');
  };

  const update = (change: (d: Draft) => Draft) => setDraft((d) => (d ? change(d) : d));
  const setLine = (index: number, line: Partial<HeaderLine>) =>
    update((d) => ({
      ...d,
      leftLines: d.leftLines.map((l, i) => (i === index ? { ...l, ...line } : l)),
    }));
  const setSigner = (index: number, signer: Partial<Signature>) =>
    update((d) => ({
      ...d,
      signatures: d.signatures.map((s, i) => (i === index ? { ...s, ...signer } : s)),
    }));

  const preset = draft && settings ? settings.presets[draft.preset] : undefined;
  const symbol = preset?.symbols[0];
  const issuerMissing = preset?.symbols.some((s) => s.endsWith('-……')) ?? false;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={720}
      title={`Tiêu đề và chữ ký — ${documentId}. ${documentName}`}
      footer={
        <Space style={{ display: 'flex', justifyContent: 'space-between' }}>
          <Popconfirm
            title="Khôi phục mặc định?"
            description="Văn bản trở về mẫu tiêu đề mặc định, các dòng lấy lại từ Thông tin đơn vị."
            okText="Khôi phục"
            cancelText="Không"
            onConfirm={() => void reset()}
          >
            <Button disabled={!settings || busy} data-testid="header-reset">
              Khôi phục mặc định
            </Button>
          </Popconfirm>
          <Space>
            <Button onClick={onClose}>Huỷ</Button>
            <Button
              type="primary"
              loading={busy}
              disabled={!draft || problems.length > 0}
              onClick={() => void save()}
              data-testid="header-save"
            >
              Lưu
            </Button>
          </Space>
        </Space>
      }
    >
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={error.message}
          description={
            error.issues.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {error.issues.map((issue) => (
                  <li key={issue}>{issueText(issue)}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      {!draft || !settings || !preset ? (
        !error && <Spin />
      ) : (
        <Form layout="vertical" component="div">
          <Form.Item label="Mẫu tiêu đề">
            <Radio.Group
              value={draft.preset}
              onChange={(e) => setDraft(presetDraft(settings, e.target.value as HeaderPreset))}
              optionType="button"
              buttonStyle="solid"
              options={(['unit', 'union', 'joint'] as const).map((p) => ({
                value: p,
                label:
                  p === settings.defaultPreset
                    ? `${HEADER_PRESET_LABELS[p]} (mặc định)`
                    : HEADER_PRESET_LABELS[p],
              }))}
              data-testid="header-preset"
            />
          </Form.Item>
          <Typography.Paragraph type="secondary">
            Căn cứ: {preset.header.source}.
            {symbol && (
              <>
                {' '}
                Ký hiệu số văn bản: <strong>{symbol}</strong>.
              </>
            )}{' '}
            Đổi mẫu thì các dòng dưới đây lấy lại theo mẫu mới.
          </Typography.Paragraph>
          {preset.header.verifyLocally && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title="Cần đối chiếu với văn thư"
              description="Cách trình bày tiêu đề của mẫu này theo thực tiễn, chưa đối chiếu đủ với văn bản quy định. Hỏi văn thư của đơn vị hoặc công đoàn cấp trên trước khi ban hành."
            />
          )}
          {issuerMissing && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={`Chưa có ${draft.preset === 'unit' ? GLOSSARY.unitAbbreviation : GLOSSARY.unionAbbreviation}`}
              description="Ký hiệu để trống cho văn thư ghi tay. Nhập chữ viết tắt ở mục Thông tin đơn vị."
            />
          )}

          <DocumentHeaderPreview
            leftLines={draft.leftLines}
            rightLines={draft.rightLines}
            signatures={draft.signatures}
            parts={settings.parts}
            symbol={symbol}
          />

          <Divider titlePlacement="start">
            Bên trái: cơ quan ban hành {settings.headerEdited && <Tag color="blue">Đã sửa tay</Tag>}
          </Divider>
          <Typography.Paragraph type="secondary">
            Từ trên xuống; đường kẻ ngắn nằm dưới dòng cuối. Cơ quan chủ quản in thường, cơ quan ban
            hành in đậm (Nghị định 30/2020, Phụ lục I). Dòng đã sửa không tự đổi theo Thông tin đơn
            vị nữa.
          </Typography.Paragraph>
          {draft.leftLines.map((line, i) => (
            <Form.Item
              key={i}
              validateStatus={problemAt(`header.leftLines.${i}`) ? 'error' : undefined}
              help={problemAt(`header.leftLines.${i}`)}
              style={{ marginBottom: 8 }}
            >
              <Space.Compact style={{ width: '100%' }}>
                <Input
                  value={line.text}
                  onChange={(e) => setLine(i, { text: e.target.value })}
                  aria-label={`Dòng bên trái ${i + 1}`}
                  maxLength={200}
                />
                <Button
                  onClick={() => setLine(i, { bold: !line.bold })}
                  type={line.bold ? 'primary' : 'default'}
                  aria-pressed={line.bold}
                  aria-label={`In đậm dòng ${i + 1}`}
                  style={{ fontWeight: 700 }}
                >
                  Đậm
                </Button>
                <Button
                  icon={<DeleteOutlined />}
                  disabled={draft.leftLines.length <= 1}
                  onClick={() =>
                    update((d) => ({ ...d, leftLines: d.leftLines.filter((_, j) => j !== i) }))
                  }
                  aria-label={`Xoá dòng ${i + 1}`}
                />
              </Space.Compact>
            </Form.Item>
          ))}
          <Button
            icon={<PlusOutlined />}
            disabled={draft.leftLines.length >= MAX_LEFT_LINES}
            onClick={() =>
              update((d) => ({ ...d, leftLines: [...d.leftLines, { text: '', bold: true }] }))
            }
          >
            Thêm dòng (tối đa {MAX_LEFT_LINES})
          </Button>

          {settings.parts.rightLines && (
            <>
              <Divider titlePlacement="start">Bên phải: Quốc hiệu và Tiêu ngữ</Divider>
              {(['Quốc hiệu', 'Tiêu ngữ'] as const).map((label, i) => (
                <Form.Item
                  key={label}
                  label={label}
                  validateStatus={problemAt(`header.rightLines.${i}`) ? 'error' : undefined}
                  help={problemAt(`header.rightLines.${i}`)}
                  style={{ marginBottom: 8 }}
                >
                  <Input
                    value={draft.rightLines[i]}
                    aria-label={label}
                    maxLength={200}
                    onChange={(e) =>
                      update((d) => {
                        const rightLines: [string, string] = [...d.rightLines];
                        rightLines[i] = e.target.value;
                        return { ...d, rightLines };
                      })
                    }
                  />
                </Form.Item>
              ))}
            </>
          )}

          {settings.parts.signatures && (
            <>
              <Divider titlePlacement="start">
                Chữ ký {settings.signaturesEdited && <Tag color="blue">Đã sửa tay</Tag>}
              </Divider>
              <Typography.Paragraph type="secondary">
                Dòng thẩm quyền: TM., KT., Q., TL., TUQ. (để trống khi thủ trưởng ký); chức vụ in
                hoa; họ tên không kèm học hàm, học vị (Nghị định 30/2020, Phụ lục I, mục II.7). Văn
                bản liên tịch có hai chữ ký: trái là Công đoàn, phải là thủ trưởng.
              </Typography.Paragraph>
              <Space align="start" wrap style={{ width: '100%' }}>
                {draft.signatures.map((signer, i) => (
                  <Card
                    key={i}
                    size="small"
                    title={draft.signatures.length > 1 ? `Chữ ký ${i + 1}` : 'Chữ ký'}
                    style={{ width: 320 }}
                    extra={
                      draft.signatures.length > 1 && (
                        <Button
                          size="small"
                          icon={<DeleteOutlined />}
                          aria-label={`Bỏ chữ ký ${i + 1}`}
                          onClick={() =>
                            update((d) => ({
                              ...d,
                              signatures: d.signatures.filter((_, j) => j !== i),
                            }))
                          }
                        />
                      )
                    }
                  >
                    {(
                      [
                        ['authority', 'Thẩm quyền ký', 'TM. BAN CHẤP HÀNH'],
                        ['title', 'Chức vụ', 'CHỦ TỊCH'],
                        ['name', 'Họ và tên', 'Nguyễn Văn A'],
                      ] as const
                    ).map(([key, label, placeholder]) => (
                      <Form.Item
                        key={key}
                        label={label}
                        validateStatus={problemAt(`signatures.${i}.${key}`) ? 'error' : undefined}
                        help={problemAt(`signatures.${i}.${key}`)}
                        style={{ marginBottom: 8 }}
                      >
                        <Input
                          value={signer[key]}
                          placeholder={placeholder}
                          aria-label={`${label} ${i + 1}`}
                          onChange={(e) => setSigner(i, { [key]: e.target.value })}
                        />
                      </Form.Item>
                    ))}
                  </Card>
                ))}
              </Space>
              {draft.signatures.length < MAX_SIGNATURES && (
                <Button
                  icon={<PlusOutlined />}
                  style={{ marginTop: 8 }}
                  onClick={() =>
                    update((d) => ({
                      ...d,
                      signatures: [...d.signatures, { authority: '', title: '', name: '' }],
                    }))
                  }
                >
                  Thêm chữ ký thứ hai
                </Button>
              )}
            </>
          )}
        </Form>
      )}
    </Drawer>
  );
}
