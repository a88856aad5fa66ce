import {
  AuditOutlined,
  BookOutlined,
  CalendarOutlined,
  FileSearchOutlined,
  LogoutOutlined,
  NotificationOutlined,
  SolutionOutlined,
  BarChartOutlined,
  InboxOutlined,
  WalletOutlined,
  SendOutlined,
  BellOutlined,
  ScheduleOutlined,
  DashboardOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Layout, Menu, Segmented, Space, Tag, Typography } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { api } from '../api/endpoints';
import { canOpen, pagesFor, STAFF_PAGES, type StaffPage } from '../auth/roles';
import { useActor, useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import type { Language } from '../i18n/messages';
import { LiveInboxProvider, useInboxRefetchInterval } from '../inbox/live-inbox';

const ICONS: Record<StaffPage, ReactNode> = {
  reception: <SolutionOutlined />,
  queue: <NotificationOutlined />,
  work: <ScheduleOutlined />,
  dashboard: <DashboardOutlined />,
  dossiers: <FileSearchOutlined />,
  returnCounter: <InboxOutlined />,
  cashier: <WalletOutlined />,
  postal: <SendOutlined />,
  inbox: <BellOutlined />,
  queueStats: <BarChartOutlined />,
  catalog: <BookOutlined />,
  calendar: <CalendarOutlined />,
};

// Ant Design's Result carries large illustrations: it loads only when a page is refused.
const Forbidden = lazy(async () => ({ default: (await import('./forbidden')).Forbidden }));

function pageAt(pathname: string): StaffPage | undefined {
  return (Object.keys(STAFF_PAGES) as StaffPage[]).find(
    (page) => pathname === STAFF_PAGES[page].path || pathname.startsWith(`${STAFF_PAGES[page].path}/`),
  );
}

/** The inbox's menu entry with its unread count, kept live by the inbox stream. */
function InboxMenuLabel({ label }: { label: string }) {
  const refetchInterval = useInboxRefetchInterval();
  const unread = useQuery({
    queryKey: ['inbox', 'unread-count'],
    queryFn: api.inboxUnreadCount,
    refetchInterval,
  });
  return (
    <Space size={6}>
      {label}
      <Badge count={unread.data?.unreadCount ?? 0} size="small" data-testid="menu-inbox-unread" />
    </Space>
  );
}

/** The frame of every staff page: the menu of what the user's roles allow, who is logged in, the language. */
export function StaffLayout() {
  const actor = useActor();
  const { logout } = useSession();
  const { t, language, setLanguage } = useI18n();
  const { pathname } = useLocation();
  const current = pageAt(pathname);
  const allowed = current === undefined || canOpen(actor.roles, current);

  return (
    <LiveInboxProvider>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider
          width={216}
          breakpoint="lg"
          collapsedWidth={64}
          theme="light"
          style={{ borderRight: '1px solid #eef0f3' }}
        >
          <div style={{ padding: '16px 16px 8px', display: 'flex', gap: 8, alignItems: 'center' }}>
            <AuditOutlined style={{ fontSize: 24, color: '#0b5cad' }} />
            <Typography.Text strong style={{ lineHeight: 1.2 }}>
              {t('app.shortName')}
            </Typography.Text>
          </div>
          <Menu
            mode="inline"
            selectedKeys={current ? [current] : []}
            items={pagesFor(actor.roles).map((page) => ({
              key: page,
              icon: ICONS[page],
              label: (
                <Link to={STAFF_PAGES[page].path}>
                  {page === 'inbox' ? <InboxMenuLabel label={t('menu.inbox')} /> : t(`menu.${page}`)}
                </Link>
              ),
            }))}
          />
        </Layout.Sider>
        <Layout>
          <Layout.Header
            style={{
              background: '#fff',
              padding: '0 20px',
              display: 'flex',
              justifyContent: 'space-between',
              alignItems: 'center',
              borderBottom: '1px solid #eef0f3',
              height: 56,
            }}
          >
            <Typography.Text type="secondary">{t('app.centerName')}</Typography.Text>
            <Space size="middle">
              <Segmented<Language>
                size="small"
                value={language}
                onChange={setLanguage}
                options={[
                  { label: 'VI', value: 'vi' },
                  { label: 'EN', value: 'en' },
                ]}
              />
              <span>
                <Typography.Text strong data-testid="current-user">
                  {actor.displayName ?? actor.name}
                </Typography.Text>{' '}
                {actor.roles.map((role) => (
                  <Tag key={role} color="blue">
                    {t(`role.${role}`)}
                  </Tag>
                ))}
              </span>
              <Button icon={<LogoutOutlined />} onClick={logout}>
                {t('action.logout')}
              </Button>
            </Space>
          </Layout.Header>
          <Layout.Content style={{ padding: 20 }}>
            {allowed ? (
              <Outlet />
            ) : (
              <Suspense fallback={null}>
                <Forbidden />
              </Suspense>
            )}
          </Layout.Content>
        </Layout>
      </Layout>
    </LiveInboxProvider>
  );
}
