import { useRef, useState, type KeyboardEvent, type Ref } from 'react';
import {
  Alert,
  App,
  Button,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Typography,
} from 'antd';
import type { GetRef } from 'antd';
import type { FloorVoteInput, VoteOutcomeSchema } from '../../../../core/conferenceDayContract';
import { voteOutcome } from '../../../../core/domain/floorVote';
import { RESOLUTION_SECTION_LABELS, VOTE_SUBJECT_LABELS } from '../../../../core/domain/glossary';
import type { FloorVote, VoteSubject } from '../../../../core/domain/proceedings';
import { votesToPass, type Quorum } from '../../../../core/domain/quorum';
import { RESOLUTION_SECTIONS, type ResolutionSection } from '../../../../core/domain/resolution';
import type { RuleSet } from '../../../../core/rules/ruleSets';
import type { z } from 'zod';
import { errorText, request } from '../../api';
import { VOTE_PRESETS, sectionVoteTitle } from './dayFormat';

export type RecordedVote = { vote: FloorVote; outcome: z.output<typeof VoteOutcomeSchema> };

type InputNumberRef = GetRef<typeof InputNumber>;

const STATUS_COLORS = {
  passes: '#389e0d',
  fails: '#cf1322',
  noQuorum: '#cf1322',
  invalid: '#d46b08',
} as const;

/**
 * One show-of-hands vote as the chair counts it (issue 6 §3): what it is about (one click for the
 * standard ones), the number present — from check-in, or corrected with a reason — and the hands
 * for, against and other. The outcome is worked out by core (voteOutcome: R2 strictly more than
 * half of those present, only while the quorum holds, R1) as the figures are typed; Enter records.
 */
