import { useMemo, useState } from 'react';
import { App, Col, Row } from 'antd';
import type { Conference } from '../../../core/domain/conference';
import {
  newAgendaItem,
  scheduleAgenda,
  validateAgenda,
  type AgendaItem,
  type Presidium,
} from '../../../core/domain/agenda';
import type { AgendaKind } from '../../../core/domain/agendaKinds';
import { boardStatus } from '../../../core/domain/boardStatus';
import { activeStaff, isConferenceOptional } from '../../../core/domain/conferenceRules';
import type { Finding } from '../../../core/domain/conferenceRules';
import { newId } from '../../../core/domain/ids';
import { request } from '../api';
import { AgendaFindings } from '../components/agenda/AgendaFindings';
import { AgendaIntroCard } from '../components/agenda/AgendaIntroCard';
import { AgendaProgrammeCard } from '../components/agenda/AgendaProgrammeCard';
import { AgendaTable } from '../components/agenda/AgendaTable';
import { BoardCard } from '../components/agenda/BoardCard';
import { PresenterCell } from '../components/agenda/PresenterCell';
import { PresidiumCard } from '../components/agenda/PresidiumCard';
import { agendaErrorText, showRow, type ShownFinding } from '../components/agenda/agendaShared';
import type { PersonOrTextMode } from '../components/PersonOrTextField';
import { useSaveQueue } from '../state/useSaveQueue';
import { useWorkspace } from '../state/WorkspaceContext';

/** The programme being edited: kept here, sent to the service a moment after the last change. */
interface Draft {
  conferenceId: string;
  agenda: AgendaItem[];
  presidium: Presidium;
}

const SAVE_DELAY_MS = 600;
const LEVEL_ORDER: Record<Finding['level'], number> = { error: 0, warning: 1, info: 2 };

function draftOf(c: Conference): Draft {
  return { conferenceId: c.id, agenda: c.agenda, presidium: c.presidium };
}

function sendDraft(value: Draft): Promise<Conference> {
  return request('agenda:save', {
    id: value.conferenceId,
    agenda: value.agenda,
    presidium: value.presidium,
  });
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
  const { workspace, peopleById, rules } = useWorkspace();
  const people = workspace.people;

  const [draft, setDraft] = useState<Draft>(() => draftOf(conference));
  if (draft.conferenceId !== conference.id) setDraft(draftOf(conference));
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [presenterModes, setPresenterModes] = useState<Record<string, PersonOrTextMode>>({});
  const [resetting, setResetting] = useState(false);

  const save = useSaveQueue<Draft>({
    send: sendDraft,
    onSaved: onChange,
    errorText: agendaErrorText,
    delayMs: SAVE_DELAY_MS,
  });

  const commit = (next: Draft) => {
    setDraft(next);
    save.schedule(next);
  };

  const setAgenda = (agenda: AgendaItem[]) => commit({ ...draft, agenda });
  const updateItem = (id: string, change: Partial<AgendaItem>) =>
    setAgenda(draft.agenda.map((item) => (item.id === id ? { ...item, ...change } : item)));

  const resetToDefault = () => {
    setResetting(true);
    save.run(async () => {
      try {
        const next = await request('agenda:reset', { id: conference.id });
        setDraft(draftOf(next));
        setPresenterModes({});
        setSelectedId(undefined);
        return next;
      } catch (error) {
        message.error(agendaErrorText(error));
        return undefined;
      } finally {
        setResetting(false);
      }
    });
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

  const addItem = (kind: AgendaKind) => {
    const item = newAgendaItem(kind, people, newId);
    const at = selectedId ? draft.agenda.findIndex((i) => i.id === selectedId) : -1;
    const agenda = [...draft.agenda];
    agenda.splice(at >= 0 ? at + 1 : agenda.length, 0, item);
    setAgenda(agenda);
    setSelectedId(item.id);
    window.setTimeout(() => showRow(item.id), 50);
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
    showRow(f.itemId);
  };

  if (draft.agenda.length === 0) {
    return (
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <AgendaIntroCard
            startTime={conference.startTime}
            resetting={resetting}
            onCreate={resetToDefault}
          />
        </Col>
        <Col xs={24} lg={10}>
          <BoardCard board={board} boardless={boardless} />
        </Col>
      </Row>
    );
  }

  const selectedIndex = selectedId ? draft.agenda.findIndex((i) => i.id === selectedId) : -1;

  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={14}>
          <AgendaFindings findings={findings} onShow={showFinding} />
        </Col>
        <Col xs={24} lg={10}>
          <PresidiumCard
            people={people}
            presidium={draft.presidium}
            onChange={(presidium) => commit({ ...draft, presidium })}
          />
          <BoardCard board={board} boardless={boardless} />
        </Col>
      </Row>
      <AgendaProgrammeCard
        itemCount={draft.agenda.length}
        startTime={conference.startTime}
        end={schedule.end}
        totalMinutes={schedule.totalMinutes}
        saveState={save.state}
        resetting={resetting}
        onReset={resetToDefault}
        selectedIndex={selectedIndex}
        onClearSelection={() => setSelectedId(undefined)}
        onAdd={addItem}
      >
        <AgendaTable
          agenda={draft.agenda}
          selectedId={selectedId}
          onSelect={setSelectedId}
          problemsByItem={problemsByItem}
          slotsById={slotsById}
          onUpdate={updateItem}
          onMove={move}
          onRemove={remove}
          renderPresenter={(item) => (
            <PresenterCell
              item={item}
              mode={presenterModes[item.id]}
              onModeChange={(mode) => setPresenterModes({ ...presenterModes, [item.id]: mode })}
              onChange={(presenter) => updateItem(item.id, { presenter })}
              people={people}
              peopleById={peopleById}
              guests={conference.guests}
            />
          )}
        />
      </AgendaProgrammeCard>
    </>
  );
}
