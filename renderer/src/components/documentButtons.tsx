import type { ReactNode } from 'react';
import { Button } from 'antd';
import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';

/** "Xem trước" and "Tải về (.docx)", the two actions every document row ends with. */
export function documentButtons({
  loading,
  onPreview,
  onDownload,
}: {
  loading: boolean;
  onPreview: () => void;
  onDownload: () => void;
}): ReactNode[] {
  return [
    <Button key="preview" icon={<EyeOutlined />} onClick={onPreview}>
      Xem trước
    </Button>,
    <Button key="download" icon={<DownloadOutlined />} loading={loading} onClick={onDownload}>
      Tải về (.docx)
    </Button>,
  ];
}
