import { useState } from 'react';
import { Button } from 'antd';
import { FontSizeOutlined } from '@ant-design/icons';
import type { DocumentHeaderSettings } from '../../../core/domain/documentSettings';
import type { DocumentId } from '../../../core/documents/documentContext';
import { DocumentHeaderDrawer } from './DocumentHeaderDrawer';

/**
 * "Tiêu đề và chữ ký" on a document row: opens the header drawer (R29). Each opening mounts the
 * drawer afresh (a new key), so it always starts from what the service says now.
 */
export function DocumentHeaderButton({
  conferenceId,
  documentId,
  documentName,
  onSaved,
}: {
  conferenceId: string;
  documentId: DocumentId;
  documentName: string;
  /** The settings saved; numberText changes when the preset changes the document's number type. */
  onSaved: (settings: DocumentHeaderSettings) => void;
}) {
  // Kept after closing so the drawer keeps its content while it slides out.
  const [drawer, setDrawer] = useState<{ key: number; open: boolean }>();
  return (
    <>
      <Button
        icon={<FontSizeOutlined />}
        onClick={() => setDrawer({ key: (drawer?.key ?? 0) + 1, open: true })}
        data-testid={`document-header-${documentId}`}
      >
        Tiêu đề và chữ ký
      </Button>
      {drawer && (
        <DocumentHeaderDrawer
          key={drawer.key}
          conferenceId={conferenceId}
          documentId={documentId}
          documentName={documentName}
          open={drawer.open}
          onClose={() => setDrawer({ ...drawer, open: false })}
          onSaved={onSaved}
        />
      )}
    </>
  );
}
