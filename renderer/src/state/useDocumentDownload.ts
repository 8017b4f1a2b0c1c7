import { useCallback, useState } from 'react';
import { App } from 'antd';
import type { ChannelInput } from '../../../core/contract';
import type { DocumentId } from '../../../core/documents/documentContext';
import { call } from '../api';
import { DOCX_TYPE, saveBase64File } from '../api/saveBase64File';

/**
 * "Tải về (.docx)" wherever a document is offered (the Documents tab, the written-opinion panel,
 * a Ban TTND record): built by the service, saved by the browser, a refusal said in Vietnamese.
 * `busy` names the document being built, so its button spins.
 */
export function useDocumentDownload() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<DocumentId | undefined>();
  const download = useCallback(
    async (input: ChannelInput<'documents:build'> & { ids: [DocumentId] }) => {
      setBusy(input.ids[0]);
      const result = await call('documents:build', input);
      setBusy(undefined);
      if (!result.ok) return void message.error(result.error.message);
      for (const file of result.data.files) saveBase64File(file.fileName, file.base64, DOCX_TYPE);
    },
    [message],
  );
  return { busy, download };
}
