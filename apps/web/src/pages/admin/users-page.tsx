import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { api, type StaffUser } from '../../api/endpoints';
import { ROLES, type Role } from '../../auth/roles';
import { useActor } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { useMessage } from '../../components/message';

// The account forms and the password shown once load when needed.
const UserEditor = lazy(async () => ({ default: (await import('./user-editor')).UserEditor }));
const PasswordReset = lazy(async () => ({ default: (await import('./user-editor')).PasswordReset }));
const OneTimeSecret = lazy(async () => ({ default: (await import('./one-time-secret')).OneTimeSecret }));

const PAGE_SIZE = 20;

/** Người dùng: staff accounts with search and server paging; create, edit roles and unit, lock, reset password. */
export default function UsersPage() {
  const { t } = useI18n();
  const actor = useActor();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<StaffUser | 'new' | null>(null);
  const [resetting, setResetting] = useState<StaffUser | null>(null);
  const [generated, setGenerated] = useState<{ username: string; password: string } | null>(null);
  const users = useQuery({
    queryKey: ['users', query, role, page],
    queryFn: () => api.users({ q: query || undefined, role, page, pageSize: PAGE_SIZE }),
    placeholderData: (previous) => previous,
  });
  const units = useQuery({ queryKey: ['units'], queryFn: api.units, staleTime: Infinity });
  const unitName = (code: string) => units.data?.items.find((unit) => unit.code === code)?.shortName ?? code;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['users'] });
  const setActive = useMutation({
    mutationFn: (change: { user: StaffUser; isActive: boolean }) =>
      api.setUserActive(change.user.id, change.isActive),
    onSuccess: (user) => {
      void message.success(
        t(user.isActive ? 'users.enabledDone' : 'users.disabledDone', { username: user.username }),
      );
      refresh();
    },
    onError: (error: Error) => void message.error(error.message),
  });
  const saved = (username: string, password: string | null) => {
    setEditing(null);
    refresh();
    if (password) setGenerated({ username, password });
    else void message.success(t('users.saved', { username }));
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.users')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('users.add')}
        </Button>
      </div>
      <Card>
        <Space style={{ marginBottom: 16 }} wrap>
          <Input.Search
            allowClear
            style={{ width: 360 }}
            placeholder={t('users.searchPlaceholder')}
            onSearch={(value) => {
              setQuery(value.trim());
              setPage(1);
            }}
            enterButton
          />
          <Select<Role>
            allowClear
            style={{ width: 220 }}
            placeholder={t('users.anyRole')}
            value={role}
            onChange={(value) => {
              setRole(value);
              setPage(1);
            }}
            options={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
          />
        </Space>
        <Table<StaffUser>
          rowKey="id"
          size="middle"
          loading={users.isFetching}
          dataSource={users.data?.items ?? []}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: users.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
            showTotal: (total) => t('common.total', { total }),
          }}
          columns={[
            {
              title: t('users.username'),
              dataIndex: 'username',
              width: 160,
              render: (username: string, user) => (
                <Space size={4}>
                  <Typography.Text strong>{username}</Typography.Text>
                  {user.id === actor.id && <Tag>{t('users.self')}</Tag>}
                </Space>
              ),
            },
            { title: t('users.fullName'), dataIndex: 'fullName' },
            {
              title: t('users.roles'),
              dataIndex: 'roles',
              render: (roles: Role[]) =>
                roles.map((value) => (
                  <Tag key={value} color="blue">
                    {t(`role.${value}`)}
                  </Tag>
                )),
            },
            {
              title: t('users.unit'),
              dataIndex: 'unitCode',
              width: 150,
              render: (code: string | null) =>
                code ? (
                  unitName(code)
                ) : (
                  <Typography.Text type="secondary">{t('users.centerWide')}</Typography.Text>
                ),
            },
            {
              title: t('users.status'),
              dataIndex: 'isActive',
              width: 130,
              render: (isActive: boolean) =>
                isActive ? (
                  <Tag color="green">{t('users.active')}</Tag>
                ) : (
                  <Tag color="red">{t('users.disabled')}</Tag>
                ),
            },
            {
              title: t('users.actions'),
              key: 'actions',
              width: 270,
              render: (_: unknown, user) => (
                <Space size={0} wrap>
                  <Button type="link" size="small" onClick={() => setEditing(user)}>
                    {t('users.edit')}
                  </Button>
                  <Button type="link" size="small" onClick={() => setResetting(user)}>
                    {t('users.resetPassword')}
                  </Button>
                  {user.isActive ? (
                    <Popconfirm
                      title={t('users.disableConfirm', { username: user.username })}
                      okText={t('users.disable')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('action.cancel')}
                      onConfirm={() => setActive.mutate({ user, isActive: false })}
                      disabled={user.id === actor.id}
                    >
                      <Button type="link" size="small" danger disabled={user.id === actor.id}>
                        {t('users.disable')}
                      </Button>
                    </Popconfirm>
                  ) : (
                    <Button
                      type="link"
                      size="small"
                      onClick={() => setActive.mutate({ user, isActive: true })}
                    >
                      {t('users.enable')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Suspense fallback={null}>
        {editing && (
          <UserEditor
            user={editing === 'new' ? undefined : editing}
            onClose={() => setEditing(null)}
            onSaved={saved}
          />
        )}
        {resetting && (
          <PasswordReset
            user={resetting}
            onClose={() => setResetting(null)}
            onDone={(password) => {
              setResetting(null);
              if (password) setGenerated({ username: resetting.username, password });
              else void message.success(t('users.passwordSet', { username: resetting.username }));
            }}
          />
        )}
        {generated && (
          <OneTimeSecret
            title={t('users.generatedTitle', { username: generated.username })}
            note={t('users.generatedNote')}
            secret={generated.password}
            okText={t('users.generatedSaved')}
            testId="generated-password"
            onClose={() => setGenerated(null)}
          />
        )}
      </Suspense>
    </Space>
  );
}
