import { useCallback, useEffect, useMemo, useRef, useState, type HTMLAttributes } from 'react';
import dayjs from 'dayjs';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CheckCircleOutlined,
  DeleteOutlined,
  EditOutlined,
  ExclamationCircleOutlined,
  LoadingOutlined,
  PlusOutlined,
  UndoOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Conference } from '../../../core/domain/conference';
import {
  MAX_ITEM_MINUTES,
  newAgendaItem,
  scheduleAgenda,
  validateAgenda,
  type AgendaItem,
  type Presenter,
  type Presidium,
} from '../../../core/domain/agenda';
import {
  AGENDA_KIND_INFO,
  AGENDA_KINDS,
  STATUTORY_STEPS,
  type AgendaKind,
} from '../../../core/domain/agendaKinds';
import { boardStatus } from '../../../core/domain/boardStatus';
import { activeStaff, isConferenceOptional } from '../../../core/domain/conferenceRules';
import type { Finding } from '../../../core/domain/conferenceRules';
import { formatDateVi } from '../../../core/domain/dates';
import { newId } from '../../../core/domain/ids';
import { compareVietnameseNames, foldForSearch } from '../../../core/domain/vietnamese';
import { ApiError, request } from '../api';
import { PersonSelect } from '../components/PersonSelect';
import { useWorkspace } from '../state/WorkspaceContext';

/** The programme being edited: kept here, sent to the service a moment after the last change. */
interface Draft {
  conferenceId: string;
  agenda: AgendaItem[];
  presidium: Presidium;
}

interface SaveState {
  status: 'idle' | 'saving' | 'saved' | 'error';
  message?: string;
}

interface SaveQueue {
  timer: number | undefined;
  pending: Draft | undefined;
  queued: boolean;
  /** Every call to the service runs after the previous one, so answers never arrive out of order. */
  chain: Promise<void>;
}

interface ShownFinding extends Finding {
  itemId?: string;
}

type PresenterMode = 'person' | 'text';

const SAVE_DELAY_MS = 600;
const LEVEL_ORDER: Record<Finding['level'], number> = { error: 0, warning: 1, info: 2 };
const ERROR_BORDER = '3px solid #ff4d4f';
const SELECTED_BACKGROUND = '#e6f4ff';

function draftOf(c: Conference): Draft {
  return { conferenceId: c.id, agenda: c.agenda, presidium: c.presidium };
}

/** "agenda.5.title: …" → "Mục 6: …": the user counts rows from 1 and never sees field paths. */
function issueText(issue: string): string {
  const match = /^agenda\.(\d+)\.[^:]*: (.*)$/.exec(issue);
  return match ? `Mục ${Number(match[1]) + 1}: ${match[2]}` : issue;
}

function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Không kết nối được tới ứng dụng.';
  const issues = error.payload.issues.slice(0, 3).map(issueText);
  return issues.length > 0
    ? `${error.payload.message} (${issues.join('; ')})`
    : error.payload.message;
}

