import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Input, Space, Tabs, Tag, Typography } from 'antd';
import { AGENDA_KINDS, AGENDA_KIND_INFO, type AgendaKind } from '../../../core/domain/agendaKinds';
import { CONVOCATION_PLACEHOLDERS } from '../../../core/documents/convocationWording';
import {
  WORDING_BOOKS,
  WORDING_BOOK_ENTRY_LABELS,
  WORDING_BOOK_IDS,
  WORDING_BOOK_LABELS,
  WORDING_BOOK_PLACEHOLDERS,
  sameShape,
  type WordingBookId,
  type WordingOverrides,
} from '../../../core/documents/documentWording';
import { PLAN_PLACEHOLDERS } from '../../../core/documents/planWording';
import {
  SCRIPT_PLACEHOLDERS,
  includeKey,
  wordingPlaceholders,
} from '../../../core/documents/scriptWording';
import { ApiError, request } from '../api';
import { useWorkspace } from '../state/WorkspaceContext';

const PLACEHOLDERS: Record<WordingBookId, Readonly<Record<string, string>>> = {
  ...WORDING_BOOK_PLACEHOLDERS,
  plan: PLAN_PLACEHOLDERS,
  convocation: CONVOCATION_PLACEHOLDERS,
  script: SCRIPT_PLACEHOLDERS,
};

/** The lists chairScriptJob builds itself for a `{@key}` line (besides the script's own entries). */
const SCRIPT_LISTS: Readonly<Record<string, string>> = {
  guests: 'Danh sách khách mời',
  presidium: 'Danh sách Đoàn Chủ tịch',
  secretaries: 'Danh sách thư ký',
  programme: 'Chương trình hội nghị, mỗi mục một dòng',
  quorum: 'Câu báo cáo số người có mặt (đủ hoặc chưa đủ điều kiện)',
};

/** Users see these names, never the keys; a key missing here is shown as it is. */
const LABELS: Record<WordingBookId, Readonly<Record<string, string>>> = {
  ...WORDING_BOOK_ENTRY_LABELS,
  plan: {
    typeName: 'Tên loại văn bản',
    summary: 'Trích yếu',
    bases: 'Căn cứ',
    intro: 'Câu mở đầu',
    purposeTitle: 'Tiêu đề mục I',
    purposeHeading: 'Tiêu đề “Mục đích”',
    purpose: 'Mục đích',
    requirementsHeading: 'Tiêu đề “Yêu cầu”',
    requirements: 'Yêu cầu',
    timePlaceTitle: 'Tiêu đề mục II',
    time: 'Thời gian',
    venue: 'Địa điểm',
    formFull: 'Hình thức: hội nghị toàn thể',
    formDelegates: 'Hình thức: hội nghị đại biểu',
    formReason: 'Lý do tổ chức hội nghị đại biểu',
    formAgreement: 'Sự thống nhất với Ban Chấp hành Công đoàn về hình thức',
    participantsFull: 'Thành phần (hội nghị toàn thể)',
    participantsDelegates: 'Thành phần (hội nghị đại biểu)',
    guestsLead: 'Dòng dẫn “Khách mời”',
    guest: 'Dòng của mỗi khách mời',
    contentTitle: 'Tiêu đề mục III',
    contentIntro: 'Câu dẫn nội dung hội nghị',
    contents: 'Các nội dung a) – g) (Điều 51.3)',
    contentsWithElection: 'Nội dung đ) khi bầu Ban Thanh tra nhân dân',
    boardReport: 'Báo cáo của Ban Thanh tra nhân dân',
    order: 'Trình tự hội nghị',
    preparationTitle: 'Tiêu đề mục IV',
    preparationIntro: 'Câu dẫn bảng công việc chuẩn bị',
    taskColumns: 'Tiêu đề các cột của bảng công việc',
    organisationTitle: 'Tiêu đề mục V',
    headDuty: 'Nhiệm vụ của Thủ trưởng đơn vị',
    unionDuty: 'Nhiệm vụ của Ban Chấp hành Công đoàn',
    unionElectionDuty: 'Nhiệm vụ thêm của Ban Chấp hành Công đoàn khi bầu Ban Thanh tra nhân dân',
    boardDuty: 'Nhiệm vụ của Ban Thanh tra nhân dân',
    subUnitDuty: 'Nhiệm vụ của các phòng, ban, tổ công đoàn',
    subUnitDelegateDuty: 'Nhiệm vụ bầu đại biểu (hội nghị đại biểu)',
    closing: 'Câu kết',
    recipientUpperUnion: 'Nơi nhận: công đoàn cấp trên',
    recipientSubUnits: 'Nơi nhận: các phòng, ban, tổ công đoàn',
    archive: 'Lưu',
  },
  convocation: {
    convocationType: 'Tên loại: giấy triệu tập',
    invitationType: 'Tên loại: giấy mời',
    summary: 'Trích yếu',
    addresseeAll: 'Kính gửi (hội nghị toàn thể)',
    addresseeDelegates: 'Kính gửi (hội nghị đại biểu)',
    addresseeOne: 'Kính gửi (mỗi người một trang)',
    whomAll: 'Người được triệu tập, trong câu (hội nghị toàn thể)',
    whomDelegates: 'Người được triệu tập, trong câu (hội nghị đại biểu)',
    whomShortAll: 'Người được triệu tập, ngắn (hội nghị toàn thể)',
    whomShortDelegates: 'Người được triệu tập, ngắn (hội nghị đại biểu)',
    convocationIntro: 'Câu triệu tập',
    time: 'Thời gian',
    venue: 'Địa điểm',
    contents: 'Nội dung',
    contentsWithElection: 'Nội dung khi bầu Ban Thanh tra nhân dân',
    convocationClosing: 'Câu kết giấy triệu tập',
    invitationLine: 'Câu mời',
    invitationEvent: 'Tới dự',
    chair: 'Chủ trì',
    invitationClosing: 'Câu kết giấy mời',
    recipientsConvocation: 'Nơi nhận giấy triệu tập',
    recipientsInvitation: 'Nơi nhận giấy mời',
    archive: 'Lưu',
  },
  script: {
    ...Object.fromEntries(
      AGENDA_KINDS.map((k: AgendaKind) => [k, `Mục “${AGENDA_KIND_INFO[k].title}”`]),
    ),
    votePrompt: 'Lời mời biểu quyết ({@votePrompt})',
    passRule: 'Điều kiện thông qua ({@passRule})',
    quorum: 'Số người có mặt: đủ điều kiện',
    quorumShort: 'Số người có mặt: chưa đủ điều kiện',
    guest: 'Dòng của mỗi khách mời',
    noGuests: 'Khi chưa có khách mời',
    presidiumMember: 'Dòng của mỗi thành viên Đoàn Chủ tịch',
    secretaryMember: 'Dòng của mỗi thư ký',
    programmeItem: 'Dòng của mỗi mục chương trình',
  },
};

