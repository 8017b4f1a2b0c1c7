import { useState } from 'react';
import { Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { RESOLUTION_SECTIONS, type Owner } from '../../../../core/domain/resolution';
import { RESOLUTION_SECTION_LABELS } from '../../../../core/domain/glossary';
import type { Person } from '../../../../core/domain/person';
import type { FollowUpViewOutput } from '../../../../core/followUpContract';
import type { FollowUpViewState } from '../../state/useFollowUpView';
import { IsoDateInput } from './IsoDateInput';
import { OwnerInput } from './OwnerInput';
import {
  EMPTY_WORDING,
  newItemInput,
  wordingChanges,
  wordingOf,
  type WordingDraft,
} from './manualItemDraft';

type Item = FollowUpViewOutput['items'][number];

/**
 * A task added by hand (not in the resolution): what, which part, which indicator and target, and
 * — when it is added — who and by when. Given an `item`, the same form edits its wording (the
 * owner and deadline are edited in the item's drawer, with its status). Only hand-made and
 * carried-over items come here: the resolution's wording changes by amending the resolution.
 */
export function ManualItemModal({
  conferenceId,
  open,
  item,
  people,
  change,
  onClose,
}: {
  conferenceId: string;
  open: boolean;
  /** The item to edit; absent to add a new one. */
  item?: Item;
  people: readonly Person[];
  change: FollowUpViewState['change'];
  onClose: () => void;
}) {
  const [draft, setDraft] = useState<WordingDraft>(() => (item ? wordingOf(item) : EMPTY_WORDING));
  const [owner, setOwner] = useState<Owner | undefined>();
  const [deadline, setDeadline] = useState<string | undefined>();
  // Made once per new item, so a retried save adds the item once (followUp:addItem's id).
  const [id, setId] = useState(() => crypto.randomUUID());

  // Opened again (or on another item): the form starts from what is saved.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setDraft(item ? wordingOf(item) : EMPTY_WORDING);
  }

  const set = (patch: Partial<WordingDraft>) => setDraft({ ...draft, ...patch });
  const changes = item ? wordingChanges(item, draft) : undefined;

  const submit = async () => {
    if (item) {
      if (!changes || Object.keys(changes).length === 0) return onClose();
      if (await change('followUp:updateItem', { conferenceId, itemId: item.id, changes }))
        onClose();
      return;
    }
    const input = newItemInput(id, draft, { owner, deadline });
    if (await change('followUp:addItem', { conferenceId, item: input })) {
      setDraft(EMPTY_WORDING);
      setOwner(undefined);
      setDeadline(undefined);
      setId(crypto.randomUUID());
      onClose();
    }
  };

  return (
    <Modal
      open={open}
      title={item ? 'Sửa nội dung việc bổ sung' : 'Thêm việc cần theo dõi'}
      okText={item ? 'Lưu' : 'Thêm'}
      cancelText="Huỷ"
      okButtonProps={{ disabled: !draft.title.trim() }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="Nội dung công việc" required>
          <Input.TextArea
            aria-label="Nội dung công việc"
            rows={2}
            value={draft.title}
            onChange={(e) => set({ title: e.target.value })}
          />
        </Form.Item>
        <Form.Item label="Thuộc phần">
          <Select
            allowClear
            aria-label="Thuộc phần"
            placeholder="Nội dung khác"
            value={draft.section}
            onChange={(section) => set({ section })}
            options={RESOLUTION_SECTIONS.map((s) => ({
              value: s,
              label: RESOLUTION_SECTION_LABELS[s],
            }))}
          />
        </Form.Item>
        <Form.Item label="Chỉ tiêu có số (nếu có)">
          <Space wrap>
            <Input
              aria-label="Tên chỉ tiêu"
              placeholder="Tên chỉ tiêu, vd. Tỷ lệ hồ sơ đúng hạn"
              style={{ width: 260 }}
              value={draft.indicator}
              onChange={(e) => set({ indicator: e.target.value })}
            />
            <InputNumber
              aria-label="Chỉ tiêu"
              placeholder="Chỉ tiêu"
              value={draft.target}
              onChange={(v) => set({ target: v ?? undefined })}
            />
            <Input
              aria-label="Đơn vị tính"
              placeholder="Đơn vị, vd. %"
              style={{ width: 110 }}
              value={draft.unitOfMeasure}
              onChange={(e) => set({ unitOfMeasure: e.target.value })}
            />
          </Space>
        </Form.Item>
        {!item && (
          <>
            <Form.Item label="Người / đơn vị phụ trách">
              <OwnerInput value={owner} onChange={setOwner} people={people} />
            </Form.Item>
            <Form.Item label="Thời hạn">
              <IsoDateInput ariaLabel="Thời hạn" value={deadline} onChange={setDeadline} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
