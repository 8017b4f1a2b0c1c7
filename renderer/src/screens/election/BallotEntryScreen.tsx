import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Button, Col, InputNumber, Row, Space, Typography } from 'antd';
import { DeleteOutlined, ReloadOutlined, UndoOutlined } from '@ant-design/icons';
import {
  TEAMS,
  type BallotEntry,
  type Election,
  type ElectionRound,
  type Team,
} from '../../../../core/domain/election';
import { describeEntry, sameReading } from '../../../../core/domain/ballotComparison';
import {
  interpretBallot,
  type BallotCandidate,
  type BallotInterpretation,
} from '../../../../core/domain/electionBallot';
import { INVALID_REASON_LABELS } from '../../../../core/domain/glossary';
import { splitName } from '../../../../core/domain/vietnamese';
import { ApiError, errorText, request } from '../../api';
import {
  BallotConflictAlert,
  type BallotConflict,
} from '../../components/election/BallotConflictAlert';
import { BallotCandidatePanel } from '../../components/election/BallotCandidatePanel';
import { BallotEntryList, type ShownBallot } from '../../components/election/BallotEntryList';
import { BallotTeamSwitch } from '../../components/election/BallotTeamSwitch';
import {
  INVALID_KEY,
  PAPER_INVALID_REASONS,
  TEAM_COLORS,
  marksVerb,
} from '../../components/election/electionLabels';
import {
  formatBallotInput,
  NO_MARK_INPUT,
  parseBallotInput,
} from '../../components/election/parseBallotInput';
import { KeyFeedback, type Feedback } from '../../components/KeyFeedback';
import { useWriteQueue } from '../../state/useWriteQueue';

/** One step the operator can take back with Ctrl+Z: what the serial held before (none: new). */
interface UndoStep {
  serial: number;
  before: BallotEntry | undefined;
}

type PerTeam<T> = Record<Team, T>;

const EMPTY_SET: ReadonlySet<number> = new Set();
const EMPTY_MAP: ReadonlyMap<number, string> = new Map();

/** Sorted by serial; a serial already there is replaced (a correction). */
function withEntry(list: readonly BallotEntry[], entry: BallotEntry): BallotEntry[] {
  const last = list.at(-1);
  if (!last || last.serial < entry.serial) return [...list, entry];
  const index = list.findIndex((e) => e.serial >= entry.serial);
  const next = [...list];
  if (list[index]?.serial === entry.serial) next[index] = entry;
  else next.splice(index, 0, entry);
  return next;
}

function withoutSerial(list: readonly BallotEntry[], serial: number): BallotEntry[] {
  return list.filter((e) => e.serial !== serial);
}

function findEntry(list: readonly BallotEntry[], serial: number): BallotEntry | undefined {
  return list.find((e) => e.serial === serial);
}

/** The first serial at or after `from` this team has not entered yet. */
function firstFreeSerial(list: readonly BallotEntry[], from: number): number {
  const taken = new Set(list.map((e) => e.serial));
  let serial = Math.max(1, from);
  while (taken.has(serial)) serial += 1;
  return serial;
}

function nextAfterLast(list: readonly BallotEntry[]): number {
  return (list.at(-1)?.serial ?? 0) + 1;
}

/** Both absent, or the same reading and note. */
function sameEntry(a: BallotEntry | undefined, b: BallotEntry | undefined): boolean {
  if (!a || !b) return a === b;
  return sameReading(a, b) && a.note === b.note;
}

function entryMap(list: readonly BallotEntry[]): Map<number, BallotEntry> {
  return new Map(list.map((e) => [e.serial, e]));
}

/**
 * Ballot entry (issue 5 item 4): two counting teams type the same stack of paper ballots on their
 * own, keyboard only. For each ballot the operator types the numbers printed before the struck (or
 * "Đồng ý") names and presses Enter; K then a reason key marks a ballot invalid. Each entry is
 * shown at once with what it means and sent to the service in order behind the screen (optimistic,
 * one queue), so typing never waits and never loses a key; a refused entry stays on screen, marked,
 * to be sent again. Ctrl+Z takes back the last step; clicking an entry corrects it. Built for
 * 3,000 ballots: interpretations are computed once per entry and the list is virtualised.
 *
 * Each entry goes out with what this window last saw saved for its serial (nothing, or the entry
 * it corrects), so a second window typing the same team can never silently overwrite a ballot:
 * the service refuses it, and the screen takes the saved entry and says so until dismissed.
 */