/** What the job does to a list beyond printing its lines — said where it would surprise. */
const HINTS: Partial<Record<WordingBookId, Readonly<Record<string, string>>>> = {
  plan: {
    purpose: 'Ứng dụng tự thêm gạch đầu dòng và dấu “;” hoặc “.” ở cuối mỗi ý.',
    requirements: 'Ứng dụng tự thêm gạch đầu dòng và dấu “;” hoặc “.” ở cuối mỗi ý.',
    taskColumns: 'Bốn dòng, theo thứ tự các cột: STT, nội dung, người thực hiện, thời hạn.',
  },
};

/**
 * How an entry is edited here: a sentence in a text box; a list of lines one per line; anything
 * nested (a clause with its label, a duty with its holder) is shown only — a text box cannot keep
 * its shape safely, and the service would refuse a broken one anyway.
 */
type EntryKind = 'text' | 'lines' | 'fixed';

function kindOf(template: unknown): EntryKind {
  if (typeof template === 'string') return 'text';
  if (Array.isArray(template) && template.every((v) => typeof v === 'string')) return 'lines';
  return 'fixed';
}

/** What the user typed, per book and entry: the raw text box text, or a stored nested value. */
type Draft = Record<WordingBookId, Record<string, unknown>>;

function defaultsOf(book: WordingBookId): Record<string, unknown> {
  return WORDING_BOOKS[book] as Record<string, unknown>;
}

