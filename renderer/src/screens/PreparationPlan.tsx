import { useCallback, useEffect, useMemo, useRef, useState, type HTMLAttributes } from 'react';
import dayjs from 'dayjs';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import {
  CheckCircleOutlined,
  DeleteOutlined,
  EditOutlined,
  ExclamationCircleOutlined,
  LoadingOutlined,
  PlusOutlined,
  UndoOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Conference } from '../../../core/domain/conference';
import { boardStatus } from '../../../core/domain/boardStatus';
import { toIsoDate } from '../../../core/domain/dates';
import { newId } from '../../../core/domain/ids';
import {
  PREPARATION_TASK_INFO,
  PREPARATION_TASK_KINDS,
  TASK_STATUS_LABELS,
  newPreparationTask,
  preparationFindings,
  preparationSummary,
  taskStatus,
  type PreparationTask,
  type PreparationTaskKind,
  type TaskOwner,
  type TaskStatus,
} from '../../../core/domain/preparationPlan';
import { foldForSearch } from '../../../core/domain/vietnamese';
import { ApiError, request } from '../api';
import { PersonSelect } from '../components/PersonSelect';
import { useWorkspace } from '../state/WorkspaceContext';

/** The plan being edited: kept here, sent to the service a moment after the last change. */
interface Draft {
  conferenceId: string;
  tasks: PreparationTask[];
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

type OwnerMode = 'person' | 'text';

const SAVE_DELAY_MS = 600;
const STATUS_COLORS: Record<TaskStatus, string> = {
  done: 'green',
  overdue: 'red',
  dueSoon: 'orange',
  open: 'default',
};
const OVERDUE_BACKGROUND = '#fff1f0';
const OVERDUE_BORDER = '3px solid #ff4d4f';

function draftOf(c: Conference): Draft {
  return { conferenceId: c.id, tasks: c.preparationTasks };
}

/** "tasks.5.title: …" → "Việc 6: …": the user counts rows from 1 and never sees field paths. */
function issueText(issue: string): string {
  const match = /^tasks\.(\d+)\.[^:]*: (.*)$/.exec(issue);
  return match ? `Việc ${Number(match[1]) + 1}: ${match[2]}` : issue;
}

function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Không kết nối được tới ứng dụng.';
  const issues = error.payload.issues.slice(0, 3).map(issueText);
  return issues.length > 0
    ? `${error.payload.message} (${issues.join('; ')})`
    : error.payload.message;
}

const KIND_OPTIONS = PREPARATION_TASK_KINDS.map((kind) => ({
  value: kind,
  label: PREPARATION_TASK_INFO[kind].title,
  search: foldForSearch(PREPARATION_TASK_INFO[kind].title),
}));

/**
 * The preparation plan (D1, R8): what to prepare, who does it and by when, counted back from the
 * conference date; each task's status is computed from today's date. Edits stay local and are
 * saved 600 ms after the last change, so typing never waits for the disk.
 */