export function BallotEntryScreen({
  conferenceId,
  election,
  round,
  candidates,
}: {
  conferenceId: string;
  election: Pick<Election, 'ballotStyle' | 'validity'>;
  round: ElectionRound;
  candidates: readonly BallotCandidate[];
}) {
  const n = candidates.length;
  const style = election.ballotStyle;
  const locked = round.locked !== undefined;

  const [passes, setPasses] = useState<PerTeam<BallotEntry[]>>(() => ({
    A: [...round.passes.A].sort((a, b) => a.serial - b.serial),
    B: [...round.passes.B].sort((a, b) => a.serial - b.serial),
  }));
  const [team, setTeam] = useState<Team>('A');
  const [nextSerial, setNextSerial] = useState<PerTeam<number>>(() => ({
    A: firstFreeSerial(round.passes.A, 1),
    B: firstFreeSerial(round.passes.B, 1),
  }));
  const [text, setText] = useState('');
  const [invalidMode, setInvalidMode] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);
  const [pending, setPending] = useState<PerTeam<ReadonlySet<number>>>({
    A: EMPTY_SET,
    B: EMPTY_SET,
  });
  const [failed, setFailed] = useState<PerTeam<ReadonlyMap<number, string>>>({
    A: EMPTY_MAP,
    B: EMPTY_MAP,
  });
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [undoCount, setUndoCount] = useState<PerTeam<number>>({ A: 0, B: 0 });
  const [conflicts, setConflicts] = useState<BallotConflict[]>([]);
  // What the service holds for each serial as far as this window knows: updated when a call is
  // answered, read when the next one goes out (the queue keeps them in order).
  const [saved] = useState<PerTeam<Map<number, BallotEntry>>>(() => ({
    A: entryMap(round.passes.A),
    B: entryMap(round.passes.B),
  }));

  const inputRef = useRef<HTMLInputElement>(null);
  // The latest passes, ahead of React's render: two quick Enters must both see the first one.
  const latest = useRef(passes);
  const undoSteps = useRef<PerTeam<UndoStep[]>>({ A: [], B: [] });
  const write = useWriteQueue();

  const focusInput = useCallback(() => inputRef.current?.focus(), []);
  useEffect(() => focusInput(), [focusInput, team]);

  const applyPasses = useCallback((t: Team, list: BallotEntry[]) => {
    latest.current = { ...latest.current, [t]: list };
    setPasses(latest.current);
  }, []);

  const setPendingFor = useCallback((t: Team, serial: number, on: boolean) => {
    setPending((p) => {
      const next = new Set(p[t]);
      if (on) next.add(serial);
      else next.delete(serial);
      return { ...p, [t]: next };
    });
  }, []);
  const setFailedFor = useCallback((t: Team, serial: number, why: string | null) => {
    setFailed((f) => {
      if (why === null && !f[t].has(serial)) return f;
      const next = new Map(f[t]);
      if (why === null) next.delete(serial);
      else next.set(serial, why);
      return { ...f, [t]: next };
    });
  }, []);

  const forgetUndo = useCallback((t: Team, serial: number) => {
    undoSteps.current[t] = undoSteps.current[t].filter((step) => step.serial !== serial);
    setUndoCount((u) => ({ ...u, [t]: undoSteps.current[t].length }));
  }, []);

  /** Calls go out one after another, in the order the operator made them. */
  const enqueue = useCallback(
    (t: Team, serial: number, task: () => Promise<void>) => {
      setPendingFor(t, serial, true);
      write(task, () => setPendingFor(t, serial, false));
    },
    [setPendingFor, write],
  );

  /**
   * After a CONFLICT: when the serial now holds something else than this window last saw saved,
   * another window typed or corrected it. The saved entry then replaces the one on screen (unless
   * the operator has typed this serial again since), the steps that would undo over it are
   * dropped, and the conflict is shown. False when the refusal had another cause (a locked round).
   */
  const takeStored = useCallback(
    async (t: Team, entry: BallotEntry, message: string): Promise<boolean> => {
      let stored: BallotEntry | undefined;
      try {
        const view = await request('election:get', { conferenceId });
        const current = view.election?.rounds.find((r) => r.number === round.number);
        stored = current && findEntry(current.passes[t], entry.serial);
      } catch {
        return false;
      }
      if (sameEntry(stored, saved[t].get(entry.serial))) return false;
      if (stored) saved[t].set(entry.serial, stored);
      else saved[t].delete(entry.serial);
      const list = latest.current[t];
      if (findEntry(list, entry.serial) === entry) {
        applyPasses(t, stored ? withEntry(list, stored) : withoutSerial(list, entry.serial));
      }
      setFailedFor(t, entry.serial, null);
      forgetUndo(t, entry.serial);
      // Both windows read the paper alike: nothing was lost.
      if (sameEntry(stored, entry)) return true;
      setConflicts((shown) => [
        ...shown.filter((c) => c.team !== t || c.serial !== entry.serial),
        { team: t, serial: entry.serial, message },
      ]);
      setFeedback({ kind: 'error', text: message });
      return true;
    },
    [conferenceId, round.number, saved, applyPasses, setFailedFor, forgetUndo],
  );

  /**
   * Sends one entry, saying what the serial held when this window last saw it saved: 'new', or
   * the entry it replaces. `onError` hears any other refusal (the entry stays, marked, to resend).
   */
  const send = useCallback(
    (t: Team, entry: BallotEntry, onError: (why: string) => void) => {
      enqueue(t, entry.serial, async () => {
        const known = saved[t].get(entry.serial);
        try {
          await request('election:recordBallot', {
            conferenceId,
            round: round.number,
            team: t,
            entry,
            expect: known ? { replaces: known } : 'new',
          });
          saved[t].set(entry.serial, entry);
        } catch (error) {
          const conflict = error instanceof ApiError && error.payload.code === 'CONFLICT';
          if (conflict && (await takeStored(t, entry, error.payload.message))) return;
          const why = errorText(error);
          setFailedFor(t, entry.serial, why);
          onError(why);
        }
      });
    },
    [enqueue, saved, conferenceId, round.number, takeStored, setFailedFor],
  );

  // Interpretations computed once per entry object (entries are never mutated).
  // The parent keys this screen by round, and a round's ballot and rules are fixed once it has
  // started (the setup is frozen), so one cache serves the screen's whole life.
  const [cache] = useState(() => new WeakMap<BallotEntry, BallotInterpretation>());
  const interpret = useCallback(
    (entry: BallotEntry): BallotInterpretation => {
      let reading = cache.get(entry);
      if (!reading) {
        reading = interpretBallot(entry, round, election);
        cache.set(entry, reading);
      }
      return reading;
    },
    [cache, round, election],
  );
  const byId = useMemo(() => new Map(candidates.map((c) => [c.personId, c])), [candidates]);
  const verdictOf = useCallback(
    (reading: BallotInterpretation): { verdict: string; detail: string } => {
      if (!reading.valid) {
        const label = INVALID_REASON_LABELS[reading.invalidReason ?? 'other'];
        return { verdict: `Không hợp lệ: ${label}`, detail: `Phiếu không hợp lệ: ${label}` };
      }
      const chosen = reading.votesFor
        .map((id) => byId.get(id))
        .filter((c): c is BallotCandidate => c !== undefined);
      if (chosen.length === 0) return { verdict: 'Hợp lệ — không bầu ai', detail: '' };
      return {
        verdict: `Hợp lệ — bầu: ${chosen.map((c) => `${c.ballotNumber} ${splitName(c.fullName).given}`).join(', ')}`,
        detail: `Bầu: ${chosen.map((c) => `${c.ballotNumber}. ${c.fullName}`).join('; ')}`,
      };
    },
    [byId],
  );
  const show = useCallback(
    (entry: BallotEntry): ShownBallot => {
      const reading = interpret(entry);
      const typed = entry.invalidReason
        ? `${INVALID_KEY} (không hợp lệ)`
        : describeEntry(entry, style);
      return { typed, valid: reading.valid, ...verdictOf(reading) };
    },
    [interpret, style, verdictOf],
  );

  const counts = useMemo(() => {
    const result = {} as PerTeam<{ total: number; valid: number; invalid: number }>;
    for (const t of TEAMS) {
      let valid = 0;
      for (const entry of passes[t]) if (interpret(entry).valid) valid += 1;
      result[t] = { total: passes[t].length, valid, invalid: passes[t].length - valid };
    }
    return result;
  }, [passes, interpret]);
  const teamTotals = useMemo(() => ({ A: counts.A.total, B: counts.B.total }), [counts]);

  const serial = editing ?? nextSerial[team];
  const current = editing !== null ? findEntry(passes[team], editing) : undefined;
  const parsed = useMemo(() => parseBallotInput(text, n), [text, n]);
  const typedMarks = useMemo(() => new Set(parsed.kind === 'marks' ? parsed.marks : []), [parsed]);
  const preview =
    parsed.kind === 'marks'
      ? verdictOf(interpret({ serial, marks: parsed.marks, note: '' })).verdict
      : undefined;

  const record = useCallback(
    (entry: BallotEntry) => {
      const t = team;
      const list = latest.current[t];
      const before = findEntry(list, entry.serial);
      const after = withEntry(list, entry);
      applyPasses(t, after);
      setFailedFor(t, entry.serial, null);
      undoSteps.current[t].push({ serial: entry.serial, before });
      setUndoCount((u) => ({ ...u, [t]: undoSteps.current[t].length }));
      const wasEditing = editing !== null;
      setEditing(null);
      setNextSerial((s) => ({
        ...s,
        [t]: wasEditing
          ? firstFreeSerial(after, nextAfterLast(after))
          : firstFreeSerial(after, entry.serial + 1),
      }));
      setText('');
      setInvalidMode(false);
      const { verdict } = verdictOf(interpret(entry));
      const overIssued =
        entry.serial > round.ballotsIssued
          ? ` Chú ý: số phiếu ${entry.serial} lớn hơn số phiếu phát ra (${round.ballotsIssued}).`
          : '';
      setFeedback({
        kind: overIssued ? 'warning' : 'success',
        text: `${before ? '✎ Đã sửa' : '✓'} Phiếu số ${entry.serial} (tổ ${t}): ${verdict}.${overIssued}`,
      });
      focusInput();
      send(t, entry, (why) =>
        setFeedback({
          kind: 'error',
          text: `Chưa lưu được phiếu số ${entry.serial} (tổ ${t}): ${why} Phiếu vẫn ở trong danh sách — bấm “Gửi lại”.`,
        }),
      );
    },
    [
      team,
      editing,
      applyPasses,
      setFailedFor,
      verdictOf,
      interpret,
      round.ballotsIssued,
      focusInput,
      send,
    ],
  );

  /** Deletes one entry of the current team; on failure it is put back. */
  const remove = useCallback(
    (t: Team, target: number, why: string) => {
      const before = findEntry(latest.current[t], target);
      if (!before) return;
      applyPasses(t, withoutSerial(latest.current[t], target));
      setFailedFor(t, target, null);
      enqueue(t, target, async () => {
        try {
          const known = saved[t].get(target);
          await request('election:deleteBallot', {
            conferenceId,
            round: round.number,
            team: t,
            serial: target,
            ...(known ? { expect: { deletes: known } } : {}),
          });
          saved[t].delete(target);
        } catch (error) {
          if (!findEntry(latest.current[t], target))
            applyPasses(t, withEntry(latest.current[t], before));
          // Corrected in another window meanwhile: show what is stored now, and why.
          const conflict = error instanceof ApiError && error.payload.code === 'CONFLICT';
          if (conflict && (await takeStored(t, before, error.payload.message))) return;
          setFeedback({
            kind: 'error',
            text: `Chưa ${why} được phiếu số ${target} (tổ ${t}): ${errorText(error)} Phiếu đã được trả lại.`,
          });
        }
      });
    },
    [applyPasses, setFailedFor, enqueue, conferenceId, round.number, saved, takeStored],
  );

  const undo = useCallback(() => {
    const t = team;
    const step = undoSteps.current[t].pop();
    setUndoCount((u) => ({ ...u, [t]: undoSteps.current[t].length }));
    focusInput();
    if (!step) {
      setFeedback({
        kind: 'info',
        text: 'Không còn thao tác nào để hoàn tác. Bấm vào một phiếu trong danh sách để sửa hoặc xoá.',
      });
      return;
    }
    setEditing(null);
    setText('');
    setInvalidMode(false);
    if (step.before) {
      // Undoing a correction puts the earlier reading back.
      const before = step.before;
      applyPasses(t, withEntry(latest.current[t], before));
      setFeedback({
        kind: 'success',
        text: `↶ Đã hoàn tác việc sửa phiếu số ${step.serial} (tổ ${t}).`,
      });
      send(t, before, () => undefined);
      return;
    }
    remove(t, step.serial, 'xoá');
    setNextSerial((s) => ({ ...s, [t]: step.serial }));
    setFeedback({
      kind: 'success',
      text: `↶ Đã xoá phiếu số ${step.serial} (tổ ${t}): nhập lại phiếu này.`,
    });
  }, [team, focusInput, applyPasses, send, remove]);

  const pick = useCallback(
    (picked: number, t: Team = team) => {
      const entry = findEntry(latest.current[t], picked);
      if (!entry) return;
      setEditing(picked);
      setInvalidMode(false);
      setText(entry.invalidReason ? '' : formatBallotInput(entry.marks));
      setFeedback({
        kind: 'info',
        text: `Đang sửa phiếu số ${picked}: gõ lại rồi Enter (Esc: thôi sửa).`,
      });
      focusInput();
    },
    [team, focusInput],
  );

  const chooseSerial = (value: number) => {
    if (!Number.isInteger(value) || value < 1 || value === serial) return;
    if (findEntry(latest.current[team], value)) {
      pick(value);
      return;
    }
    setEditing(null);
    setNextSerial((s) => ({ ...s, [team]: value }));
    setFeedback({ kind: 'info', text: `Nhập tiếp từ phiếu số ${value}.` });
    focusInput();
  };

  const retryFailed = () => {
    for (const t of TEAMS) {
      for (const failedSerial of failed[t].keys()) {
        const entry = findEntry(latest.current[t], failedSerial);
        if (!entry) continue;
        setFailedFor(t, failedSerial, null);
        send(t, entry, () => undefined);
      }
    }
    focusInput();
  };

  const switchTeam = useCallback((t: Team) => {
    setTeam(t);
    setEditing(null);
    setText('');
    setInvalidMode(false);
    setFeedback({ kind: 'info', text: `Tổ ${t} nhập phiếu.` });
  }, []);

  /** Opens a conflicting ballot as saved; one deleted elsewhere is offered for typing again. */
  const showConflict = (c: BallotConflict) => {
    if (c.team !== team) switchTeam(c.team);
    if (findEntry(latest.current[c.team], c.serial)) {
      pick(c.serial, c.team);
      return;
    }
    setNextSerial((s) => ({ ...s, [c.team]: c.serial }));
    setFeedback({
      kind: 'info',
      text: `Phiếu số ${c.serial} (tổ ${c.team}) không còn trong danh sách: nếu lá phiếu có thật, gõ lại rồi Enter.`,
    });
    focusInput();
  };

  const submit = () => {
    if (parsed.kind === 'empty') {
      setFeedback({
        kind: 'info',
        text: `Gõ số của người được ${marksVerb(style)} rồi Enter; lá phiếu không có dấu nào: gõ ${NO_MARK_INPUT}; phiếu không hợp lệ: phím ${INVALID_KEY}.`,
      });
      return;
    }
    if (parsed.kind === 'error') {
      setFeedback({ kind: 'error', text: parsed.message });
      return;
    }
    record({ serial, marks: parsed.marks, note: '' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter also ends an IME composition (Vietnamese input methods): that one is not a ballot.
    if (e.nativeEvent.isComposing) return;
    const ctrl = e.ctrlKey || e.metaKey;
    if (e.altKey && (e.code === 'KeyA' || e.code === 'KeyB')) {
      e.preventDefault();
      switchTeam(e.code === 'KeyA' ? 'A' : 'B');
      return;
    }
    if (invalidMode) {
      if (e.key === 'Escape') {
        e.preventDefault();
        setInvalidMode(false);
        return;
      }
      const index = Number(e.key) - 1;
      const reason = Number.isInteger(index) ? PAPER_INVALID_REASONS[index] : undefined;
      if (reason) {
        e.preventDefault();
        record({ serial, marks: [], invalidReason: reason, note: '' });
        return;
      }
      if (e.key !== 'Tab') e.preventDefault();
      return;
    }
    if (!ctrl && !e.altKey && (e.code === 'KeyK' || e.key === '*')) {
      e.preventDefault();
      setInvalidMode(true);
      setFeedback(null);
      return;
    }
    if (e.key === 'Enter') {
      e.preventDefault();
      submit();
    } else if (ctrl && !e.shiftKey && e.code === 'KeyZ' && text === '') {
      e.preventDefault();
      undo();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (editing !== null) {
        setEditing(null);
        setFeedback({ kind: 'info', text: 'Đã thôi sửa.' });
      }
      setText('');
    }
  };

  const failedCount = failed.A.size + failed.B.size;
  const color = TEAM_COLORS[team];
  const list = useMemo(
    () => (
      <BallotEntryList
        entries={passes[team]}
        show={show}
        pending={pending[team]}
        failed={failed[team]}
        selected={editing}
        onPick={pick}
      />
    ),
    [passes, team, show, pending, failed, editing, pick],
  );

  return (
    <Row gutter={[16, 16]} data-testid="ballot-entry">
      <Col xs={24} xl={15}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <BallotTeamSwitch team={team} counts={teamTotals} onChange={switchTeam} />
          {locked && (
            <Alert
              type="info"
              showIcon
              title="Kết quả lần bầu này đã khoá: không nhập, không sửa phiếu. Muốn sửa, mở khoá ở mục “Đối chiếu, khoá” (phải ghi lý do)."
            />
          )}
          <BallotConflictAlert
            conflicts={conflicts}
            onShow={showConflict}
            onDismiss={() => {
              setConflicts([]);
              focusInput();
            }}
          />
          <div
            style={{
              border: `3px solid ${editing !== null ? '#fa8c16' : color}`,
              borderRadius: 10,
              padding: 16,
              background: '#fff',
            }}
          >
            <div style={{ display: 'flex', alignItems: 'baseline', gap: 16, flexWrap: 'wrap' }}>
              <span
                data-testid="ballot-serial"
                style={{
                  fontSize: 48,
                  fontWeight: 800,
                  lineHeight: 1.1,
                  color: editing !== null ? '#d46b08' : color,
                }}
              >
                {editing !== null ? 'Sửa phiếu số' : 'Phiếu số'} {serial}
              </span>
              <span style={{ fontSize: 18, color }}>
                <b>Tổ {team}</b>
              </span>
              <Space style={{ marginLeft: 'auto' }}>
                <Typography.Text type="secondary">Đến phiếu số</Typography.Text>
                <InputNumber
                  // Applied on Enter or on leaving the box, not per digit: "12" must not stop at 1.
                  key={`${team}-${serial}`}
                  aria-label="Đến phiếu số"
                  title="Gõ số phiếu rồi Enter: phiếu đã nhập thì mở ra để sửa"
                  size="small"
                  min={1}
                  precision={0}
                  defaultValue={serial}
                  onPressEnter={(e) => chooseSerial(Number(e.currentTarget.value))}
                  onBlur={(e) => chooseSerial(Number(e.currentTarget.value))}
                  disabled={locked}
                />
              </Space>
            </div>
            {current && (
              <Typography.Text type="warning" style={{ fontSize: 16 }}>
                Đang ghi: {show(current).typed} — {show(current).verdict}
              </Typography.Text>
            )}
            <input
              ref={inputRef}
              data-testid="ballot-input"
              aria-label={`Số của người được ${marksVerb(style)} trên phiếu số ${serial}`}
              autoComplete="off"
              spellCheck={false}
              inputMode="numeric"
              disabled={locked}
              value={invalidMode ? '' : text}
              placeholder={
                invalidMode
                  ? 'Chọn lý do phiếu không hợp lệ: phím 1–5'
                  : `Số người được ${marksVerb(style)}, cách nhau bằng dấu cách — Enter`
              }
              onChange={(e) => setText(e.target.value)}
              onKeyDown={onKeyDown}
              style={{
                width: '100%',
                marginTop: 8,
                fontSize: 32,
                height: 64,
                padding: '0 16px',
                borderRadius: 8,
                border: `2px solid ${parsed.kind === 'error' ? '#ff4d4f' : '#d9d9d9'}`,
                outline: 'none',
                boxSizing: 'border-box',
              }}
            />
            <div style={{ minHeight: 28, marginTop: 6, fontSize: 18 }} data-testid="ballot-preview">
              {invalidMode ? (
                <div data-testid="invalid-reasons">
                  <b>Phiếu không hợp lệ vì:</b>{' '}
                  {PAPER_INVALID_REASONS.map((r, i) => (
                    <Button
                      key={r}
                      size="small"
                      style={{ margin: 2 }}
                      onClick={() => record({ serial, marks: [], invalidReason: r, note: '' })}
                    >
                      <b>{i + 1}</b> — {INVALID_REASON_LABELS[r]}
                    </Button>
                  ))}{' '}
                  <Typography.Text type="secondary">Esc: thôi</Typography.Text>
                </div>
              ) : parsed.kind === 'error' ? (
                <Typography.Text type="danger">{parsed.message}</Typography.Text>
              ) : preview ? (
                <Typography.Text>→ {preview}</Typography.Text>
              ) : null}
            </div>
          </div>
          <div style={{ minHeight: 28 }}>
            <KeyFeedback
              feedback={feedback}
              testId="ballot-feedback"
              fontSize={17}
              hint={`Enter: ghi phiếu · ${NO_MARK_INPUT}: phiếu không có dấu nào · ${INVALID_KEY} (hoặc *): phiếu không hợp lệ, rồi phím lý do · Ctrl+Z (ô trống): hoàn tác · bấm vào một phiếu: sửa · Alt+A / Alt+B: đổi tổ`}
            />
          </div>
          <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Text style={{ fontSize: 16 }} data-testid="team-counts">
              {TEAMS.map((t) => (
                <span key={t} style={{ marginRight: 16, color: TEAM_COLORS[t] }}>
                  <b>Tổ {t}:</b> {counts[t].total} phiếu ({counts[t].valid} hợp lệ,{' '}
                  {counts[t].invalid} không hợp lệ)
                </span>
              ))}
              <span>Phát ra: {round.ballotsIssued}</span>
            </Typography.Text>
            <Space>
              {failedCount > 0 && (
                <Button danger icon={<ReloadOutlined />} onClick={retryFailed}>
                  Gửi lại {failedCount} phiếu chưa lưu
                </Button>
              )}
              {editing !== null && (
                <Button
                  danger
                  icon={<DeleteOutlined />}
                  data-testid="ballot-delete"
                  onClick={() => {
                    const target = editing;
                    setEditing(null);
                    setText('');
                    remove(team, target, 'xoá');
                    setFeedback({
                      kind: 'success',
                      text: `Đã xoá phiếu số ${target} (tổ ${team}).`,
                    });
                    focusInput();
                  }}
                >
                  Xoá phiếu số {editing}
                </Button>
              )}
              <Button
                icon={<UndoOutlined />}
                data-testid="ballot-undo"
                disabled={locked || undoCount[team] === 0}
                onClick={undo}
                title="Hoàn tác thao tác gần nhất của tổ này (Ctrl+Z khi ô nhập trống)"
              >
                Hoàn tác ({undoCount[team]})
              </Button>
            </Space>
          </Space>
          {list}
        </Space>
      </Col>
      <Col xs={24} xl={9}>
        <div style={{ position: 'sticky', top: 16 }}>
          <BallotCandidatePanel
            candidates={candidates}
            marks={typedMarks}
            style={style}
            seats={round.seats}
          />
        </div>
      </Col>
    </Row>
  );
}