function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A sentence is one paragraph: a line break typed in the box becomes a space. */
function sentenceOf(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

function draftFrom(stored: WordingOverrides): Draft {
  const draft = Object.fromEntries(WORDING_BOOK_IDS.map((b) => [b, {}])) as Draft;
  for (const book of WORDING_BOOK_IDS) {
    const defaults = defaultsOf(book);
    for (const [key, value] of Object.entries(stored[book] ?? {})) {
      // Entries this version no longer has, or of another shape, are dropped: the service would
      // refuse them, and no document reads them.
      if (!(key in defaults) || !sameShape(value, defaults[key])) continue;
      const kind = kindOf(defaults[key]);
      draft[book][key] = kind === 'lines' ? (value as string[]).join('\n') : value;
    }
  }
  return draft;
}

/** The value an entry would be saved with, from its draft text. */
function valueOf(book: WordingBookId, key: string, draft: unknown): unknown {
  const kind = kindOf(defaultsOf(book)[key]);
  if (kind === 'fixed' || typeof draft !== 'string') return draft;
  return kind === 'lines' ? linesOf(draft) : sentenceOf(draft);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Overrides in the order of the defaults, leaving out edits that equal the default. */
function overridesFrom(draft: Draft): WordingOverrides {
  const overrides: WordingOverrides = {};
  for (const book of WORDING_BOOK_IDS) {
    const defaults = defaultsOf(book);
    const entries: Record<string, unknown> = {};
    for (const key of Object.keys(defaults)) {
      if (draft[book][key] === undefined) continue;
      const value = valueOf(book, key, draft[book][key]);
      if (!sameValue(value, defaults[key])) entries[key] = value;
    }
    if (Object.keys(entries).length > 0) overrides[book] = entries;
  }
  return overrides;
}

/** The text box text of a value: a sentence as it is, a list one entry per line. */
function textOf(value: unknown): string {
  return Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : '';
}

/** A nested value as printed lines: "a) Kiểm điểm …", "Thủ trưởng đơn vị: Chủ trì …". */
function displayLines(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(displayLines);
  if (value !== null && typeof value === 'object') {
    const parts = Object.values(value);
    return parts.every((p) => typeof p === 'string')
      ? [parts.join(' ')]
      : parts.flatMap(displayLines);
  }
  return [];
}

/** Placeholders and includes the book does not know: they would print "…" or nothing. */
function unknownMarks(book: WordingBookId, value: unknown): string[] {
  const known = PLACEHOLDERS[book];
  const lines = displayLines(value);
  const marks = lines.flatMap((l) => wordingPlaceholders(l).filter((n) => !(n in known)));
  const unknown = marks.map((n) => `{${n}}`);
  if (book === 'script') {
    for (const line of lines) {
      const key = includeKey(line);
      if (key !== undefined && !(key in SCRIPT_LISTS) && !(key in WORDING_BOOKS.script)) {
        unknown.push(`{@${key}}`);
      }
    }
  }
  return [...new Set(unknown)];
}

function PlaceholderList({ book }: { book: WordingBookId }) {
  return (
    <Card size="small" title="Chỗ điền tự động" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        Viết đúng tên trong ngoặc nhọn; khi tạo văn bản, ứng dụng thay bằng dữ liệu của hội nghị.
        Chỗ chưa có dữ liệu in thành “…” để điền tay.
      </Typography.Paragraph>
      <ul style={{ margin: 0, paddingLeft: 20, columns: '2 360px' }}>
        {Object.entries(PLACEHOLDERS[book]).map(([name, description]) => (
          <li key={name}>
            <Typography.Text code>{`{${name}}`}</Typography.Text> — {description}
          </li>
        ))}
      </ul>
      {book === 'script' && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          Dòng chỉ gồm <Typography.Text code>{'{@tên}'}</Typography.Text> chèn các dòng của một mục
          khác (ví dụ <Typography.Text code>{'{@votePrompt}'}</Typography.Text> — lời mời biểu
          quyết) hoặc danh sách ứng dụng tự lập:{' '}
          {Object.entries(SCRIPT_LISTS).map(([key, description], i) => (
            <span key={key}>
              {i > 0 && '; '}
              <Typography.Text code>{`{@${key}}`}</Typography.Text> {description.toLowerCase()}
            </span>
          ))}
          . Dòng nằm trọn trong ngoặc đơn là lời chỉ dẫn (in nghiêng, không đọc); dòng bắt đầu bằng
          “# ” là tiêu đề nhỏ (in đậm).
        </Typography.Paragraph>
      )}
    </Card>
  );
}

interface EntryProps {
  book: WordingBookId;
  entryKey: string;
  draft: unknown;
  onChange(draft: unknown): void;
}

function WordingEntry({ book, entryKey, draft, onChange }: EntryProps) {
  const template = defaultsOf(book)[entryKey];
  const kind = kindOf(template);
  const label = LABELS[book][entryKey] ?? entryKey;
  const current = draft === undefined ? template : valueOf(book, entryKey, draft);
  const edited = !sameValue(current, template);
  const unknown = unknownMarks(book, current);
  const hint = HINTS[book]?.[entryKey];
  return (
    <Card
      size="small"
      data-testid="wording-entry"
      style={{ marginBottom: 12 }}
      title={
        <Space size={8} wrap>
          <span>{label}</span>
          {edited && <Tag color="blue">Đã sửa</Tag>}
        </Space>
      }
      extra={
        <Button size="small" disabled={draft === undefined} onClick={() => onChange(undefined)}>
          Khôi phục mẫu
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }}>
        <strong>Mẫu:</strong>{' '}
        {kind === 'fixed' ? displayLines(template).join('\n') : textOf(template)}
      </Typography.Paragraph>
      {kind === 'fixed' ? (
        <>
          {edited && (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }}>
              <strong>Đang dùng:</strong> {displayLines(current).join('\n')}
            </Typography.Paragraph>
          )}
          <Typography.Text type="secondary" italic>
            Mục này có nhiều phần lồng nhau, chưa sửa được ở đây.
          </Typography.Text>
        </>
      ) : (
        <Input.TextArea
          aria-label={label}
          autoSize={{ minRows: kind === 'lines' ? 2 : 1, maxRows: 16 }}
          value={typeof draft === 'string' ? draft : textOf(template)}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {kind === 'lines' && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
          Mỗi dòng một mục; dòng trống được bỏ qua.{hint ? ` ${hint}` : ''}
        </Typography.Text>
      )}
      {kind === 'text' && hint && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
          {hint}
        </Typography.Text>
      )}
      {unknown.length > 0 && (
        <Typography.Text type="warning" style={{ display: 'block', marginTop: 4 }}>
          Không có chỗ điền {unknown.join(', ')}: sẽ in thành “…” hoặc bị bỏ qua.
        </Typography.Text>
      )}
    </Card>
  );
}

