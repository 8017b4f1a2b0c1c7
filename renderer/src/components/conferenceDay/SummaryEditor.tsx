import { useState, type KeyboardEvent } from 'react';
import { Input, Space, Typography } from 'antd';
import { vietnamClock } from '../../../../core/domain/vietnamTime';
import { SaveIndicator } from '../SaveIndicator';
import { useJournaledSave } from '../../state/useJournaledSave';

/**
 * The secretary's summary of one agenda item, typed while people talk: every keystroke goes to the
 * edit journal at once and to the service 300 ms after the last one (proceedings:saveSummary,
 * cheap by design). Ctrl+; puts the time in ("[09:42] "), as secretaries write in the margin.
 */
export function SummaryEditor({
  conferenceId,
  itemId,
  itemTitle,
  initial,
  rows = 6,
  autoFocus = false,
}: {
  conferenceId: string;
  itemId: string;
  itemTitle: string;
  /** The summary as last read; the editor owns the text from then on (keyed by item). */
  initial: string;
  rows?: number;
  autoFocus?: boolean;
}) {
  const [text, setText] = useState(initial);
  const { schedule, state } = useJournaledSave({
    conferenceId,
    journalKey: `summary:${itemId}`,
    label: `Tóm tắt mục “${itemTitle}”`,
    channel: 'proceedings:saveSummary',
  });

  const change = (next: string) => {
    setText(next);
    schedule({ conferenceId, itemId, summary: next });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(e.ctrlKey && e.key === ';')) return;
    e.preventDefault();
    const area = e.currentTarget;
    const stamp = `[${vietnamClock(new Date())}] `;
    const next = text.slice(0, area.selectionStart) + stamp + text.slice(area.selectionEnd);
    const caret = area.selectionStart + stamp.length;
    change(next);
    window.requestAnimationFrame(() => area.setSelectionRange(caret, caret));
  };

  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Input.TextArea
        aria-label={`Tóm tắt: ${itemTitle}`}
        data-testid="summary-editor"
        value={text}
        autoSize={{ minRows: rows, maxRows: 24 }}
        maxLength={20000}
        autoFocus={autoFocus}
        placeholder="Ghi tóm tắt diễn biến của mục này (lưu tự động). Ctrl+; chèn giờ hiện tại."
        onChange={(e) => change(e.target.value)}
        onKeyDown={onKeyDown}
        style={{ fontSize: 15 }}
      />
      <Space size={12}>
        <SaveIndicator state={state} testId="summary-save-state" />
        {state.status === 'error' && state.message && (
          <Typography.Text type="danger">{state.message}</Typography.Text>
        )}
      </Space>
    </Space>
  );
}
