import { useRef, useState } from 'react';
import { App, Button } from 'antd';
import { FolderOpenOutlined } from '@ant-design/icons';
import { call } from '../api';
import { useWorkspace } from '../state/WorkspaceContext';
import { navigate } from '../state/useRoute';

/** Opens a `*.hoinghi.json` conference file saved by this app (from this or another computer). */
export function OpenConferenceFileButton() {
  const { message, modal } = App.useApp();
  const { reload } = useWorkspace();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const open = async (file: File) => {
    setBusy(true);
    const result = await call('conference:importFile', {
      fileName: file.name,
      text: await file.text(),
    });
    setBusy(false);
    if (!result.ok) {
      modal.error({
        title: 'Không mở được tệp hội nghị',
        content: (
          <>
            <p>{result.error.message}</p>
            {result.error.issues.length > 0 && (
              <ul>
                {result.error.issues.slice(0, 8).map((issue) => (
                  <li key={issue}>{issue}</li>
                ))}
              </ul>
            )}
          </>
        ),
      });
      return;
    }
    const { conference, title, addedPeople, adoptedUnit } = result.data;
    const extra = [
      adoptedUnit ? 'thông tin đơn vị' : '',
      addedPeople ? `${addedPeople} người` : '',
    ].filter(Boolean);
    message.success(`Đã mở ${title}${extra.length ? ` (kèm ${extra.join(', ')})` : ''}.`);
    await reload();
    navigate({ name: 'conference', id: conference.id, tab: 'overview' });
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="open-conference-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void open(file);
        }}
      />
      <Button icon={<FolderOpenOutlined />} loading={busy} onClick={() => input.current?.click()}>
        Mở tệp hội nghị
      </Button>
    </>
  );
}
