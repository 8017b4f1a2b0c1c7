import { useMemo, useState, type HTMLAttributes } from 'react';
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
  Typography,
} from 'antd';
import {
  DeleteOutlined,
  PlusOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { Conference } from '../../../core/domain/conference';
import { boardStatus } from '../../../core/domain/boardStatus';
import { vietnamDate } from '../../../core/domain/vietnamTime';
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
import { request } from '../api';
import { PersonOrTextField, type PersonOrTextMode } from '../components/PersonOrTextField';
import { SaveIndicator } from '../components/SaveIndicator';
import { saveErrorText, useSaveQueue } from '../state/useSaveQueue';
import { useWorkspace } from '../state/WorkspaceContext';

/** The plan being edited: kept here, sent to the service a moment after the last change. */
interface Draft {
  conferenceId: string;
  tasks: PreparationTask[];
}

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

/** "tasks.5.title: …" → "Việc 6: …". */
function errorText(error: unknown): string {
  return saveErrorText(error, 'tasks', 'Việc');
}

function sendDraft(value: Draft): Promise<Conference> {
  return request('preparation:save', { id: value.conferenceId, tasks: value.tasks });
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
  const [ownerModes, setOwnerModes] = useState<Record<string, PersonOrTextMode>>({});
  const [resetting, setResetting] = useState(false);

  const save = useSaveQueue<Draft>({
    send: sendDraft,
    onSaved: onChange,
    errorText,
    delayMs: SAVE_DELAY_MS,
  });

  const setTasks = (tasks: PreparationTask[]) => {
    const next = { ...draft, tasks };
    setDraft(next);
    save.schedule(next);
  };
  const updateTask = (id: string, change: Partial<PreparationTask>) =>
    setTasks(draft.tasks.map((t) => (t.id === id ? { ...t, ...change } : t)));

  const resetToDefault = () => {
    setResetting(true);
    save.run(async () => {
      try {
        const next = await request('preparation:reset', { id: conference.id });
        setDraft(draftOf(next));
        setOwnerModes({});
        return next;
      } catch (error) {
        message.error(errorText(error));
        return undefined;
      } finally {
        setResetting(false);
      }
    });
  };

  // Today in local time, as the service would count it; fixed while the screen is open.
  const today = useMemo(() => vietnamDate(new Date()), []);
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
      const next: PersonOrTextMode = mode === 'person' ? 'text' : 'person';
      setOwnerModes({ ...ownerModes, [task.id]: next });
      if (next === 'text' && person) setOwner({ text: person.fullName });
      if (next === 'person' && !person?.active) setOwner({});
    };
    return (
      <PersonOrTextField
        mode={mode}
        onToggle={toggle}
        ariaLabel="Người thực hiện"
        placeholder="Ví dụ: Văn phòng"
        people={people}
        personId={person?.active ? person.id : undefined}
        text={o.text ?? person?.fullName ?? ''}
        onPersonChange={(id) => setOwner(id ? { personId: id } : {})}
        onTextChange={(text) => setOwner({ text })}
      />
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
          <SaveIndicator state={save.state} testId="preparation-save-status" />
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
      {save.state.status === 'error' && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title="Chưa lưu được kế hoạch chuẩn bị — nội dung bạn nhập vẫn giữ trên màn hình."
          description={save.state.message}
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
