import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Form,
  Input,
  InputNumber,
  List,
  Popconfirm,
  Radio,
  Space,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../../../core/domain/followUp';
import { formatDateVi } from '../../../../core/domain/dates';
import {
  FOLLOW_UP_GROUP_LABELS,
  FOLLOW_UP_ORIGIN_LABELS,
  FOLLOW_UP_STATUS_LABELS,
} from '../../../../core/domain/glossary';
import type { Person } from '../../../../core/domain/person';
import type { FollowUpViewOutput } from '../../../../core/followUpContract';
import { call } from '../../api';
import { fileToBase64 } from '../../api/fileToBase64';
import { saveBase64File } from '../../api/saveBase64File';
import type { FollowUpViewState } from '../../state/useFollowUpView';
import { DisclosurePosting } from './DisclosurePosting';
import { IsoDateInput } from './IsoDateInput';
import { ItemActions } from './ItemActions';
import { OwnerInput } from './OwnerInput';
import { changesOf, draftOf, rebaseDraft, type Draft } from './followUpDraft';

type Item = FollowUpViewOutput['items'][number];

/**
 * One item: status (with the reason when it cannot be done), achieved against a numeric target,
 * dated progress notes, and evidence (a file kept with the conference's data, or a document's
 * number). Each action goes to the service at once; the answer refreshes the list.
 */
