import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Flex, Spin, Tabs, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { saveTextFile } from '../api/saveTextFile';
import { conferenceTitle, type Conference } from '../../../core/domain/conference';
import { call } from '../api';
import type { AppErrorPayload } from '../../../core/result';
import { useWorkspace } from '../state/WorkspaceContext';
import { navigate, type ConferenceTab } from '../state/useRoute';
import { AgendaEditor } from './AgendaEditor';
import { PreparationPlan } from './PreparationPlan';
import { DocumentsPanel } from './DocumentsPanel';
import { ConferenceOverview } from './ConferenceOverview';
import { ConferenceSetupForm } from './ConferenceSetupForm';
import { CheckInScreen } from './CheckInScreen';
import { ElectionScreen } from './election/ElectionScreen';
import { LiveConferenceScreen } from './conferenceDay/LiveConferenceScreen';
import { ResolutionEditor } from './conferenceDay/ResolutionEditor';
import { FollowUpScreen } from './followUp/FollowUpScreen';
import { BoardWorkScreen } from './followUp/BoardWorkScreen';
import { RestoredEditsNotice } from '../components/conferenceDay/RestoredEditsNotice';

/** One conference: loads it once and hands it to its tabs, which report changes back. */
export function ConferenceScreen({
  id,
  tab,
  section,
}: {
  id: string;
  tab: ConferenceTab;
  /** The part of a tab to show (the election's steps). */
  section?: string;
}) {
  const { reload } = useWorkspace();
  const { message } = App.useApp();
  const [conference, setConference] = useState<Conference | undefined>();
  const [error, setError] = useState<AppErrorPayload | undefined>();

  useEffect(() => {
    void call('conference:get', { id }).then((result) => {
      if (result.ok) setConference(result.data);
      else setError(result.error);
    });
  }, [id]);

  // The start screen's step summaries come from the service: refresh them when this one changes.
  const onChange = useCallback(
    (next: Conference) => {
      setConference(next);
      void reload();
    },
    [reload],
  );

  const exportFile = async () => {
    const result = await call('conference:exportFile', { id });
    if (!result.ok) return message.error(result.error.message);
    saveTextFile(result.data.fileName, result.data.text);
    message.success(
      `Đã lưu ${result.data.fileName}: mở lại bằng "Mở tệp hội nghị" ở trang đầu, trên máy này hoặc máy khác.`,
    );
  };

  if (error) return <Alert type="error" showIcon message={error.message} />;
  if (!conference) return <Spin />;
  return (
    <>
      <Flex justify="space-between" align="start">
        <Typography.Title level={3} className="screen-title">
          {conferenceTitle(conference)}
        </Typography.Title>
        <Button
          icon={<SaveOutlined />}
          onClick={() => void exportFile()}
          data-testid="export-conference-file"
        >
          Lưu ra tệp (.hoinghi.json)
        </Button>
      </Flex>
      <RestoredEditsNotice conferenceId={id} />
      <Tabs
        activeKey={tab}
        destroyOnHidden
        // Eleven tabs fit on one line at 1366 px, the usual office laptop, with nothing hidden
        // behind the overflow menu (measured: ~1,040 of 1,086 px).
        tabBarGutter={24}
        onChange={(key) => navigate({ name: 'conference', id, tab: key as ConferenceTab })}
        items={[
          {
            key: 'overview',
            label: 'Tổng quan',
            children: <ConferenceOverview conference={conference} />,
          },
          {
            key: 'setup',
            label: 'Thiết lập',
            children: <ConferenceSetupForm conference={conference} onChange={onChange} />,
          },
          {
            key: 'preparation',
            label: 'Chuẩn bị',
            children: <PreparationPlan conference={conference} onChange={onChange} />,
          },
          {
            key: 'agenda',
            label: 'Chương trình',
            children: <AgendaEditor conference={conference} onChange={onChange} />,
          },
          {
            key: 'documents',
            label: 'Văn bản',
            children: <DocumentsPanel conference={conference} />,
          },
          {
            key: 'checkin',
            label: 'Điểm danh',
            children: <CheckInScreen conference={conference} onChange={setConference} />,
          },
          {
            key: 'election',
            label: 'Bầu Ban TTND',
            children: (
              <ElectionScreen conference={conference} section={section} onChange={onChange} />
            ),
          },
          {
            key: 'day',
            label: 'Điều hành',
            children: (
              <LiveConferenceScreen conference={conference} section={section} onChange={onChange} />
            ),
          },
          {
            key: 'resolution',
            label: 'Nghị quyết',
            children: <ResolutionEditor conference={conference} onChange={onChange} />,
          },
          {
            key: 'followUp',
            label: 'Theo dõi thực hiện',
            children: <FollowUpScreen conference={conference} />,
          },
          {
            key: 'boardWork',
            label: 'Ban TTND',
            children: <BoardWorkScreen conference={conference} />,
          },
        ]}
      />
    </>
  );
}