export function FloorVoteForm({
  conferenceId,
  quorum,
  rules,
  agendaItemId,
  defaultSubject,
  editing,
  compact = false,
  onRecorded,
  onCancelEdit,
}: {
  conferenceId: string;
  /** The quorum now, from check-in. */
  quorum: Quorum;
  rules: RuleSet;
  /** The agenda item running: the vote is filed under it. */
  agendaItemId: string | undefined;
  defaultSubject: VoteSubject;
  /** A recorded vote being corrected. */
  editing?: FloorVote;
  compact?: boolean;
  onRecorded: (recorded: RecordedVote) => void;
  onCancelEdit?: () => void;
}) {
  const { message } = App.useApp();
  const [subject, setSubject] = useState<VoteSubject>(editing?.subject ?? defaultSubject);
  const [section, setSection] = useState<ResolutionSection | undefined>(
    RESOLUTION_SECTIONS.find((s) => s === editing?.resolutionSectionId),
  );
  const [title, setTitle] = useState(editing?.title ?? '');
  /** Undefined: follows check-in as it moves. */
  const [presentTyped, setPresentTyped] = useState<number | undefined>(editing?.present);
  const [presentNote, setPresentNote] = useState(editing?.presentNote ?? '');
  const [votesFor, setVotesFor] = useState<number | null>(editing?.votesFor ?? null);
  const [against, setAgainst] = useState<number | null>(editing?.votesAgainst ?? null);
  const [other, setOther] = useState<number | null>(editing?.votesOther ?? null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | undefined>();
  const forRef = useRef<InputNumberRef>(null);

  const present = presentTyped ?? quorum.present;
  const differs = present !== quorum.present;
  const missingNote = differs && presentNote.trim() === '' && present !== editing?.present;
  const needed = votesToPass(present, rules.passFraction.value);
  const complete = votesFor !== null && against !== null && other !== null;
  const outcome = complete
    ? voteOutcome(
        { present, presentNote, votesFor, votesAgainst: against, votesOther: other },
        { quorum, rules },
      )
    : undefined;
  const defaultTitle =
    subject === 'resolutionSection' && section
      ? sectionVoteTitle(section)
      : VOTE_SUBJECT_LABELS[subject];

  const reset = () => {
    setTitle('');
    setVotesFor(null);
    setAgainst(null);
    setOther(null);
    setRefusal(undefined);
    forRef.current?.focus();
  };

  const pick = (next: VoteSubject) => {
    setSubject(next);
    setTitle('');
    forRef.current?.focus();
  };

  const submit = async () => {
    if (!complete || busy) return;
    if (subject === 'resolutionSection' && !section) {
      setRefusal('Hãy chọn phần nghị quyết được đưa ra biểu quyết.');
      return;
    }
    const vote: FloorVoteInput = {
      ...(editing ? { id: editing.id } : {}),
      subject,
      title: title.trim() || defaultTitle,
      ...(editing?.agendaItemId
        ? { agendaItemId: editing.agendaItemId }
        : agendaItemId
          ? { agendaItemId }
          : {}),
      ...(subject === 'resolutionSection' && section ? { resolutionSectionId: section } : {}),
      present,
      presentNote: differs ? presentNote.trim() : '',
      votesFor,
      votesAgainst: against,
      votesOther: other,
    };
    setBusy(true);
    try {
      const recorded = await request('proceedings:recordVote', { conferenceId, vote });
      onRecorded(recorded);
      message.success(`${recorded.vote.title}: ${recorded.outcome.sentence}`);
      if (!editing) reset();
    } catch (error) {
      setRefusal(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const blocked = outcome?.status === 'noQuorum';
  const invalid = outcome?.status === 'invalid';
  const onEnter = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || blocked) return;
    e.preventDefault();
    void submit();
  };

  const count = (
    label: string,
    value: number | null,
    set: (v: number | null) => void,
    testId: string,
    ref?: Ref<InputNumberRef>,
  ) => (
    <label style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <span>{label}</span>
      <InputNumber
        ref={ref}
        aria-label={label}
        data-testid={testId}
        min={0}
        precision={0}
        size={compact ? 'middle' : 'large'}
        style={{ width: '100%' }}
        value={value}
        onChange={(v) => set(typeof v === 'number' ? v : null)}
        onKeyDown={onEnter}
      />
    </label>
  );

  const submitButton = (
    <Button
      type="primary"
      size={compact ? 'middle' : 'large'}
      loading={busy}
      disabled={!complete || invalid || missingNote}
      data-testid="vote-submit"
      onClick={blocked ? undefined : () => void submit()}
    >
      {blocked
        ? 'Ghi nhận (không có giá trị)'
        : editing
          ? 'Lưu kết quả đã sửa'
          : 'Ghi kết quả biểu quyết (Enter)'}
    </Button>
  );

  return (
    <div data-testid="vote-form" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Space wrap size={[4, 4]}>
        {VOTE_PRESETS.map((p) => (
          <Button
            key={p.subject}
            size="small"
            type={subject === p.subject ? 'primary' : 'default'}
            ghost={subject === p.subject}
            onClick={() => pick(p.subject)}
            data-testid={`vote-preset-${p.subject}`}
          >
            {p.label}
          </Button>
        ))}
      </Space>
      {subject === 'resolutionSection' && (
        <Select
          aria-label="Phần nghị quyết được biểu quyết"
          placeholder="Chọn phần nghị quyết"
          value={section}
          onChange={(s: ResolutionSection) => setSection(s)}
          options={RESOLUTION_SECTIONS.map((s) => ({
            value: s,
            label: RESOLUTION_SECTION_LABELS[s],
          }))}
        />
      )}
      <Input
        aria-label="Nội dung biểu quyết"
        placeholder={defaultTitle}
        value={title}
        maxLength={500}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={onEnter}
      />
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: 8 }}>
        <label style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <span>Có mặt</span>
          <InputNumber
            aria-label="Số người có mặt khi biểu quyết"
            data-testid="vote-present"
            min={0}
            precision={0}
            size={compact ? 'middle' : 'large'}
            style={{ width: '100%' }}
            value={present}
            onChange={(v) => setPresentTyped(typeof v === 'number' ? v : undefined)}
            onKeyDown={onEnter}
          />
        </label>
        {count('Đồng ý', votesFor, setVotesFor, 'vote-for', forRef)}
        {count('Không đồng ý', against, setAgainst, 'vote-against')}
        {count('Ý kiến khác', other, setOther, 'vote-other')}
      </div>
      <Typography.Text type="secondary" data-testid="vote-needed">
        {differs
          ? `Theo điểm danh: ${quorum.present} người. `
          : `Có mặt theo điểm danh: ${quorum.present}/${quorum.base}. `}
        Thông qua khi có từ {needed}/{present} người đồng ý (quá{' '}
        {Math.round(
          (rules.passFraction.value.numerator / rules.passFraction.value.denominator) * 100,
        )}
        % số người có mặt — {rules.passFraction.source}).
      </Typography.Text>
      {differs && (
        <Input
          aria-label="Lý do số người có mặt khác điểm danh"
          status={missingNote ? 'error' : undefined}
          placeholder="Bắt buộc: lý do số người có mặt khác điểm danh (VD: 3 người xin về trước)"
          maxLength={300}
          value={presentNote}
          onChange={(e) => setPresentNote(e.target.value)}
          onKeyDown={onEnter}
        />
      )}
      {outcome && (
        <div
          data-testid="vote-outcome"
          role="status"
          style={{
            borderLeft: `4px solid ${STATUS_COLORS[outcome.status]}`,
            padding: '4px 10px',
            background: '#fafafa',
            fontSize: compact ? 14 : 16,
            fontWeight: 600,
            color: STATUS_COLORS[outcome.status],
          }}
        >
          {outcome.sentence}
          {outcome.problems.slice(1).map((p) => (
            <div key={p} style={{ fontWeight: 400 }}>
              {p}
            </div>
          ))}
        </div>
      )}
      {blocked && outcome.reason && (
        <Alert type="error" showIcon title="Biểu quyết bị chặn" description={outcome.reason} />
      )}
      {refusal && (
        <Alert
          type="error"
          showIcon
          title={refusal}
          closable
          onClose={() => setRefusal(undefined)}
        />
      )}
      <Space wrap>
        <Button
          onClick={() => {
            setVotesFor(present);
            setAgainst(0);
            setOther(0);
          }}
          data-testid="vote-unanimous"
        >
          Nhất trí 100%
        </Button>
        {blocked ? (
          <Popconfirm
            title="Hội nghị không đủ số người tham dự tối thiểu"
            description="Kết quả được ghi vào biên bản nhưng không có giá trị. Vẫn ghi?"
            okText="Vẫn ghi"
            cancelText="Không"
            onConfirm={() => void submit()}
          >
            {submitButton}
          </Popconfirm>
        ) : (
          submitButton
        )}
        {editing && onCancelEdit && <Button onClick={onCancelEdit}>Huỷ sửa</Button>}
      </Space>
    </div>
  );
}
