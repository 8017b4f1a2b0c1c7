import { Layout, Menu, type MenuProps } from 'antd';
import {
  BankOutlined,
  CalendarOutlined,
  EditOutlined,
  HomeOutlined,
  QuestionCircleOutlined,
  SafetyOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { conferenceTitle } from '../../../core/domain/conference';
import { useWorkspace } from '../state/WorkspaceContext';
import { navigate, routeHref, type Route } from '../state/useRoute';

/** Left navigation: the unit, its roster, each conference by year, backups and help. */
export function AppSidebar({ route }: { route: Route }) {
  const { workspace } = useWorkspace();
  const items: MenuProps['items'] = [
    { key: routeHref({ name: 'start' }), icon: <HomeOutlined />, label: 'Trang đầu' },
    { key: routeHref({ name: 'unit' }), icon: <BankOutlined />, label: 'Thông tin đơn vị' },
    { key: routeHref({ name: 'wording' }), icon: <EditOutlined />, label: 'Mẫu câu văn bản' },
    {
      key: routeHref({ name: 'people' }),
      icon: <TeamOutlined />,
      label: `Danh sách cán bộ (${workspace.people.filter((p) => p.active).length})`,
    },
    {
      key: 'conferences',
      icon: <CalendarOutlined />,
      label: 'Hội nghị',
      children: workspace.conferences.map((c) => ({
        key: routeHref({ name: 'conference', id: c.id, tab: 'overview' }),
        label: conferenceTitle(c).replace('Hội nghị CBCCVC ', ''),
      })),
    },
    { key: routeHref({ name: 'backups' }), icon: <SafetyOutlined />, label: 'Sao lưu, khôi phục' },
    {
      key: routeHref({ name: 'help', chapter: 'README' }),
      icon: <QuestionCircleOutlined />,
      label: 'Hướng dẫn sử dụng',
    },
  ];
  const selected =
    route.name === 'conference'
      ? routeHref({ name: 'conference', id: route.id, tab: 'overview' })
      : routeHref(route.name === 'help' ? { name: 'help', chapter: 'README' } : route);
  return (
    <Layout.Sider width={232} breakpoint="lg" collapsedWidth={0}>
      <div className="app-brand">
        Hội nghị CBCCVC
        <small>{workspace.unit.name || 'Chưa có tên đơn vị'}</small>
      </div>
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={[selected]}
        defaultOpenKeys={['conferences']}
        items={items}
        onClick={({ key }) => {
          if (key.startsWith('#')) window.location.hash = key;
          else navigate({ name: 'start' });
        }}
      />
    </Layout.Sider>
  );
}
