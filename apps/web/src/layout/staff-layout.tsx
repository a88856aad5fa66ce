import {
  ApiOutlined,
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
  TeamOutlined,
  WarningOutlined,
  MailOutlined,
  ApartmentOutlined,
  NumberOutlined,
  ContactsOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { lazy, Suspense, type CSSProperties, type ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { api } from '../api/endpoints';
import { canOpen, pagesFor, STAFF_PAGES, type StaffPage } from '../auth/roles';
import { useActor, useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { preloadPath } from '../lazy-pages';
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
  users: <TeamOutlined />,
  apiClients: <ApiOutlined />,
  deadLetters: <WarningOutlined />,
  templates: <MailOutlined />,
  processes: <ApartmentOutlined />,
  assignmentRules: <TeamOutlined />,
  receiptSeries: <NumberOutlined />,
  contactPoints: <ContactsOutlined />,
};

// Ant Design's Result carries large illustrations: it loads only when a page is refused.
const Forbidden = lazy(async () => ({ default: (await import('./forbidden')).Forbidden }));

function pageAt(pathname: string): StaffPage | undefined {
  return (Object.keys(STAFF_PAGES) as StaffPage[]).find(
    (page) => pathname === STAFF_PAGES[page].path || pathname.startsWith(`${STAFF_PAGES[page].path}/`),
  );
}

// A plain count pill: Ant Design's Badge would add its animation code to every staff page.
const UNREAD_STYLE: CSSProperties = {
  display: 'inline-block',
  minWidth: 18,
  padding: '0 5px',
  borderRadius: 9,
  background: '#ff4d4f',
  color: '#fff',
  fontSize: 12,
  lineHeight: '18px',
  textAlign: 'center',
};

/** The inbox's menu entry with its unread count, kept live by the inbox stream. */
function InboxMenuLabel({ label }: { label: string }) {
  const refetchInterval = useInboxRefetchInterval();
  const unread = useQuery({
    queryKey: ['inbox', 'unread-count'],
    queryFn: api.inboxUnreadCount,
    refetchInterval,
  });
  const count = unread.data?.unreadCount ?? 0;
  // data-live tells whether the stream is followed (no polling) or the 15 s polling stands in for it.
  return (
    <Space size={6} data-testid="menu-inbox" data-live={refetchInterval === false}>
      {label}
      {count > 0 && (
        <span style={UNREAD_STYLE} data-testid="menu-inbox-unread">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Space>
  );
}

/** The frame of every staff page, following the user's inbox stream while it is open. */
export default function StaffLayout() {
  return (
    <LiveInboxProvider>
      <StaffFrame />
    </LiveInboxProvider>
  );
}

/** The menu of what the user's roles allow, who is logged in, the language. */
function StaffFrame() {
  const actor = useActor();
  const { logout } = useSession();
  const { t, language, setLanguage } = useI18n();
  const { pathname } = useLocation();
  const current = pageAt(pathname);
  const allowed = current === undefined || canOpen(actor.roles, current);

  return (
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
              // The page's chunks start loading as the pointer or the focus reaches its entry, before the click.
              <Link
                to={STAFF_PAGES[page].path}
                onMouseEnter={() => void preloadPath(STAFF_PAGES[page].path)}
                onFocus={() => void preloadPath(STAFF_PAGES[page].path)}
              >
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
            <Space.Compact size="small">
              {(['vi', 'en'] as const).map((option) => (
                <Button
                  key={option}
                  type={option === language ? 'primary' : 'default'}
                  aria-pressed={option === language}
                  onClick={() => setLanguage(option)}
                >
                  {option.toUpperCase()}
                </Button>
              ))}
            </Space.Compact>
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
  );
}