/**
 * Mẫu câu văn bản: the standard sentences of D1, D3 and D5, which the unit may reword. Edits are
 * saved with the unit (not the conference), so they carry over to next year's conferences.
 */
export function WordingScreen() {
  const { message } = App.useApp();
  const { workspace, setWorkspace } = useWorkspace();
  const [draft, setDraft] = useState<Draft>(() => draftFrom(workspace.wording));
  const [book, setBook] = useState<WordingBookId>('plan');
  const [saving, setSaving] = useState(false);
  const [issues, setIssues] = useState<string[]>([]);

  const overrides = useMemo(() => overridesFrom(draft), [draft]);
  const saved = useMemo(() => overridesFrom(draftFrom(workspace.wording)), [workspace.wording]);
  const dirty = !sameValue(overrides, saved);

  const change = (b: WordingBookId, key: string, value: unknown) =>
    setDraft((d) => {
      const entries = { ...d[b] };
      if (value === undefined) delete entries[key];
      else entries[key] = value;
      return { ...d, [b]: entries };
    });

  const save = async () => {
    setSaving(true);
    try {
      const wording = await request('wording:save', overrides);
      setWorkspace((w) => ({ ...w, wording }));
      setIssues([]);
      message.success('Đã lưu mẫu câu. Các văn bản tạo từ bây giờ dùng mẫu câu mới.');
    } catch (error) {
      if (error instanceof ApiError) {
        setIssues(error.payload.issues);
        message.error(error.payload.message);
      } else {
        message.error('Không kết nối được tới ứng dụng.');
      }
    } finally {
      setSaving(false);
    }
  };

  const editedCount = (b: WordingBookId) => Object.keys(overrides[b] ?? {}).length;

  return (
    <div data-testid="wording-screen">
      <Typography.Title level={3} className="screen-title">
        Mẫu câu văn bản
      </Typography.Title>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="Sửa câu chữ chuẩn của kế hoạch, giấy triệu tập và kịch bản cho hợp với đơn vị."
        description="Mẫu câu đã lưu được giữ cùng thông tin đơn vị, dùng tiếp cho các hội nghị năm sau và áp dụng cho mọi văn bản tạo từ lúc lưu trở đi; văn bản đã tải về trước đó không đổi. “Khôi phục mẫu” trả một mục về câu mẫu ban đầu."
      />
      {issues.length > 0 && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setIssues([]) }}
          style={{ marginBottom: 16 }}
          title="Chưa lưu được: có mẫu câu không đúng dạng."
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          }
        />
      )}
      {/* Sticky: the lists are long, and the button must stay in reach after an edit far down. */}
      <Space
        wrap
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 3,
          background: '#f4f5f7',
          padding: '8px 0',
          marginBottom: 4,
          width: '100%',
        }}
      >
        <Button
          type="primary"
          data-testid="wording-save"
          loading={saving}
          disabled={!dirty}
          onClick={() => void save()}
        >
          Lưu mẫu câu
        </Button>
        <Typography.Text type="secondary">
          {dirty ? 'Có thay đổi chưa lưu.' : 'Mọi thay đổi đã được lưu.'}
        </Typography.Text>
      </Space>
      <Tabs
        activeKey={book}
        destroyOnHidden
        onChange={(key) => setBook(WORDING_BOOK_IDS.find((b) => b === key) ?? 'plan')}
        items={WORDING_BOOK_IDS.map((b) => ({
          key: b,
          label:
            editedCount(b) > 0
              ? `${WORDING_BOOK_LABELS[b]} (${editedCount(b)})`
              : WORDING_BOOK_LABELS[b],
          children: (
            <>
              <PlaceholderList book={b} />
              {Object.keys(defaultsOf(b)).map((key) => (
                <WordingEntry
                  key={key}
                  book={b}
                  entryKey={key}
                  draft={draft[b][key]}
                  onChange={(value) => change(b, key, value)}
                />
              ))}
            </>
          ),
        }))}
      />
    </div>
  );
}
