import { App, Button, Space } from 'antd';
import { CalendarOutlined, FileExcelOutlined } from '@ant-design/icons';
import type { FollowUpFilter } from '../../../../core/domain/followUpFilter';
import { call } from '../../api';
import { saveBase64File } from '../../api/saveBase64File';
import { saveTextFile } from '../../api/saveTextFile';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The deadlines as an .ics (Outlook, a phone) and the list as filtered on screen as an .xlsx. */
export function FollowUpExportButtons({
  conferenceId,
  filter,
}: {
  conferenceId: string;
  filter: FollowUpFilter;
}) {
  const { message } = App.useApp();
  const calendar = async () => {
    const result = await call('followUp:exportCalendar', { conferenceId });
    if (!result.ok) return void message.error(result.error.message);
    saveTextFile(result.data.fileName, result.data.text, 'text/calendar');
    void message.success(`Đã lưu ${result.data.fileName} (${result.data.events} mốc).`);
  };
  const spreadsheet = async () => {
    const result = await call('followUp:exportSpreadsheet', { conferenceId, filter });
    if (!result.ok) return void message.error(result.error.message);
    saveBase64File(result.data.fileName, result.data.base64, XLSX_TYPE);
    void message.success(`Đã lưu ${result.data.fileName} (${result.data.rows} việc).`);
  };
  return (
    <Space>
      <Button icon={<CalendarOutlined />} onClick={() => void calendar()} data-testid="export-ics">
        Lịch nhắc việc (.ics)
      </Button>
      <Button
        icon={<FileExcelOutlined />}
        onClick={() => void spreadsheet()}
        data-testid="export-xlsx"
      >
        Danh sách ra Excel (.xlsx)
      </Button>
    </Space>
  );
}
