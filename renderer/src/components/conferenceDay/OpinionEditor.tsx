import { useRef, useState, type KeyboardEvent } from 'react';
import { Button, Checkbox, Input, Select, Tooltip, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import type { Person } from '../../../../core/domain/person';
import type { Opinion } from '../../../../core/domain/proceedings';
import { ApiError, request } from '../../api';
import { journalForget } from '../../state/journalSync';
import { useJournaledSave } from '../../state/useJournaledSave';
import { PersonOrTextField, type PersonOrTextMode } from '../PersonOrTextField';
import { SaveIndicator } from '../SaveIndicator';

export interface ResolutionOption {
  id: string;
  /** "II.3 Số hoá hồ sơ lưu trữ…" */
  label: string;
}

const hasText = (o: Opinion) =>
  Boolean(
    o.speaker.personId ||
    o.speaker.name.trim() ||
    o.content.trim() ||
    o.answer?.content.trim() ||
    o.answer?.by.personId ||
    o.answer?.by.name.trim(),
  );

/**
 * One opinion of the discussion (Luật 10/2022/QH15 Điều 51.4.c) and its answer (Điều 51.4.d), saved
 * as it is typed — but only once something is in it, so "Thêm ý kiến" pressed by mistake leaves no
 * empty record. Ctrl+Enter in the content starts the next opinion.
 */
export function OpinionEditor({
  conferenceId,
  number,
  initial,
  saved,
  people,
  resolutionOptions,
  agendaOptions,
  autoFocus,
  onAddNext,
  onDeleted,
}: {
  conferenceId: string;
  /** 1-based, as the secretary counts them. */
  number: number;
  initial: Opinion;
  /** The service already holds this opinion. */
  saved: boolean;
  people: readonly Person[];
  resolutionOptions: readonly ResolutionOption[];
  /** The agenda items to file it under; absent: it stays under the item it was created for. */
  agendaOptions?: readonly { value: string; label: string }[];
  autoFocus?: boolean;
  onAddNext: () => void;
  /** Removed (from the service too, when it held it): the list offers to put it back. */
  onDeleted: (removed: Opinion, fromService: boolean) => void;
}) {
  const [opinion, setOpinion] = useState<Opinion>(initial);
  const [speakerMode, setSpeakerMode] = useState<PersonOrTextMode>(
    initial.speaker.name && !initial.speaker.personId ? 'text' : 'person',
  );
  const [answerMode, setAnswerMode] = useState<PersonOrTextMode>(
    initial.answer?.by.name && !initial.answer.by.personId ? 'text' : 'person',
  );
  const [showAnswer, setShowAnswer] = useState(initial.answer !== undefined);
  const [deleteError, setDeleteError] = useState<string | undefined>();
  const everSaved = useRef(saved);
  const speakerName = people.find((p) => p.id === opinion.speaker.personId)?.fullName;
  const { schedule, run, state } = useJournaledSave({
    conferenceId,
    journalKey: `opinion:${initial.id}`,
    label: `Ý kiến của ${speakerName ?? (opinion.speaker.name || 'người phát biểu')}`,
    channel: 'proceedings:saveOpinion',
  });

  const change = (next: Opinion) => {
    setOpinion(next);
    if (!everSaved.current && !hasText(next)) return;
    everSaved.current = true;
    schedule({ conferenceId, opinion: next });
  };

  const setSpeakerPerson = (personId: string | undefined) => {
    const before = people.find((p) => p.id === opinion.speaker.personId)?.department ?? '';
    const department = people.find((p) => p.id === personId)?.department ?? '';
    // The roster's sub-unit fills the box unless the secretary typed another one.
    const keepTyped = opinion.department.trim() !== '' && opinion.department !== before;
    change({
      ...opinion,
      speaker: { personId, name: '' },
      department: keepTyped ? opinion.department : department,
    });
  };

  const answer = opinion.answer ?? { by: { name: '' }, content: '' };
  const setAnswer = (next: Opinion['answer']) => {
    const empty = next && !next.by.personId && !next.by.name.trim() && !next.content.trim();
    change({ ...opinion, answer: empty ? undefined : next });
  };

  const remove = () => {
    journalForget(conferenceId, `opinion:${initial.id}`);
    if (!everSaved.current) {
      onDeleted(opinion, false);
      return;
    }
    // After any save still on its way, so the opinion cannot come back behind the delete.
    run(async () => {
      try {
        const { removed } = await request('proceedings:deleteOpinion', {
          conferenceId,
          id: initial.id,
        });
        onDeleted(removed, true);
      } catch (error) {
        if (error instanceof ApiError && error.payload.code === 'NOT_FOUND') {
          onDeleted(opinion, false);
        } else {
          setDeleteError(error instanceof ApiError ? error.payload.message : 'Chưa xoá được.');
        }
      }
      return undefined;
    });
  };

  const onContentKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onAddNext();
    }
  };

  return (
    <div
      data-testid="opinion"
      style={{ border: '1px solid #e5e7eb', borderRadius: 6, padding: 10, background: '#fff' }}
    >
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 8,
          alignItems: 'center',
          marginBottom: 6,
        }}
      >
        <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
          Ý kiến {number}
        </Typography.Text>
        <div style={{ flex: '2 1 240px', minWidth: 200 }}>
          <PersonOrTextField
            mode={speakerMode}
            onToggle={() => setSpeakerMode((m) => (m === 'person' ? 'text' : 'person'))}
            ariaLabel={`Người phát biểu ${number}`}
            placeholder="Họ tên người phát biểu (gõ tự do)"
            people={people}
            personId={opinion.speaker.personId}
            text={opinion.speaker.name}
            onPersonChange={setSpeakerPerson}
            onTextChange={(name) => change({ ...opinion, speaker: { name } })}
          />
        </div>
        <Input
          aria-label={`Đơn vị của người phát biểu ${number}`}
          placeholder="Phòng, ban, đơn vị"
          value={opinion.department}
          onChange={(e) => change({ ...opinion, department: e.target.value })}
          style={{ flex: '1 1 140px', minWidth: 120 }}
          maxLength={200}
        />
        {agendaOptions && (
          <Select
            aria-label={`Mục chương trình của ý kiến ${number}`}
            value={opinion.agendaItemId}
            options={[...agendaOptions]}
            onChange={(agendaItemId: string) => change({ ...opinion, agendaItemId })}
            style={{ flex: '1 1 160px', minWidth: 140, maxWidth: 240 }}
            popupMatchSelectWidth={false}
          />
        )}
        <Tooltip title="Xoá ý kiến này (có thể hoàn tác)">
          <Button
            aria-label={`Xoá ý kiến ${number}`}
            icon={<DeleteOutlined />}
            danger
            type="text"
            onClick={remove}
          />
        </Tooltip>
      </div>
      <Input.TextArea
        aria-label={`Nội dung ý kiến ${number}`}
        placeholder="Nội dung ý kiến. Ctrl+Enter: thêm ý kiến tiếp theo."
        value={opinion.content}
        autoSize={{ minRows: 2, maxRows: 12 }}
        maxLength={20000}
        autoFocus={autoFocus}
        onChange={(e) => change({ ...opinion, content: e.target.value })}
        onKeyDown={onContentKey}
      />
      {showAnswer ? (
        <div style={{ marginTop: 6, paddingLeft: 16, borderLeft: '3px solid #91caff' }}>
          <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 4 }}>
            <Typography.Text style={{ whiteSpace: 'nowrap' }}>Trả lời, tiếp thu:</Typography.Text>
            <div style={{ flex: 1, minWidth: 0 }}>
              <PersonOrTextField
                mode={answerMode}
                onToggle={() => setAnswerMode((m) => (m === 'person' ? 'text' : 'person'))}
                ariaLabel={`Người trả lời ${number}`}
                placeholder="Họ tên người trả lời (gõ tự do)"
                people={people}
                personId={answer.by.personId}
                text={answer.by.name}
                onPersonChange={(personId) => setAnswer({ ...answer, by: { personId, name: '' } })}
                onTextChange={(name) => setAnswer({ ...answer, by: { name } })}
              />
            </div>
          </div>
          <Input.TextArea
            aria-label={`Nội dung trả lời ${number}`}
            placeholder="Nội dung trả lời, giải trình (Điều 51.4.d). Ctrl+Enter: thêm ý kiến tiếp theo."
            value={answer.content}
            autoSize={{ minRows: 1, maxRows: 10 }}
            maxLength={20000}
            onChange={(e) => setAnswer({ ...answer, content: e.target.value })}
            onKeyDown={onContentKey}
          />
        </div>
      ) : null}
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 12,
          alignItems: 'center',
          marginTop: 6,
        }}
      >
        {!showAnswer && (
          <Button size="small" onClick={() => setShowAnswer(true)}>
            Ghi câu trả lời
          </Button>
        )}
        <Checkbox
          checked={opinion.takenIntoResolution}
          onChange={(e) =>
            change({
              ...opinion,
              takenIntoResolution: e.target.checked,
              resolutionItemId: e.target.checked ? opinion.resolutionItemId : undefined,
            })
          }
        >
          Đưa vào nghị quyết
        </Checkbox>
        {opinion.takenIntoResolution && (
          <Select
            aria-label={`Nội dung nghị quyết tiếp thu ý kiến ${number}`}
            placeholder={
              resolutionOptions.length > 0
                ? 'Chọn nội dung nghị quyết (có thể chọn sau)'
                : 'Chưa có nội dung nghị quyết: tạo ở thẻ Nghị quyết'
            }
            allowClear
            value={opinion.resolutionItemId}
            options={resolutionOptions.map((o) => ({ value: o.id, label: o.label }))}
            onChange={(resolutionItemId: string | undefined) =>
              change({ ...opinion, resolutionItemId })
            }
            style={{ flex: '1 1 300px', minWidth: 0, maxWidth: 520 }}
            popupMatchSelectWidth={false}
          />
        )}
        <SaveIndicator state={state} testId="opinion-save-state" />
        {state.status === 'error' && state.message && (
          <Typography.Text type="danger">{state.message}</Typography.Text>
        )}
        {deleteError && <Typography.Text type="danger">{deleteError}</Typography.Text>}
      </div>
    </div>
  );
}
