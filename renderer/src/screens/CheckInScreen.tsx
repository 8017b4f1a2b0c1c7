import { useWriteQueue } from '../state/useWriteQueue';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { Alert, Button, Col, Empty, Input, Modal, Row, Space, Tabs, Typography } from 'antd';
import type { InputRef } from 'antd';
import { SearchOutlined, UndoOutlined } from '@ant-design/icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { format, parseISO } from 'date-fns';
import {
  ATTENDANCE_HISTORY_LIMIT,
  type AttendanceChange,
  type AttendanceEntry,
  type Conference,
} from '../../../core/domain/conference';
import type { Person } from '../../../core/domain/person';
import {
  attendanceCounts,
  createCheckInIndex,
  isWordStartMatch,
  rosterNumberTyped,
  searchCheckIn,
} from '../../../core/domain/checkInSearch';
import { conferenceQuorum, quorumBaseIds } from '../../../core/domain/conferenceRules';
import { errorText, request } from '../api';
import { ELLIPSIS_CELL, gridRowStyle } from '../components/gridRowStyle';
import { KeyFeedback, type Feedback } from '../components/KeyFeedback';
import { QuorumPanel } from '../components/QuorumPanel';
import { useWorkspace } from '../state/WorkspaceContext';

export interface CheckInScreenProps {
  /** The conference as loaded by the parent, which owns it. */
  conference: Conference;
  /** Every local change (optimistic, then confirmed or put back) is reported here. */
  onChange(conference: Conference): void;
}

type Filter = 'all' | 'notYet' | 'present' | 'absent';
type Status = 'present' | 'absent' | null;

const ROW_HEIGHT = 48;
const integer = new Intl.NumberFormat('vi-VN');
const PAGE_STEP = 10;
const GRID_COLUMNS =
  '64px minmax(160px, 2fr) minmax(120px, 1.4fr) minmax(100px, 1fr) minmax(130px, 170px) 240px';
const LIST_HEADER = (
  <div
    role="presentation"
    style={{
      display: 'grid',
      gridTemplateColumns: GRID_COLUMNS,
      gap: 8,
      padding: '0 12px',
      fontWeight: 600,
      color: 'rgba(0, 0, 0, 0.65)',
    }}
  >
    <span>STT</span>
    <span>Họ và tên</span>
    <span>Phòng, ban</span>
    <span>Chức vụ</span>
    <span>Trạng thái</span>
    <span />
  </div>
);
/**
 * Plain CSS ellipsis: antd's Typography ellipsis measures every cell in JavaScript, which cost tens
 * of milliseconds per keystroke with a screenful of rows.
 */
/** Status badges drawn like antd's success/warning Tag, without a component per row. */
const BADGE = {
  ...ELLIPSIS_CELL,
  justifySelf: 'start',
  maxWidth: '100%',
  padding: '0 8px',
  borderRadius: 4,
  border: '1px solid',
  fontSize: 14,
  lineHeight: '22px',
} as const;
const PRESENT_BADGE = { color: '#389e0d', background: '#f6ffed', borderColor: '#b7eb8f' } as const;
const ABSENT_BADGE = { color: '#d46b08', background: '#fff7e6', borderColor: '#ffd591' } as const;
/** What officers most often write on the attendance sheet next to an absent name. */
const COMMON_ABSENCE_REASONS = ['Ốm', 'Công tác', 'Nghỉ phép', 'Việc riêng'] as const;
function describeEntry(entry: AttendanceEntry | null | undefined): string {
  if (!entry) return 'chưa điểm danh';
  if (entry.status === 'present') return 'có mặt';
  return entry.reason ? `vắng (${entry.reason})` : 'vắng';
}

function timeOf(entry: AttendanceEntry): string {
  try {
    return format(parseISO(entry.at), 'HH:mm');
  } catch {
    return entry.at;
  }
}

/** The conference with one person's entry replaced (or removed for null). */
function withEntry(c: Conference, personId: string, entry: AttendanceEntry | null): Conference {
  const attendance = { ...c.attendance };
  if (entry) attendance[personId] = entry;
  else delete attendance[personId];
  return { ...c, attendance };
}

