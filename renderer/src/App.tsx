import { Layout } from 'antd';
import { WorkspaceProvider } from './state/WorkspaceContext';
import { useRoute } from './state/useRoute';
import { AppSidebar } from './components/AppSidebar';
import { SaveStatusBadge } from './components/SaveStatusBadge';
import { LoadFallback } from './screens/LoadFallback';
import { StartScreen } from './screens/StartScreen';
import { UnitScreen } from './screens/UnitScreen';
import { WordingScreen } from './screens/WordingScreen';
import { PeopleScreen } from './screens/PeopleScreen';
import { BackupScreen } from './screens/BackupScreen';
import { HelpScreen } from './screens/HelpScreen';
import { ConferenceScreen } from './screens/ConferenceScreen';
import { ElectionProjectorView } from './screens/election/ElectionProjectorView';
import { ConferenceProjectorView } from './screens/conferenceDay/ConferenceProjectorView';

export function App() {
  const route = useRoute();
  // The projector window shows the election results alone: no menu, no header, no controls.
  if (route.name === 'projector') return <ElectionProjectorView conferenceId={route.id} />;
  // Likewise the conference day for the hall: current item, quorum, latest vote (issue 6).
  if (route.name === 'dayProjector') return <ConferenceProjectorView conferenceId={route.id} />;
  return (
    <WorkspaceProvider fallback={(state, retry) => <LoadFallback state={state} retry={retry} />}>
      <Layout style={{ minHeight: '100vh' }}>
        <AppSidebar route={route} />
        <Layout>
          <Layout.Header className="app-header">
            <SaveStatusBadge />
          </Layout.Header>
          <Layout.Content className="app-content">
            {route.name === 'start' && <StartScreen />}
            {route.name === 'unit' && <UnitScreen />}
            {route.name === 'wording' && <WordingScreen />}
            {route.name === 'people' && <PeopleScreen />}
            {route.name === 'backups' && <BackupScreen />}
            {route.name === 'help' && <HelpScreen key={route.chapter} chapter={route.chapter} />}
            {route.name === 'conference' && (
              <ConferenceScreen
                key={route.id}
                id={route.id}
                tab={route.tab}
                section={route.section}
              />
            )}
          </Layout.Content>
        </Layout>
      </Layout>
    </WorkspaceProvider>
  );
}