export function FollowUpItemDrawer({
  conferenceId,
  item,
  people,
  change,
  onClose,
}: {
  conferenceId: string;
  item: Item | undefined;
  people: readonly Person[];
  change: FollowUpViewState['change'];
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [draft, setDraft] = useState<Draft | undefined>();
  const [noteText, setNoteText] = useState('');
  const [noteOn, setNoteOn] = useState<string | undefined>();
  const [docNumber, setDocNumber] = useState('');
  const [docDate, setDocDate] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  // Another item resets the form; a new answer for this one rebases the unsaved edits on it. Done
  // during render as React recommends rather than in an effect.
  const [seen, setSeen] = useState<Item | undefined>();
  if (item !== seen) {
    setSeen(item);
    const sameItem = item && seen && draft && item.id === seen.id;
    setDraft(sameItem ? rebaseDraft(seen, item, draft) : item ? draftOf(item) : undefined);
    if (item?.id !== seen?.id) {
      setNoteText('');
      setNoteOn(undefined);
      setDocNumber('');
      setDocDate(undefined);
    }
  }

  if (!item || !draft) return <Drawer open={false} />;
  const ref = { conferenceId, itemId: item.id };
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const dirty = Object.keys(changesOf(item, draft)).length > 0;

  const run = async (action: () => Promise<boolean>, done?: string) => {
    setBusy(true);
    const ok = await action();
    setBusy(false);
    if (ok && done) void message.success(done);
    return ok;
  };

  const save = () =>
    run(
      () => change('followUp:updateItem', { ...ref, changes: changesOf(item, draft) }),
      'Đã lưu.',
    );

  const addNote = async () => {
    const text = noteText.trim();
    if (!text) return;
    const note = noteOn ? { text, on: noteOn } : { text };
    if (await run(() => change('followUp:addNote', { ...ref, note }), 'Đã thêm ghi chú.')) {
      setNoteText('');
      setNoteOn(undefined);
    }
  };

  const addDocument = async () => {
    const documentNumber = docNumber.trim();
    if (!documentNumber) return;
    const evidence = docDate
      ? { kind: 'document' as const, documentNumber, documentDate: docDate }
      : { kind: 'document' as const, documentNumber };
    if (await run(() => change('followUp:addEvidence', { ...ref, evidence }), 'Đã thêm.')) {
      setDocNumber('');
      setDocDate(undefined);
    }
  };

  const addFile = async (file: File) => {
    const base64 = await fileToBase64(file);
    await run(
      () =>
        change('followUp:addEvidence', {
          ...ref,
          evidence: { kind: 'file', fileName: file.name, base64 },
        }),
      `Đã đính kèm ${file.name}.`,
    );
  };

  const openFile = async (evidenceId: string) => {
    const result = await call('followUp:readEvidence', { ...ref, evidenceId });
    if (!result.ok) return void message.error(result.error.message);
    saveBase64File(result.data.fileName, result.data.base64, 'application/octet-stream');
  };

  const numeric = item.target !== undefined;
  return (
    <Drawer
      open
      width={640}
      onClose={onClose}
      title="Cập nhật việc theo dõi"
      data-testid="follow-up-drawer"
      extra={
        <Button type="primary" disabled={!dirty} loading={busy} onClick={() => void save()}>
          Lưu
        </Button>
      }
    >
      <Typography.Paragraph strong>{item.title}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag>{FOLLOW_UP_GROUP_LABELS[item.state.group]}</Tag>
        <Tag color={item.origin === 'carriedOver' ? 'purple' : undefined}>
          {FOLLOW_UP_ORIGIN_LABELS[item.origin]}
          {item.carriedFrom ? ` ${item.carriedFrom.year}` : ''}
        </Tag>
        {item.state.overdue && item.state.daysLeft !== null && (
          <Tag color="red">Quá hạn {-item.state.daysLeft} ngày</Tag>
        )}
      </Space>
      <div style={{ marginBottom: 12 }}>
        <ItemActions conferenceId={conferenceId} item={item} people={people} change={change} />
      </div>
      {item.state.problems.map((p) => (
        <Alert key={p} type="warning" showIcon message={p} style={{ marginBottom: 8 }} />
      ))}
      {item.clock === 'disclosure' && (
        <div style={{ marginBottom: 12 }}>
          <DisclosurePosting
            conferenceId={conferenceId}
            item={item}
            change={change}
            withProblems={false}
          />
        </div>
      )}
      <Form layout="vertical">
        <Form.Item label="Tình trạng">
          <Radio.Group
            aria-label="Tình trạng"
            data-testid="item-status"
            optionType="button"
            buttonStyle="solid"
            value={draft.status}
            onChange={(e) => set({ status: e.target.value as FollowUpStatus })}
            options={FOLLOW_UP_STATUSES.map((s) => ({
              value: s,
              label: FOLLOW_UP_STATUS_LABELS[s],
            }))}
          />
        </Form.Item>
        {draft.status === 'notDone' && (
          <Form.Item label="Lý do không thực hiện được" required>
            <Input.TextArea
              aria-label="Lý do không thực hiện được"
              rows={2}
              value={draft.notDoneReason}
              onChange={(e) => set({ notDoneReason: e.target.value })}
            />
          </Form.Item>
        )}
        {draft.status === 'done' && (
          <Form.Item label="Ngày hoàn thành">
            <IsoDateInput
              ariaLabel="Ngày hoàn thành"
              value={draft.completedOn}
              onChange={(completedOn) => set({ completedOn })}
            />
          </Form.Item>
        )}
        {numeric && (
          <Form.Item
            label={`${item.indicator ?? 'Chỉ tiêu'}: đạt được / chỉ tiêu ${item.target} ${item.unitOfMeasure ?? ''}`}
          >
            <Space>
              <InputNumber
                aria-label="Kết quả đạt được"
                value={draft.achieved}
                onChange={(v) => set({ achieved: v ?? undefined })}
              />
              {item.state.percentOfTarget !== null && (
                <span>= {item.state.percentOfTarget}% chỉ tiêu (đã lưu)</span>
              )}
            </Space>
          </Form.Item>
        )}
        <Space align="start" wrap>
          <Form.Item label="Thời hạn">
            <IsoDateInput
              ariaLabel="Thời hạn"
              value={draft.deadline}
              onChange={(deadline) => set({ deadline })}
            />
          </Form.Item>
          <Form.Item label="Người / đơn vị phụ trách" style={{ minWidth: 300 }}>
            <OwnerInput value={draft.owner} onChange={(owner) => set({ owner })} people={people} />
          </Form.Item>
        </Space>
        <Form.Item label="Khó khăn, vướng mắc">
          <Input.TextArea
            rows={2}
            value={draft.issues}
            onChange={(e) => set({ issues: e.target.value })}
          />
        </Form.Item>
        <Form.Item label="Giải pháp, việc tiếp theo">
          <Input.TextArea
            rows={2}
            value={draft.nextSteps}
            onChange={(e) => set({ nextSteps: e.target.value })}
          />
        </Form.Item>
      </Form>

      <Divider titlePlacement="start">Ghi chú tiến độ</Divider>
      <List
        size="small"
        dataSource={item.notes}
        locale={{ emptyText: 'Chưa có ghi chú.' }}
        renderItem={(note) => (
          <List.Item
            data-testid="progress-note"
            actions={[
              <Popconfirm
                key="remove"
                title="Xoá ghi chú này?"
                onConfirm={() => void change('followUp:removeNote', { ...ref, noteId: note.id })}
              >
                <Button size="small" type="text" icon={<DeleteOutlined />} aria-label="Xoá" />
              </Popconfirm>,
            ]}
          >
            <b>{formatDateVi(note.on)}</b>: {note.text}
          </List.Item>
        )}
      />
      <Space.Compact style={{ width: '100%', marginTop: 8 }}>
        <IsoDateInput ariaLabel="Ngày của ghi chú" value={noteOn} onChange={setNoteOn} />
        <Input
          aria-label="Ghi chú tiến độ"
          placeholder="Tiến độ đến nay (để trống ngày là hôm nay)"
          value={noteText}
          onChange={(e) => setNoteText(e.target.value)}
          onPressEnter={() => void addNote()}
        />
        <Button onClick={() => void addNote()} disabled={!noteText.trim()} loading={busy}>
          Thêm ghi chú
        </Button>
      </Space.Compact>

      <Divider titlePlacement="start">Minh chứng</Divider>
      <Descriptions size="small" column={1}>
        {item.evidence.map((e) => (
          <Descriptions.Item key={e.id} label={e.kind === 'file' ? 'Tệp' : 'Văn bản số'}>
            <Space data-testid="evidence">
              {e.kind === 'file' ? (
                <a onClick={() => void openFile(e.id)}>
                  <PaperClipOutlined /> {e.fileName} ({Math.ceil(e.sizeBytes / 1024)} KB)
                </a>
              ) : (
                <span>
                  {e.documentNumber}
                  {e.documentDate ? ` ngày ${formatDateVi(e.documentDate)}` : ''}
                </span>
              )}
              <Popconfirm
                title="Bỏ minh chứng này?"
                onConfirm={() =>
                  void change('followUp:removeEvidence', { ...ref, evidenceId: e.id })
                }
              >
                <Button size="small" type="text" icon={<DeleteOutlined />} aria-label="Bỏ" />
              </Popconfirm>
            </Space>
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Space wrap style={{ marginTop: 8 }}>
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            void addFile(file);
            return false;
          }}
        >
          <Button icon={<PaperClipOutlined />}>Đính kèm tệp…</Button>
        </Upload>
        <Space.Compact>
          <Input
            aria-label="Số văn bản minh chứng"
            placeholder="Số văn bản, vd. 125/QĐ-UBND"
            value={docNumber}
            onChange={(e) => setDocNumber(e.target.value)}
          />
          <IsoDateInput ariaLabel="Ngày văn bản" value={docDate} onChange={setDocDate} />
          <Button onClick={() => void addDocument()} disabled={!docNumber.trim()}>
            Thêm văn bản
          </Button>
        </Space.Compact>
      </Space>
    </Drawer>
  );
}