/**
 * Check-in on the day (DOMAIN.md step 5): type a name without accents or a roster number, press
 * Enter, and the person is present; the quorum (R1, Luật 10/2022 Điều 51.2.c) updates at once.
 * Built for a queue of 2,400 people: the search index is built once per roster, each keystroke
 * searches precomputed strings, the list is virtualised, and marks are applied locally at once and
 * sent to the service in order, so typing never waits for the disk or the network.
 */
export function CheckInScreen({ conference, onChange }: CheckInScreenProps) {
  const { workspace, rules, peopleById } = useWorkspace();
  const people = workspace.people;

  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [activeIndex, setActiveIndex] = useState(0);
  // With an empty box, Enter marks someone only after ↑/↓ chose them: a stray Enter must not mark
  // the first name of the list.
  const [chosenByKeys, setChosenByKeys] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [pending, setPending] = useState(0);
  const [absentFor, setAbsentFor] = useState<Person | null>(null);
  const [reason, setReason] = useState('');

  const inputRef = useRef<InputRef>(null);
  const reasonRef = useRef<InputRef>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const listId = useId();

  // The latest conference, including local changes the parent has not rendered back yet: two
  // quick Enters must both see the first one (no double count, no lost mark).
  const latest = useRef(conference);
  useEffect(() => {
    latest.current = conference;
  }, [conference]);
  // Calls go to the service one after another, in the order the officer made them, so the
  // service's undo history matches what is on screen.
  const write = useWriteQueue();

  // Built once per roster (≈ 10–25 ms at 2,400 people), never per keystroke or per mark.
  const index = useMemo(() => createCheckInIndex(people), [people]);
  const baseIds = useMemo(() => quorumBaseIds(conference, people), [conference, people]);
  const quorum = useMemo(
    () => conferenceQuorum(conference, people, rules),
    [conference, people, rules],
  );
  const counts = useMemo(
    () => attendanceCounts(conference, people, baseIds),
    [conference, people, baseIds],
  );

  // Only the quorum base is listed: guests are not counted, and at a delegates' conference the
  // staff who were not summoned do not attend as members (Điều 51.2.c).
  const rows = useMemo(() => {
    const matches = searchCheckIn(index, query, people.length);
    return matches.filter((p) => {
      if (!baseIds.has(p.id)) return false;
      if (filter === 'all') return true;
      const status = conference.attendance[p.id]?.status;
      if (filter === 'notYet') return status === undefined;
      return status === filter;
    });
  }, [index, query, people.length, baseIds, filter, conference.attendance]);

  const active = rows.length === 0 ? -1 : Math.min(activeIndex, rows.length - 1);
  const highlighted = active >= 0 ? rows[active] : undefined;

  // The rule warns that the React Compiler cannot memoise around the virtualizer. The project does
  // not run the compiler (vite.config.ts uses plain plugin-react), so nothing is lost.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (i) => rows[i]?.id ?? i,
  });

  const focusSearch = useCallback(() => inputRef.current?.focus(), []);
  // Only when needed: an unconditional scrollTo forced a layout on every keystroke.
  const scrollListToTop = useCallback(() => {
    const list = listRef.current;
    if (list && list.scrollTop !== 0) list.scrollTo({ top: 0 });
  }, []);

  const commit = useCallback(
    (change: (c: Conference) => Conference) => {
      const next = change(latest.current);
      if (next === latest.current) return;
      latest.current = next;
      onChange(next);
    },
    [onChange],
  );

  const enqueue = useCallback(
    (task: () => Promise<void>) => {
      setPending((n) => n + 1);
      write(task, () => setPending((n) => n - 1));
    },
    [write],
  );

  const resetSearch = useCallback(() => {
    setQuery('');
    setActiveIndex(0);
    setChosenByKeys(false);
    scrollListToTop();
    focusSearch();
  }, [focusSearch, scrollListToTop]);

  const mark = useCallback(
    (person: Person, status: Status, absenceReason = '') => {
      const current = latest.current;
      const before = current.attendance[person.id] ?? null;
      if (status === 'present' && before?.status === 'present') {
        // Counting someone twice would overstate the quorum.
        setFeedback({
          kind: 'info',
          text: `${person.fullName} đã có mặt từ ${timeOf(before)} — không tính thêm lần nữa.`,
        });
        resetSearch();
        return;
      }
      if (status === null && !before) {
        setFeedback({ kind: 'info', text: `${person.fullName} chưa được điểm danh.` });
        focusSearch();
        return;
      }
      const reasonText = status === 'absent' ? absenceReason.trim() : '';
      const after: AttendanceEntry | null =
        status === null ? null : { status, reason: reasonText, at: new Date().toISOString() };
      const change: AttendanceChange = { personId: person.id, before, after };

      // Optimistic: the screen and the quorum change now; the service confirms below.
      commit((c) => ({
        ...withEntry(c, person.id, after),
        attendanceHistory: [...c.attendanceHistory, change].slice(-ATTENDANCE_HISTORY_LIMIT),
      }));
      const was = before && status === 'present' ? ` (trước đó ghi ${describeEntry(before)})` : '';
      setFeedback({
        kind: 'success',
        text:
          status === null
            ? `✓ ${person.fullName} — đã xoá điểm danh`
            : `✓ ${person.fullName} — ${describeEntry(after)}${was}`,
      });
      // Clear the box whatever was recorded: the next name can be typed at once.
      resetSearch();

      const conferenceId = current.id;
      enqueue(async () => {
        try {
          const result = await request('attendance:mark', {
            conferenceId,
            personId: person.id,
            status,
            reason: reasonText,
          });
          // Take the service's entry (its time stamp), unless the officer changed this person again.
          commit((c) => {
            if ((c.attendance[person.id] ?? null) !== after) return c;
            const history = c.attendanceHistory.map((h) =>
              h === change ? { ...change, after: result.entry } : h,
            );
            return { ...withEntry(c, person.id, result.entry), attendanceHistory: history };
          });
        } catch (error) {
          commit((c) => {
            const history = c.attendanceHistory.filter((h) => h !== change);
            const untouched = (c.attendance[person.id] ?? null) === after;
            return {
              ...(untouched ? withEntry(c, person.id, before) : c),
              attendanceHistory: history,
            };
          });
          setFeedback({
            kind: 'error',
            text: `Chưa ghi được điểm danh của ${person.fullName}: ${errorText(error)} Trạng thái trước đó đã được trả lại.`,
          });
        }
      });
    },
    [commit, enqueue, focusSearch, resetSearch],
  );

  const undo = useCallback(() => {
    const current = latest.current;
    const last = current.attendanceHistory.at(-1);
    focusSearch();
    if (!last) {
      setFeedback({ kind: 'info', text: 'Không còn thao tác điểm danh nào để hoàn tác.' });
      return;
    }
    commit((c) => ({
      ...withEntry(c, last.personId, last.before),
      attendanceHistory: c.attendanceHistory.slice(0, -1),
    }));
    const name = peopleById.get(last.personId)?.fullName ?? 'Người không còn trong danh sách';
    setFeedback({
      kind: 'success',
      text: `↶ Đã hoàn tác: ${name} — ${describeEntry(last.before)}`,
    });

    const conferenceId = current.id;
    enqueue(async () => {
      try {
        const result = await request('attendance:undo', { conferenceId });
        if (result.personId === last.personId) {
          const personId = result.personId;
          commit((c) =>
            (c.attendance[personId] ?? null) === last.before
              ? withEntry(c, personId, result.entry)
              : c,
          );
          return;
        }
        // The service undid something else (another window changed this conference): show
        // what it holds rather than guess.
        const fresh = await request('conference:get', { id: conferenceId });
        commit(() => fresh);
      } catch (error) {
        commit((c) => ({
          ...((c.attendance[last.personId] ?? null) === last.before
            ? withEntry(c, last.personId, last.after)
            : c),
          attendanceHistory: [...c.attendanceHistory, last],
        }));
        setFeedback({
          kind: 'error',
          text: `Chưa hoàn tác được: ${errorText(error)} Trạng thái trước đó đã được trả lại.`,
        });
      }
    });
  }, [commit, enqueue, focusSearch, peopleById]);

  const openAbsent = useCallback((person: Person | undefined) => {
    if (!person) return;
    const entry = latest.current.attendance[person.id];
    setReason(entry?.status === 'absent' ? entry.reason : '');
    setAbsentFor(person);
  }, []);

  const confirmAbsent = useCallback(
    (chosenReason: string) => {
      if (!absentFor) return;
      const person = absentFor;
      setAbsentFor(null);
      mark(person, 'absent', chosenReason);
    },
    [absentFor, mark],
  );

  const moveTo = (target: number) => {
    if (rows.length === 0) return;
    const next = Math.max(0, Math.min(rows.length - 1, target));
    setActiveIndex(next);
    setChosenByKeys(true);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  /** Why Enter found nobody to mark: not on the list (and why), or hidden by the filter tab. */
  const explainNoMatch = (typed: string, wordStartsOnly = false): string => {
    const number = rosterNumberTyped(typed);
    const candidates = searchCheckIn(index, typed, people.length).filter((p) =>
      number !== null
        ? p.rosterNo === number
        : !wordStartsOnly || isWordStartMatch(typed, p.fullName),
    );
    const listed = candidates.find((p) => baseIds.has(p.id));
    if (listed) {
      return `${listed.fullName} (số ${listed.rosterNo}) — ${describeEntry(conference.attendance[listed.id])} — không nằm trong mục đang xem; chọn “Tất cả” để thấy.`;
    }
    const outside = candidates[0];
    if (outside) {
      const why = !outside.active
        ? 'đã thôi làm việc tại đơn vị'
        : 'không được triệu tập làm đại biểu';
      return `${outside.fullName} (số ${outside.rosterNo}) không có trong danh sách điểm danh: ${why}.`;
    }
    return number !== null
      ? `Không có ai số thứ tự ${number} trong danh sách điểm danh.`
      : `Không tìm thấy “${typed}” trong danh sách điểm danh.`;
  };

  const onSearchKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter also ends an IME composition (macOS Vietnamese input): that one is not a check-in.
    if (e.nativeEvent.isComposing) return;
    const ctrl = e.ctrlKey || e.metaKey;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      moveTo(active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'PageDown' || e.key === 'PageUp') {
      e.preventDefault();
      moveTo(active + (e.key === 'PageDown' ? PAGE_STEP : -PAGE_STEP));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const typed = query.trim();
      const number = rosterNumberTyped(typed);
      if (!highlighted) {
        setFeedback({
          kind: 'warning',
          text: typed ? explainNoMatch(typed) : 'Danh sách điểm danh đang trống.',
        });
      } else if (!typed && !chosenByKeys) {
        setFeedback({
          kind: 'info',
          text: 'Gõ tên hoặc số thứ tự rồi nhấn Enter (hoặc chọn bằng ↑/↓ trước).',
        });
      } else if (number !== null && !chosenByKeys && highlighted.rosterNo !== number) {
        // "6" lists 60, 61… when number 6 is not on the list: marking number 60 would be wrong.
        setFeedback({
          kind: 'warning',
          text: `${explainNoMatch(typed)} Dùng ↑/↓ nếu muốn chọn một người trong danh sách dưới.`,
        });
      } else if (
        number === null &&
        !chosenByKeys &&
        !isWordStartMatch(typed, highlighted.fullName)
      ) {
        setFeedback({
          kind: 'warning',
          text: `${explainNoMatch(typed, true)} Người gần nhất: ${highlighted.fullName} — dùng ↑/↓ để chọn rồi nhấn Enter.`,
        });
      } else {
        mark(highlighted, 'present');
      }
    } else if (e.altKey && (e.code === 'KeyV' || e.code === 'KeyX')) {
      e.preventDefault();
      if (!highlighted) {
        setFeedback({ kind: 'info', text: 'Chưa chọn ai: gõ tên hoặc số thứ tự trước.' });
      } else if (e.code === 'KeyV') {
        openAbsent(highlighted);
      } else {
        mark(highlighted, null);
      }
    } else if (ctrl && !e.shiftKey && e.code === 'KeyZ' && query === '') {
      e.preventDefault();
      undo();
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      resetSearch();
    }
  };

  const changeFilter = useCallback(
    (key: string) => {
      if (key === 'all' || key === 'notYet' || key === 'present' || key === 'absent') {
        setFilter(key);
      }
      setActiveIndex(0);
      setChosenByKeys(false);
      scrollListToTop();
      focusSearch();
    },
    [focusSearch, scrollListToTop],
  );

  const undoable = conference.attendanceHistory.length;
  const baseCount = counts.present + counts.absent + counts.notYet;
  const delegates = conference.form === 'delegates';
  const activeRowId = highlighted ? `${listId}-${active}` : undefined;

  // Parts that do not change while the officer types are kept as the same elements, so React skips
  // them on each keystroke (measured: the whole screen re-rendering cost ≈ 25 ms per key).
  const quorumPanel = useMemo(() => <QuorumPanel quorum={quorum} rules={rules} />, [quorum, rules]);
  const filterTabs = useMemo(
    () => (
      <Tabs
        size="small"
        activeKey={filter}
        onChange={changeFilter}
        style={{ marginBottom: -16 }}
        items={[
          { key: 'all', label: `Tất cả (${integer.format(baseCount)})` },
          { key: 'notYet', label: `Chưa điểm danh (${integer.format(counts.notYet)})` },
          { key: 'present', label: `Có mặt (${integer.format(counts.present)})` },
          { key: 'absent', label: `Vắng (${integer.format(counts.absent)})` },
        ]}
      />
    ),
    [filter, changeFilter, baseCount, counts],
  );
  const undoButton = useMemo(
    () => (
      <Button
        data-testid="checkin-undo"
        icon={<UndoOutlined />}
        disabled={undoable === 0}
        onClick={undo}
        title="Hoàn tác thao tác điểm danh gần nhất (Ctrl+Z khi ô tìm trống)"
      >
        Hoàn tác ({undoable})
      </Button>
    ),
    [undoable, undo],
  );
  const absentPrompt = useMemo(
    () => (
      <Modal
        open={absentFor !== null}
        title={absentFor ? `Vắng mặt — ${absentFor.fullName}` : 'Vắng mặt'}
        okText="Ghi vắng"
        cancelText="Huỷ"
        onOk={() => confirmAbsent(reason)}
        onCancel={() => setAbsentFor(null)}
        afterOpenChange={(open) => {
          if (open) reasonRef.current?.focus();
          else focusSearch();
        }}
        destroyOnHidden
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input
            ref={reasonRef}
            aria-label="Lý do vắng"
            placeholder="Lý do vắng (có thể để trống)"
            maxLength={300}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            onPressEnter={() => confirmAbsent(reason)}
          />
          <Space wrap>
            {COMMON_ABSENCE_REASONS.map((r) => (
              <Button key={r} onClick={() => confirmAbsent(r)}>
                {r}
              </Button>
            ))}
          </Space>
        </Space>
      </Modal>
    ),
    [absentFor, reason, confirmAbsent, focusSearch],
  );
  const formNotice = useMemo(
    () => (
      <Alert
        type="info"
        showIcon
        title={
          delegates
            ? `Hội nghị đại biểu: chỉ liệt kê ${integer.format(baseCount)} đại biểu được triệu tập; người không được triệu tập không điểm danh ở đây. Khách mời không tính vào số người tham dự.`
            : `Hội nghị toàn thể: liệt kê ${integer.format(baseCount)} người đang làm việc tại đơn vị. Khách mời không tính vào số người tham dự nên không có ở đây.`
        }
      />
    ),
    [delegates, baseCount],
  );

  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={{ span: 24, order: 2 }} xl={{ span: 17, order: 1 }}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Input
              ref={inputRef}
              autoFocus
              size="large"
              data-testid="checkin-search"
              role="combobox"
              aria-label="Tìm người để điểm danh"
              aria-expanded
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={activeRowId}
              autoComplete="off"
              spellCheck={false}
              prefix={<SearchOutlined />}
              placeholder="Gõ tên (không cần dấu) hoặc số thứ tự rồi nhấn Enter"
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setActiveIndex(0);
                setChosenByKeys(false);
                scrollListToTop();
              }}
              onKeyDown={onSearchKeyDown}
              style={{ fontSize: 20, height: 52 }}
            />
            <div
              style={{
                minHeight: 28,
                display: 'flex',
                flexWrap: 'wrap',
                gap: 12,
                alignItems: 'center',
              }}
            >
              <KeyFeedback
                feedback={feedback}
                testId="checkin-feedback"
                fontSize={18}
                hint="Enter: có mặt · ↑/↓ hoặc nhấp: chọn dòng · nhấp đúp: có mặt · Alt+V: vắng · Alt+X: xoá điểm danh · Ctrl+Z (ô tìm trống): hoàn tác · Esc: xoá ô tìm"
              />
              {pending > 0 && <Typography.Text type="secondary">Đang lưu…</Typography.Text>}
            </div>

            <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
              {filterTabs}
              {undoButton}
            </Space>

            {formNotice}

            {LIST_HEADER}
            <div
              ref={listRef}
              id={listId}
              role="listbox"
              aria-label="Kết quả tìm kiếm"
              style={{
                height: 'calc(100vh - 420px)',
                minHeight: 320,
                overflow: 'auto',
                border: '1px solid #f0f0f0',
                borderRadius: 6,
                position: 'relative',
              }}
            >
              {rows.length === 0 ? (
                <Empty
                  style={{ marginTop: 48 }}
                  description={
                    baseCount === 0
                      ? delegates
                        ? 'Chưa chọn đại biểu triệu tập: chọn ở thẻ “Thiết lập”.'
                        : 'Danh sách cán bộ đang trống: nhập danh sách ở mục “Danh sách cán bộ”.'
                      : query.trim()
                        ? `Không tìm thấy “${query.trim()}”.`
                        : 'Không có ai trong mục này.'
                  }
                />
              ) : (
                <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
                  {virtualizer.getVirtualItems().map((item) => {
                    const person = rows[item.index];
                    if (!person) return null;
                    const entry = conference.attendance[person.id];
                    const selected = item.index === active;
                    return (
                      <div
                        key={item.key}
                        id={`${listId}-${item.index}`}
                        data-testid="checkin-row"
                        role="option"
                        aria-selected={selected}
                        onClick={() => {
                          setActiveIndex(item.index);
                          setChosenByKeys(true);
                          focusSearch();
                        }}
                        onDoubleClick={() => mark(person, 'present')}
                        style={{
                          ...gridRowStyle(item.start, ROW_HEIGHT, GRID_COLUMNS),
                          background: selected ? '#e6f4ff' : undefined,
                          boxShadow: selected ? 'inset 4px 0 0 #1677ff' : undefined,
                        }}
                      >
                        <span>{person.rosterNo}</span>
                        <span style={{ ...ELLIPSIS_CELL, fontWeight: 600 }} title={person.fullName}>
                          {person.fullName}
                        </span>
                        <span style={ELLIPSIS_CELL} title={person.department}>
                          {person.department}
                        </span>
                        <span style={ELLIPSIS_CELL} title={person.position}>
                          {person.position}
                        </span>
                        {entry?.status === 'present' ? (
                          <span style={{ ...BADGE, ...PRESENT_BADGE }}>Có mặt</span>
                        ) : entry?.status === 'absent' ? (
                          <span
                            style={{ ...BADGE, ...ABSENT_BADGE }}
                            title={entry.reason || undefined}
                          >
                            {entry.reason ? `Vắng (${entry.reason})` : 'Vắng'}
                          </span>
                        ) : (
                          <span style={{ ...ELLIPSIS_CELL, color: 'rgba(0, 0, 0, 0.45)' }}>
                            Chưa điểm danh
                          </span>
                        )}
                        {/* Buttons on the chosen row only: a screenful of antd buttons
                            re-rendered on every key was most of the typing cost. */}
                        {selected ? (
                          <Space size={4} onClick={(e) => e.stopPropagation()}>
                            {entry?.status !== 'present' && (
                              <Button
                                size="small"
                                type="primary"
                                onClick={() => mark(person, 'present')}
                              >
                                Có mặt
                              </Button>
                            )}
                            <Button
                              title="Ghi vắng (Alt+V)"
                              size="small"
                              onClick={() => openAbsent(person)}
                            >
                              Vắng
                            </Button>
                            {entry && (
                              <Button
                                title="Xoá điểm danh của người này (Alt+X)"
                                size="small"
                                danger
                                onClick={() => mark(person, null)}
                              >
                                Xoá điểm danh
                              </Button>
                            )}
                          </Space>
                        ) : (
                          <span />
                        )}
                      </div>
                    );
                  })}
                </div>
              )}
            </div>
          </Space>
        </Col>

        <Col xs={{ span: 24, order: 1 }} xl={{ span: 7, order: 2 }}>
          <div style={{ position: 'sticky', top: 16 }}>{quorumPanel}</div>
        </Col>
      </Row>

      {absentPrompt}
    </>
  );
}
