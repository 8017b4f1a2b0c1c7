import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import type { Conference } from '../../../../core/domain/conference';
import { call } from '../../api';
import { useWorkspace } from '../../state/WorkspaceContext';
import { navigate } from '../../state/useRoute';
import { IsoDateInput } from './IsoDateInput';

/**
 * "Tạo hội nghị năm sau": next year's conference from this one — unit, roster, agenda, wording and
 * number register carried, unfinished items carried into its follow-up (nextYearConference.ts).
 */
export function NextYearButton({ conference }: { conference: Conference }) {
  const { reload } = useWorkspace();
  const { message, modal } = App.useApp();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState<string | undefined>();
  const [venue, setVenue] = useState(conference.venue ?? '');
  const [busy, setBusy] = useState(false);
  const year = conference.year + 1;

  const create = async () => {
    setBusy(true);
    const result = await call('followUp:createNextYear', {
      conferenceId: conference.id,
      ...(date ? { date } : {}),
      venue,
    });
    setBusy(false);
    if (!result.ok) return void message.error(result.error.message);
    setOpen(false);
    await reload();
    const { conference: next, carried, electionDue } = result.data;
    navigate({ name: 'conference', id: next.id, tab: 'overview' });
    modal.success({
      title: `Đã tạo hội nghị năm ${next.year}`,
      content: (
        <>
          <p>
            {carried} việc chưa xong được chuyển sang theo dõi năm {next.year}.
          </p>
          {electionDue.due && <p>{electionDue.reason}</p>}
        </>
      ),
    });
  };

  if (conference.followUp.nextConferenceId) {
    return (
      <Button
        onClick={() =>
          navigate({
            name: 'conference',
            id: conference.followUp.nextConferenceId ?? '',
            tab: 'overview',
          })
        }
      >
        Mở hội nghị năm {year}
      </Button>
    );
  }
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="create-next-year">
        Tạo hội nghị năm sau
      </Button>
      <Modal
        open={open}
        title={`Tạo hội nghị năm ${year} từ hội nghị này`}
        okText="Tạo"
        cancelText="Huỷ"
        confirmLoading={busy}
        onOk={() => void create()}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph>
          Mang sang: thông tin đơn vị, danh sách cán bộ, chương trình, cách hành văn, sổ số văn bản;
          các việc chưa hoàn thành được chuyển sang danh sách theo dõi năm {year}, đánh dấu “Chuyển
          từ năm trước”.
        </Typography.Paragraph>
        {conference.resolution.stage !== 'adopted' && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message="Nghị quyết năm nay chưa được thông qua: chưa có việc nào để chuyển sang."
          />
        )}
        <Form layout="vertical">
          <Form.Item label={`Ngày họp năm ${year} (có thể chọn sau)`}>
            <IsoDateInput ariaLabel="Ngày họp năm sau" value={date} onChange={setDate} />
          </Form.Item>
          <Form.Item label="Địa điểm">
            <Input aria-label="Địa điểm" value={venue} onChange={(e) => setVenue(e.target.value)} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