/** "3 giờ 25 phút" for the total length of the programme. */
function formatLength(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} phút`;
  return m === 0 ? `${h} giờ` : `${h} giờ ${m} phút`;
}

function kindLabel(kind: AgendaKind): string {
  const info = AGENDA_KIND_INFO[kind];
  return info.letter ? `${info.letter}. ${info.title}` : info.title;
}

const KIND_OPTIONS = AGENDA_KINDS.map((kind) => ({
  value: kind,
  label: kindLabel(kind),
  search: foldForSearch(kindLabel(kind)),
}));

function scrollToRow(itemId: string): void {
  const row = document.querySelector(`[data-row-key="${CSS.escape(itemId)}"]`);
  row?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/**
 * The conference programme (D2, R7): the statutory steps a–i of Luật 10/2022/QH15 Điều 51.4 inside
 * the ceremonial frame, with times computed from the start time, the R7 checks beside it, the
 * presidium and secretary, and the Ban TTND context. Edits stay local and are saved 600 ms after
 * the last keystroke, so typing never waits for the disk.
 */
export function AgendaEditor({
  conference,
  onChange,
}: {
  conference: Conference;
  onChange(c: Conference): void;
}) {
  const { message } = App.useApp();
  const { workspace, peopleById, rules, reload } = useWorkspace();
  const people = workspace.people;

  const [draft, setDraft] = useState<Draft>(() => draftOf(conference));
  if (draft.conferenceId !== conference.id) setDraft(draftOf(conference));
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [presenterModes, setPresenterModes] = useState<Record<string, PresenterMode>>({});
  const [resetting, setResetting] = useState(false);
  const [savingBoard, setSavingBoard] = useState(false);

  const queue = useRef<SaveQueue>({
    timer: undefined,
    pending: undefined,
    queued: false,
    chain: Promise.resolve(),
  });
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const enqueue = useCallback((op: () => Promise<void>) => {
    const q = queue.current;
    q.chain = q.chain.then(op).catch(() => undefined);
  }, []);

  const flush = useCallback(() => {
    const q = queue.current;
    if (q.timer !== undefined) {
      window.clearTimeout(q.timer);
      q.timer = undefined;
    }
    if (!q.pending || q.queued) return;
    q.queued = true;
    enqueue(async () => {
      // The latest draft at the time of sending: edits made while waiting travel together.
      const value = q.pending;
      q.pending = undefined;
      q.queued = false;
      if (!value) return;
      try {
        const saved = await request('agenda:save', {
          id: value.conferenceId,
          agenda: value.agenda,
          presidium: value.presidium,
        });
        onChangeRef.current(saved);
        if (!q.pending) setSaveState({ status: 'saved' });
      } catch (error) {
        setSaveState({ status: 'error', message: errorText(error) });
      }
    });
  }, [enqueue]);

  // Leaving the tab must not lose the last edits: send them at once.
  useEffect(() => () => flush(), [flush]);

  const commit = (next: Draft) => {
    setDraft(next);
    const q = queue.current;
    q.pending = next;
    if (q.timer !== undefined) window.clearTimeout(q.timer);
    q.timer = window.setTimeout(flush, SAVE_DELAY_MS);
    setSaveState({ status: 'saving' });
  };

  const setAgenda = (agenda: AgendaItem[]) => commit({ ...draft, agenda });
  const updateItem = (id: string, change: Partial<AgendaItem>) =>
    setAgenda(draft.agenda.map((item) => (item.id === id ? { ...item, ...change } : item)));

  const resetToDefault = () => {
    const q = queue.current;
    if (q.timer !== undefined) window.clearTimeout(q.timer);
    q.timer = undefined;
    q.pending = undefined;
    setResetting(true);
    enqueue(async () => {
      try {
        const next = await request('agenda:reset', { id: conference.id });
        setDraft(draftOf(next));
        setPresenterModes({});
        setSelectedId(undefined);
        setSaveState({ status: 'saved' });
        onChangeRef.current(next);
      } catch (error) {
        message.error(errorText(error));
      } finally {
        setResetting(false);
      }
    });
  };

  const saveBoard = async (electedOn: string | undefined) => {
    setSavingBoard(true);
    try {
      await request('board:save', {
        ...(electedOn ? { electedOn } : {}),
        memberIds: workspace.inspectionBoard?.memberIds ?? [],
      });
      await reload();
      message.success(
        electedOn
          ? `Đã ghi nhận Ban Thanh tra nhân dân bầu ngày ${formatDateVi(electedOn)}.`
          : 'Đã xoá ngày bầu Ban Thanh tra nhân dân.',
      );
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setSavingBoard(false);
    }
  };

  const board = useMemo(
    () => boardStatus(workspace.inspectionBoard, conference, people, rules),
    [workspace.inspectionBoard, conference, people, rules],
  );
  const boardless = isConferenceOptional(activeStaff(people).length, rules);
  const schedule = useMemo(
    () => scheduleAgenda(draft.agenda, conference.startTime),
    [draft.agenda, conference.startTime],
  );
  const findings = useMemo<ShownFinding[]>(() => {
    const r7 = validateAgenda(draft.agenda, {
      electionDue: board.due,
      hasBoard: board.hasBoard,
      form: conference.form,
    });
    return [...r7, ...schedule.findings].sort(
      (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level],
    );
  }, [draft.agenda, board, conference.form, schedule.findings]);
  const problemsByItem = useMemo(() => {
    const map = new Map<string, ShownFinding[]>();
    for (const f of findings) {
      if (!f.itemId) continue;
      map.set(f.itemId, [...(map.get(f.itemId) ?? []), f]);
    }
    return map;
  }, [findings]);
  const slotsById = useMemo(
    () => new Map(schedule.slots.map((slot) => [slot.item.id, slot])),
    [schedule.slots],
  );
  const personOptions = useMemo(
    () =>
      people
        .filter((p) => p.active)
        .sort((a, b) => compareVietnameseNames(a.fullName, b.fullName))
        .map((p) => ({
          value: p.id,
          label: `${p.fullName}${p.position ? ` — ${p.position}` : ''}`,
          search: foldForSearch(`${p.fullName} ${p.department} ${p.rosterNo}`),
        })),
    [people],
  );

  const addItem = (kind: AgendaKind) => {
    const item = newAgendaItem(kind, people, newId);
    const at = selectedId ? draft.agenda.findIndex((i) => i.id === selectedId) : -1;
    const agenda = [...draft.agenda];
    agenda.splice(at >= 0 ? at + 1 : agenda.length, 0, item);
    setAgenda(agenda);
    setSelectedId(item.id);
    window.setTimeout(() => scrollToRow(item.id), 50);
  };

  const move = (index: number, by: -1 | 1) => {
    const agenda = [...draft.agenda];
    const [item] = agenda.splice(index, 1);
    if (!item) return;
    agenda.splice(index + by, 0, item);
    setAgenda(agenda);
    setSelectedId(item.id);
  };

  const remove = (id: string) => {
    setAgenda(draft.agenda.filter((i) => i.id !== id));
    if (selectedId === id) setSelectedId(undefined);
  };

  const showFinding = (f: ShownFinding) => {
    if (!f.itemId) return;
    setSelectedId(f.itemId);
    scrollToRow(f.itemId);
  };

  const saveIndicator =
    saveState.status === 'saving' ? (
      <Typography.Text type="secondary" data-testid="agenda-save-status">
        <LoadingOutlined /> Đang lưu…
      </Typography.Text>
    ) : saveState.status === 'saved' ? (
      <Typography.Text type="success" data-testid="agenda-save-status">
        <CheckCircleOutlined /> Đã lưu
      </Typography.Text>
    ) : saveState.status === 'error' ? (
      <Typography.Text type="danger" data-testid="agenda-save-status">
        <ExclamationCircleOutlined /> Chưa lưu được
      </Typography.Text>
    ) : (
      <Typography.Text type="secondary">Thay đổi được lưu tự động</Typography.Text>
    );

  const boardLine = (
    <Alert
      type={board.due ? 'warning' : 'info'}
      showIcon
      title={
        board.due
          ? 'Đến kỳ bầu Ban Thanh tra nhân dân: chương trình cần có mục “Bầu Ban Thanh tra nhân dân” trong bước e.'
          : board.reason
      }
      description={
        <>
          {board.due && <div>{board.reason}</div>}
          {board.hasBoard && (
            <div>Đơn vị có Ban Thanh tra nhân dân: chương trình có bước đ (báo cáo của Ban).</div>
          )}
          <small>Căn cứ: {board.source}</small>
        </>
      }
      data-testid="agenda-board-status"
    />
  );

  const boardEditor = !boardless && (
    <Space wrap style={{ marginTop: 8 }}>
      <Typography.Text>Ban Thanh tra nhân dân hiện tại: bầu ngày</Typography.Text>
      <DatePicker
        aria-label="Ngày bầu Ban Thanh tra nhân dân hiện tại"
        format="DD/MM/YYYY"
        placeholder="dd/mm/yyyy"
        disabled={savingBoard}
        value={
          workspace.inspectionBoard?.electedOn ? dayjs(workspace.inspectionBoard.electedOn) : null
        }
        onChange={(d) => void saveBoard(d ? d.format('YYYY-MM-DD') : undefined)}
        data-testid="board-elected-on"
      />
      {!workspace.inspectionBoard && (
        <Typography.Text type="secondary">(chưa ghi nhận Ban nào)</Typography.Text>
      )}
    </Space>
  );

  if (draft.agenda.length === 0) {
    return (
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card size="small" title="Chương trình hội nghị">
            <Typography.Paragraph>
              Chương trình hội nghị gồm các bước a–i theo đúng thứ tự của Điều 51.4 Luật
              10/2022/QH15, đặt trong phần nghi thức quen thuộc (chào cờ, tuyên bố lý do, giới thiệu
              đại biểu, biểu quyết đoàn chủ tịch và thư ký, thông qua chương trình, khai mạc … bế
              mạc):
            </Typography.Paragraph>
            <ul style={{ marginTop: 0 }}>
              {STATUTORY_STEPS.map((s) => (
                <li key={s.letter}>
                  <Tag color="blue">{s.letter}</Tag>
                  {s.shortName}
                </li>
              ))}
            </ul>
            <Typography.Paragraph type="secondary">
              Chương trình mặc định điền sẵn tiêu đề, thời lượng và người trình bày (thủ trưởng, Chủ
              tịch Công đoàn theo danh sách cán bộ); bạn sửa lại tuỳ ý. Giờ của từng mục tính từ giờ
              bắt đầu {conference.startTime}.
            </Typography.Paragraph>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              loading={resetting}
              onClick={resetToDefault}
              data-testid="agenda-create-default"
            >
              Tạo chương trình mặc định
            </Button>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title="Ban Thanh tra nhân dân">
            {boardLine}
            {boardEditor}
          </Card>
        </Col>
      </Row>
    );
  }

  const selectedIndex = selectedId ? draft.agenda.findIndex((i) => i.id === selectedId) : -1;

  const presenterCell = (item: AgendaItem) => {
    const p = item.presenter;
    const person = p.personId ? peopleById.get(p.personId) : undefined;
    const guest = p.guestId ? conference.guests.find((g) => g.id === p.guestId) : undefined;
    const mode = presenterModes[item.id] ?? (person?.active ? 'person' : 'text');
    const setPresenter = (presenter: Presenter) => updateItem(item.id, { presenter });
    const toggle = () => {
      const next: PresenterMode = mode === 'person' ? 'text' : 'person';
      setPresenterModes({ ...presenterModes, [item.id]: next });
      if (next === 'text' && person) setPresenter({ name: person.fullName });
      if (next === 'person' && !person?.active) setPresenter({});
    };
    const textValue = p.name ?? person?.fullName ?? guest?.fullName ?? '';
    return (
      <div style={{ display: 'flex', gap: 4 }}>
        <Tooltip title={mode === 'person' ? 'Nhập tên tự do' : 'Chọn từ danh sách cán bộ'}>
          <Button
            aria-label={mode === 'person' ? 'Nhập tên tự do' : 'Chọn từ danh sách cán bộ'}
            icon={mode === 'person' ? <EditOutlined /> : <UserOutlined />}
            onClick={toggle}
          />
        </Tooltip>
        <div style={{ flex: 1, minWidth: 0 }}>
          {mode === 'person' ? (
            <PersonSelect
              ariaLabel="Người trình bày"
              people={people}
              value={person?.active ? person.id : undefined}
              onChange={(id) => setPresenter(id ? { personId: id } : {})}
            />
          ) : (
            <Input
              aria-label="Người trình bày"
              placeholder="Ví dụ: Đoàn Chủ tịch"
              value={textValue}
              onChange={(e) => setPresenter({ name: e.target.value })}
            />
          )}
        </div>
      </div>
    );
  };

  const last = draft.agenda.length - 1;

  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={14}>
          <Card
            size="small"
            title="Kiểm tra theo quy định (R7)"
            styles={{ body: { maxHeight: 320, overflowY: 'auto' } }}
          >
            {findings.length === 0 ? (
              <Typography.Text type="success" data-testid="agenda-ok">
                <CheckCircleOutlined /> Chương trình có đủ các bước và đúng thứ tự của Điều 51.4.
              </Typography.Text>
            ) : (
              findings.map((f, index) => (
                <Alert
                  key={`${index}-${f.message}`}
                  style={{ marginBottom: 8, cursor: f.itemId ? 'pointer' : undefined }}
                  showIcon
                  type={f.level === 'error' ? 'error' : f.level === 'warning' ? 'warning' : 'info'}
                  title={f.message}
                  description={
                    <small>
                      Căn cứ: {f.source}
                      {f.itemId ? ' — bấm để xem mục trong chương trình' : ''}
                    </small>
                  }
                  onClick={() => showFinding(f)}
                  data-testid="agenda-finding"
                  data-level={f.level}
                />
              ))
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title="Đoàn Chủ tịch và thư ký hội nghị" style={{ marginBottom: 16 }}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <div>
                <Typography.Text type="secondary">Đoàn Chủ tịch</Typography.Text>
                <Select
                  mode="multiple"
                  aria-label="Đoàn Chủ tịch"
                  style={{ width: '100%' }}
                  placeholder="Chọn các thành viên đoàn chủ tịch"
                  options={personOptions}
                  value={draft.presidium.presidiumIds}
                  showSearch={{
                    filterOption: (input, option) =>
                      (option?.search ?? '').includes(foldForSearch(input)),
                  }}
                  onChange={(presidiumIds: string[]) =>
                    commit({ ...draft, presidium: { ...draft.presidium, presidiumIds } })
                  }
                  data-testid="agenda-presidium"
                />
              </div>
              <div>
                <Typography.Text type="secondary">Thư ký (1–2 người)</Typography.Text>
                <Select
                  mode="multiple"
                  maxCount={2}
                  aria-label="Thư ký hội nghị"
                  style={{ width: '100%' }}
                  placeholder="Chọn thư ký hội nghị"
                  options={personOptions}
                  value={draft.presidium.secretaryIds}
                  showSearch={{
                    filterOption: (input, option) =>
                      (option?.search ?? '').includes(foldForSearch(input)),
                  }}
                  onChange={(secretaryIds: string[]) =>
                    commit({ ...draft, presidium: { ...draft.presidium, secretaryIds } })
                  }
                  data-testid="agenda-secretaries"
                />
              </div>
            </Space>
          </Card>
          <Card size="small" title="Ban Thanh tra nhân dân">
            {boardLine}
            {boardEditor}
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={
          <Space wrap>
            <span>Chương trình hội nghị</span>
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {draft.agenda.length} mục · bắt đầu {conference.startTime}
              {schedule.end ? ` · kết thúc ${schedule.end}` : ' · chưa tính được giờ kết thúc'} ·
              tổng thời lượng {formatLength(schedule.totalMinutes)}
            </Typography.Text>
          </Space>
        }
        extra={
          <Space>
            {saveIndicator}
            <Popconfirm
              title="Khôi phục chương trình mặc định?"
              description={`Chương trình hiện tại (${draft.agenda.length} mục), đoàn chủ tịch và thư ký sẽ được thay bằng chương trình mặc định.`}
              okText="Khôi phục"
              cancelText="Không"
              onConfirm={resetToDefault}
            >
              <Button icon={<UndoOutlined />} loading={resetting} data-testid="agenda-reset">
                Khôi phục chương trình mặc định
              </Button>
            </Popconfirm>
          </Space>
        }
      >
        {saveState.status === 'error' && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 8 }}
            title="Chưa lưu được chương trình — nội dung bạn nhập vẫn giữ trên màn hình."
            description={saveState.message}
            data-testid="agenda-save-error"
          />
        )}
        <div data-testid="agenda-table">
          <Table<AgendaItem>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={draft.agenda}
            tableLayout="fixed"
            scroll={{ x: 1060 }}
            onRow={(item) =>
              ({
                'data-testid': 'agenda-row',
                onClick: () => setSelectedId(item.id),
                style: item.id === selectedId ? { background: SELECTED_BACKGROUND } : undefined,
              }) as HTMLAttributes<HTMLElement>
            }
            columns={[
              {
                title: 'TT',
                key: 'index',
                width: 40,
                onCell: (item) => ({
                  style: problemsByItem.get(item.id)?.some((f) => f.level === 'error')
                    ? { borderLeft: ERROR_BORDER }
                    : undefined,
                }),
                render: (_: unknown, item, index) => {
                  const problems = problemsByItem.get(item.id);
                  if (!problems) return index + 1;
                  const hasError = problems.some((f) => f.level === 'error');
                  return (
                    <Tooltip title={problems.map((f) => f.message).join(' ')}>
                      <Typography.Text type={hasError ? 'danger' : 'warning'} strong>
                        {index + 1}
                      </Typography.Text>
                    </Tooltip>
                  );
                },
              },
              {
                title: 'Thời gian',
                key: 'time',
                width: 96,
                render: (_: unknown, item) => {
                  const slot = slotsById.get(item.id);
                  return (
                    <span style={{ whiteSpace: 'nowrap' }} data-testid="agenda-time">
                      {slot ? `${slot.start}–${slot.end}` : '—'}
                    </span>
                  );
                },
              },
              {
                title: 'Bước',
                key: 'letter',
                width: 56,
                render: (_: unknown, item) => {
                  const info = AGENDA_KIND_INFO[item.kind];
                  if (!info.letter && item.kind !== 'boardElection') return null;
                  return (
                    <Tooltip
                      title={`${info.letter ? `Bước ${info.letter}, Điều 51.4` : 'Thuộc bước e (bầu Ban Thanh tra nhân dân)'} — Căn cứ: ${info.source}`}
                    >
                      <Tag color={info.letter ? 'blue' : 'geekblue'} data-testid="agenda-letter">
                        {info.letter ?? 'e·bầu'}
                      </Tag>
                    </Tooltip>
                  );
                },
              },
              {
                title: 'Nội dung',
                key: 'title',
                render: (_: unknown, item) => (
                  <Input.TextArea
                    aria-label="Tiêu đề mục"
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    placeholder={AGENDA_KIND_INFO[item.kind].title}
                    status={item.title.trim() ? undefined : 'error'}
                    value={item.title}
                    onChange={(e) => updateItem(item.id, { title: e.target.value })}
                  />
                ),
              },
              {
                title: 'Phút',
                key: 'duration',
                width: 80,
                render: (_: unknown, item) => (
                  <InputNumber
                    aria-label="Thời lượng (phút)"
                    min={1}
                    max={MAX_ITEM_MINUTES}
                    precision={0}
                    style={{ width: '100%' }}
                    value={item.durationMinutes}
                    onChange={(v) => {
                      if (typeof v === 'number') updateItem(item.id, { durationMinutes: v });
                    }}
                  />
                ),
              },
              {
                title: 'Người trình bày, điều hành',
                key: 'presenter',
                width: 220,
                render: (_: unknown, item) => presenterCell(item),
              },
              {
                title: 'Ghi chú',
                key: 'notes',
                width: 160,
                render: (_: unknown, item) => (
                  <Input.TextArea
                    aria-label="Ghi chú"
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    value={item.notes}
                    onChange={(e) => updateItem(item.id, { notes: e.target.value })}
                  />
                ),
              },
              {
                title: '',
                key: 'actions',
                width: 104,
                render: (_: unknown, item, index) => (
                  <Space size={0}>
                    <Tooltip title="Chuyển lên">
                      <Button
                        type="text"
                        aria-label="Chuyển lên"
                        icon={<ArrowUpOutlined />}
                        disabled={index === 0}
                        onClick={() => move(index, -1)}
                        data-testid="agenda-move-up"
                      />
                    </Tooltip>
                    <Tooltip title="Chuyển xuống">
                      <Button
                        type="text"
                        aria-label="Chuyển xuống"
                        icon={<ArrowDownOutlined />}
                        disabled={index === last}
                        onClick={() => move(index, 1)}
                        data-testid="agenda-move-down"
                      />
                    </Tooltip>
                    <Popconfirm
                      title="Xoá mục này?"
                      description={`“${item.title.trim() || AGENDA_KIND_INFO[item.kind].title}”`}
                      okText="Xoá"
                      okButtonProps={{ danger: true }}
                      cancelText="Không"
                      onConfirm={() => remove(item.id)}
                    >
                      <Button
                        type="text"
                        danger
                        aria-label="Xoá mục"
                        icon={<DeleteOutlined />}
                        data-testid="agenda-delete"
                      />
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
            locale={{ emptyText: <Empty description="Chưa có mục nào." /> }}
          />
        </div>
        <Space wrap style={{ marginTop: 12 }}>
          <PlusOutlined />
          <Typography.Text>
            Thêm mục {selectedIndex >= 0 ? `sau mục ${selectedIndex + 1}` : 'vào cuối chương trình'}
            :
          </Typography.Text>
          <Select<AgendaKind>
            aria-label="Thêm mục"
            placeholder="Chọn loại mục…"
            style={{ width: 420 }}
            value={null}
            options={KIND_OPTIONS}
            showSearch={{
              filterOption: (input, option) =>
                (option?.search ?? '').includes(foldForSearch(input)),
            }}
            onChange={(kind) => addItem(kind)}
            data-testid="agenda-add"
          />
          {selectedIndex >= 0 && (
            <Button type="link" onClick={() => setSelectedId(undefined)}>
              Thêm vào cuối
            </Button>
          )}
        </Space>
      </Card>
    </>
  );
}
