import { useCallback, useEffect, useState } from 'react';
import { Alert, Spin, Tabs, Typography } from 'antd';
import { conferenceTitle, type Conference } from '../../../core/domain/conference';
import { call } from '../api';
import type { AppErrorPayload } from '../../../core/result';
import { useWorkspace } from '../state/WorkspaceContext';
import { navigate } from '../state/useRoute';
import { ConferenceOverview } from './ConferenceOverview';
import { ConferenceSetupForm } from './ConferenceSetupForm';
import { CheckInScreen } from './CheckInScreen';

type Tab = 'overview' | 'setup' | 'checkin';

/** One conference: loads it once and hands it to its tabs, which report changes back. */
export function ConferenceScreen({ id, tab }: { id: string; tab: Tab }) {
  const { reload } = useWorkspace();
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

  if (error) return <Alert type="error" showIcon message={error.message} />;
  if (!conference) return <Spin />;
  return (
    <>
      <Typography.Title level={3} className="screen-title">
        {conferenceTitle(conference)}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => navigate({ name: 'conference', id, tab: key as Tab })}
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
            key: 'checkin',
            label: 'Điểm danh',
            children: <CheckInScreen conference={conference} onChange={setConference} />,
          },
        ]}
      />
    </>
  );
}