export function PreparationPlan({
  conference,
  onChange,
}: {
  conference: Conference;
  onChange(c: Conference): void;
}) {
  const { message } = App.useApp();
  const { workspace, peopleById, rules } = useWorkspace();
  const people = workspace.people;

  const [draft, setDraft] = useState<Draft>(() => draftOf(conference));
  if (draft.conferenceId !== conference.id) setDraft(draftOf(conference));
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const [ownerModes, setOwnerModes] = useState<Record<string, OwnerMode>>({});
  const [resetting, setResetting] = useState(false);

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
        const saved = await request('preparation:save', {
          id: value.conferenceId,
          tasks: value.tasks,
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

  const setTasks = (tasks: PreparationTask[]) => {
    const next = { ...draft, tasks };
    setDraft(next);
    const q = queue.current;
    q.pending = next;
    if (q.timer !== undefined) window.clearTimeout(q.timer);
    q.timer = window.setTimeout(flush, SAVE_DELAY_MS);
    setSaveState({ status: 'saving' });
  };
  const updateTask = (id: string, change: Partial<PreparationTask>) =>
    setTasks(draft.tasks.map((t) => (t.id === id ? { ...t, ...change } : t)));

  const resetToDefault = () => {
    const q = queue.current;
    if (q.timer !== undefined) window.clearTimeout(q.timer);
    q.timer = undefined;
    q.pending = undefined;
    setResetting(true);
    enqueue(async () => {
      try {
        const next = await request('preparation:reset', { id: conference.id });
        setDraft(draftOf(next));
        setOwnerModes({});
        setSaveState({ status: 'saved' });
        onChangeRef.current(next);
      } catch (error) {
        message.error(errorText(error));
      } finally {
        setResetting(false);
      }
    });
  };

  // Today in local time, as the service would count it; fixed while the screen is open.
  const today = useMemo(() => toIsoDate(new Date()), []);
  const board = useMemo(
    () => boardStatus(workspace.inspectionBoard, conference, people, rules),
    [workspace.inspectionBoard, conference, people, rules],
  );
  const summary = useMemo(() => preparationSummary(draft.tasks, today), [draft.tasks, today]);
  const findings = useMemo(
    () =>
      preparationFindings(draft.tasks, {
        form: conference.form,
        hasBoard: board.hasBoard,
        electionDue: board.due,
      }),
    [draft.tasks, conference.form, board],
  );

  const addTask = (kind: PreparationTaskKind) => {
    const task = newPreparationTask(kind, { conference, people, newId });
    setTasks([...draft.tasks, task]);
    window.setTimeout(() => {
      const row = document.querySelector(`[data-row-key="${CSS.escape(task.id)}"]`);
      row?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }, 50);
  };

  const saveIndicator =
    saveState.status === 'saving' ? (
      <Typography.Text type="secondary" data-testid="preparation-save-status">
        <LoadingOutlined /> Đang lưu…
      </Typography.Text>
    ) : saveState.status === 'saved' ? (
      <Typography.Text type="success" data-testid="preparation-save-status">
        <CheckCircleOutlined /> Đã lưu
      </Typography.Text>
    ) : saveState.status === 'error' ? (
      <Typography.Text type="danger" data-testid="preparation-save-status">
        <ExclamationCircleOutlined /> Chưa lưu được
      </Typography.Text>
    ) : (
      <Typography.Text type="secondary">Thay đổi được lưu tự động</Typography.Text>
    );

  if (draft.tasks.length === 0) {
    return (
      <Card size="small" title="Kế hoạch chuẩn bị hội nghị" style={{ maxWidth: 860 }}>
        <Typography.Paragraph>
          Thủ trưởng phối hợp với Ban Chấp hành Công đoàn thống nhất kế hoạch tổ chức hội nghị (Điều
          52.1 Luật 10/2022/QH15). Danh sách việc chuẩn bị gồm các báo cáo mà hội nghị cần theo Điều
          51.3, 51.4 (báo cáo của thủ trưởng, của Ban Chấp hành Công đoàn
          {board.hasBoard ? ', của Ban Thanh tra nhân dân' : ''}, giao ước thi đua
          {board.due ? ', danh sách đề cử Ban Thanh tra nhân dân' : ''}), việc lấy ý kiến người lao
          động, giấy mời, danh sách điểm danh và hội trường.
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">
          {conference.date
            ? 'Hạn của từng việc được tính lùi từ ngày tổ chức hội nghị; người thực hiện điền sẵn theo danh sách cán bộ. Bạn sửa lại tuỳ ý.'
            : 'Hội nghị chưa có ngày tổ chức: các việc sẽ chưa có hạn. Hãy nhập ngày ở tab “Thiết lập” trước để hạn được tính lùi từ ngày hội nghị.'}
        </Typography.Paragraph>
        <Button
          type="primary"
          icon={<UnorderedListOutlined />}
          loading={resetting}
          onClick={resetToDefault}
          data-testid="preparation-create-default"
        >
          Lập danh sách việc chuẩn bị
        </Button>
      </Card>
    );
  }

  const ownerCell = (task: PreparationTask) => {
    const o = task.owner;
    const person = o.personId ? peopleById.get(o.personId) : undefined;
    const mode = ownerModes[task.id] ?? (person?.active ? 'person' : 'text');
    const setOwner = (owner: TaskOwner) => updateTask(task.id, { owner });
    const toggle = () => {
      const next: OwnerMode = mode === 'person' ? 'text' : 'person';
      setOwnerModes({ ...ownerModes, [task.id]: next });
      if (next === 'text' && person) setOwner({ text: person.fullName });
      if (next === 'person' && !person?.active) setOwner({});
    };
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
              ariaLabel="Người thực hiện"
              people={people}
              value={person?.active ? person.id : undefined}
              onChange={(id) => setOwner(id ? { personId: id } : {})}
            />
          ) : (
            <Input
              aria-label="Người thực hiện"
              placeholder="Ví dụ: Văn phòng"
              value={o.text ?? person?.fullName ?? ''}
              onChange={(e) => setOwner({ text: e.target.value })}
            />
          )}
        </div>
      </div>
    );
  };

  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>Kế hoạch chuẩn bị hội nghị</span>
          <Typography.Text
            type="secondary"
            style={{ fontWeight: 'normal' }}
            data-testid="preparation-summary"
          >
            Tổng {summary.total} việc · đã xong {summary.done} ·{' '}
            <Typography.Text type={summary.overdue > 0 ? 'danger' : 'secondary'}>
              quá hạn {summary.overdue}
            </Typography.Text>{' '}
            ·{' '}
            <Typography.Text type={summary.dueSoon > 0 ? 'warning' : 'secondary'}>
              sắp đến hạn {summary.dueSoon}
            </Typography.Text>{' '}
            · chưa làm {summary.open}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space>
          {saveIndicator}
          <Popconfirm
            title="Khôi phục danh sách mặc định?"
            description={`Danh sách hiện tại (${draft.tasks.length} việc) sẽ được thay bằng danh sách mặc định.`}
            okText="Khôi phục"
            cancelText="Không"
            onConfirm={resetToDefault}
          >
            <Button icon={<UndoOutlined />} loading={resetting} data-testid="preparation-reset">
              Khôi phục danh sách mặc định
            </Button>
          </Popconfirm>
        </Space>
      }
    >
      {!conference.date && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title="Hội nghị chưa có ngày tổ chức: việc chưa có hạn sẽ không bị tính quá hạn. Nhập ngày ở tab “Thiết lập”, rồi chọn hạn cho từng việc."
        />
      )}
      {findings.map((f) => (
        <Alert
          key={f.message}
          type={f.level === 'error' ? 'error' : f.level === 'warning' ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 8 }}
          title={f.message}
          description={<small>Căn cứ: {f.source}</small>}
          data-testid="preparation-finding"
        />
      ))}
      {saveState.status === 'error' && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title="Chưa lưu được kế hoạch chuẩn bị — nội dung bạn nhập vẫn giữ trên màn hình."
          description={saveState.message}
          data-testid="preparation-save-error"
        />
      )}
      <div data-testid="preparation-table">
        <Table<PreparationTask>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={draft.tasks}
          tableLayout="fixed"
          scroll={{ x: 1040 }}
          onRow={(task) =>
            ({
              'data-testid': 'preparation-row',
              'data-status': taskStatus(task, today),
              style:
                taskStatus(task, today) === 'overdue'
                  ? { background: OVERDUE_BACKGROUND }
                  : undefined,
            }) as HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: 'Xong',
              key: 'done',
              width: 56,
              align: 'center',
              onCell: (task) => ({
                style:
                  taskStatus(task, today) === 'overdue'
                    ? { borderLeft: OVERDUE_BORDER }
                    : undefined,
              }),
              render: (_: unknown, task) => (
                <Checkbox
                  aria-label="Đã xong"
                  checked={task.done}
                  onChange={(e) => updateTask(task.id, { done: e.target.checked })}
                />
              ),
            },
            {
              title: 'Công việc',
              key: 'title',
              render: (_: unknown, task) => (
                <Input.TextArea
                  aria-label="Tên công việc"
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  status={task.title.trim() ? undefined : 'error'}
                  placeholder="Tên công việc"
                  value={task.title}
                  onChange={(e) => updateTask(task.id, { title: e.target.value })}
                />
              ),
            },
            {
              title: 'Người thực hiện',
              key: 'owner',
              width: 240,
              render: (_: unknown, task) => ownerCell(task),
            },
            {
              title: 'Hạn',
              key: 'dueDate',
              width: 136,
              render: (_: unknown, task) => (
                <DatePicker
                  aria-label="Hạn hoàn thành"
                  format="DD/MM/YYYY"
                  placeholder="dd/mm/yyyy"
                  style={{ width: '100%' }}
                  value={task.dueDate ? dayjs(task.dueDate) : null}
                  onChange={(d) =>
                    updateTask(task.id, { dueDate: d ? d.format('YYYY-MM-DD') : undefined })
                  }
                />
              ),
            },
            {
              title: 'Trạng thái',
              key: 'status',
              width: 112,
              render: (_: unknown, task) => {
                const status = taskStatus(task, today);
                return (
                  <Tag color={STATUS_COLORS[status]} data-testid="preparation-status">
                    {TASK_STATUS_LABELS[status]}
                  </Tag>
                );
              },
            },
            {
              title: 'Ghi chú',
              key: 'notes',
              width: 170,
              render: (_: unknown, task) => (
                <Input.TextArea
                  aria-label="Ghi chú"
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  value={task.notes}
                  onChange={(e) => updateTask(task.id, { notes: e.target.value })}
                />
              ),
            },
            {
              title: '',
              key: 'actions',
              width: 48,
              render: (_: unknown, task) => (
                <Popconfirm
                  title="Xoá việc này?"
                  description={`“${task.title.trim() || PREPARATION_TASK_INFO[task.kind].title}”`}
                  okText="Xoá"
                  okButtonProps={{ danger: true }}
                  cancelText="Không"
                  onConfirm={() => setTasks(draft.tasks.filter((t) => t.id !== task.id))}
                >
                  <Button
                    type="text"
                    danger
                    aria-label="Xoá việc"
                    icon={<DeleteOutlined />}
                    data-testid="preparation-delete"
                  />
                </Popconfirm>
              ),
            },
          ]}
        />
      </div>
      <Space wrap style={{ marginTop: 12 }}>
        <PlusOutlined />
        <Typography.Text>Thêm việc:</Typography.Text>
        <Select<PreparationTaskKind>
          aria-label="Thêm việc"
          placeholder="Chọn việc cần chuẩn bị, hoặc “Việc khác”…"
          style={{ width: 520 }}
          value={null}
          options={KIND_OPTIONS}
          showSearch={{
            filterOption: (input, option) => (option?.search ?? '').includes(foldForSearch(input)),
          }}
          onChange={(kind) => addTask(kind)}
          data-testid="preparation-add"
        />
      </Space>
    </Card>
  );
}
