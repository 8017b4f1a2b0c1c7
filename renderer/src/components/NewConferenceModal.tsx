import { useState } from 'react';
import { App, Form, InputNumber, Modal, Radio } from 'antd';
import type { ConferenceSetup } from '../../../core/domain/conference';
import { request, ApiError } from '../api';
import { useWorkspace } from '../state/WorkspaceContext';
import { navigate } from '../state/useRoute';

/** Creates a conference (regular or extraordinary) and opens its guided view. */
export function NewConferenceModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const { reload, workspace } = useWorkspace();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [kind, setKind] = useState<ConferenceSetup['kind']>('regular');
  const [saving, setSaving] = useState(false);
  const duplicate =
    kind === 'regular' &&
    workspace.conferences.some((c) => c.kind === 'regular' && c.year === year);

  const create = async () => {
    setSaving(true);
    try {
      const conference = await request('conference:create', { year, kind });
      await reload();
      onClose();
      navigate({ name: 'conference', id: conference.id, tab: 'setup' });
    } catch (error) {
      message.error(error instanceof ApiError ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title="Tạo hội nghị"
      open={open}
      onCancel={onClose}
      onOk={() => void create()}
      okText="Tạo hội nghị"
      cancelText="Huỷ"
      confirmLoading={saving}
      okButtonProps={{ disabled: duplicate }}
    >
      <Form layout="vertical">
        <Form.Item
          label="Năm"
          help={duplicate ? `Đã có hội nghị thường niên năm ${year}.` : undefined}
          validateStatus={duplicate ? 'error' : undefined}
        >
          <InputNumber
            aria-label="Năm"
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => setYear(v ?? year)}
          />
        </Form.Item>
        <Form.Item label="Loại hội nghị">
          <Radio.Group
            value={kind}
            onChange={(e) => setKind(e.target.value as ConferenceSetup['kind'])}
          >
            <Radio value="regular">Thường niên</Radio>
            <Radio value="extraordinary">Bất thường</Radio>
          </Radio.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}
