import { useState } from 'react';
import { App, Button } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { call } from '../api';
import { useWorkspace } from '../state/WorkspaceContext';
import { navigate } from '../state/useRoute';

/**
 * "Mở hội nghị mẫu": a newcomer explores a complete conference (roster of 184, programme,
 * preparation, check-in, documents) before typing anything. Offered only while the workspace is empty,
 * so the sample never mixes with a unit's own data.
 */
export function OpenSampleButton() {
  const { message } = App.useApp();
  const { reload } = useWorkspace();
  const [busy, setBusy] = useState(false);

  const open = async () => {
    setBusy(true);
    try {
      const response = await fetch('samples/mau-2026.hoinghi.json');
      const result = await call('conference:importFile', {
        fileName: 'mau-2026.hoinghi.json',
        text: await response.text(),
      });
      if (!result.ok) {
        message.error(result.error.message);
        return;
      }
      message.success(
        'Đã mở hội nghị mẫu năm 2026 (dữ liệu minh hoạ). Khi dùng thật, hãy khôi phục bản sao lưu "Trước khi mở một tệp hội nghị" hoặc dùng một thư mục dữ liệu mới.',
      );
      await reload();
      navigate({ name: 'conference', id: result.data.conference.id, tab: 'overview' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      icon={<ExperimentOutlined />}
      loading={busy}
      onClick={() => void open()}
      data-testid="open-sample"
    >
      Mở hội nghị mẫu
    </Button>
  );
}
