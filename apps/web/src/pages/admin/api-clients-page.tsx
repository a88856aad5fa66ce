import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { api, type ApiClient, type ApiClientSecret } from '../../api/endpoints';
import { useI18n } from '../../i18n/i18n';
import { useMessage } from '../../components/message';

// The registration form and the secret shown once load when needed.
const ClientEditor = lazy(async () => ({ default: (await import('./client-editor')).ClientEditor }));
const OneTimeSecret = lazy(async () => ({ default: (await import('./one-time-secret')).OneTimeSecret }));

/** Ứng dụng của đơn vị: department systems' client credentials; register, new secret (shown once), revoke. */
export default function ApiClientsPage() {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<ApiClientSecret | null>(null);
  const clients = useQuery({ queryKey: ['api-clients'], queryFn: api.apiClients });
  const units = useQuery({ queryKey: ['units'], queryFn: api.units, staleTime: Infinity });
  const unitName = (code: string) => units.data?.items.find((unit) => unit.code === code)?.shortName ?? code;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['api-clients'] });
  const rotate = useMutation({
    mutationFn: (client: ApiClient) => api.rotateApiClientSecret(client.id),
    onSuccess: setSecret,
    onError: (error: Error) => void message.error(error.message),
  });
  const revoke = useMutation({
    mutationFn: (client: ApiClient) => api.revokeApiClient(client.id),
    onSuccess: (client) => {
      void message.success(t('apiClients.revokedDone', { clientId: client.clientId }));
      refresh();
    },
    onError: (error: Error) => void message.error(error.message),
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.apiClients')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('apiClients.add')}
        </Button>
      </div>
      <Typography.Text type="secondary">{t('apiClients.intro')}</Typography.Text>
      <Card>
        <Table<ApiClient>
          rowKey="id"
          size="middle"
          loading={clients.isFetching}
          dataSource={clients.data?.items ?? []}
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          columns={[
            {
              title: t('apiClients.clientId'),
              dataIndex: 'clientId',
              width: 190,
              render: (clientId: string) => <Typography.Text strong>{clientId}</Typography.Text>,
            },
            { title: t('apiClients.name'), dataIndex: 'name' },
            {
              title: t('apiClients.unit'),
              dataIndex: 'unitCode',
              width: 200,
              render: (code: string) => (
                <>
                  {unitName(code)}
                  <br />
                  <Typography.Text type="secondary">{code}</Typography.Text>
                </>
              ),
            },
            {
              title: t('apiClients.status'),
              dataIndex: 'isActive',
              width: 130,
              render: (isActive: boolean) =>
                isActive ? (
                  <Tag color="green">{t('apiClients.active')}</Tag>
                ) : (
                  <Tag color="red">{t('apiClients.revoked')}</Tag>
                ),
            },
            {
              title: t('apiClients.createdAt'),
              dataIndex: 'createdAt',
              width: 120,
              render: (at: string) => dayjs(at).format('DD/MM/YYYY'),
            },
            {
              title: t('users.actions'),
              key: 'actions',
              width: 230,
              render: (_: unknown, client) =>
                client.isActive && (
                  <Space size={0} wrap>
                    <Popconfirm
                      title={t('apiClients.rotateConfirm', { clientId: client.clientId })}
                      okText={t('apiClients.rotate')}
                      cancelText={t('action.cancel')}
                      onConfirm={() => rotate.mutate(client)}
                    >
                      <Button type="link" size="small">
                        {t('apiClients.rotate')}
                      </Button>
                    </Popconfirm>
                    <Popconfirm
                      title={t('apiClients.revokeConfirm', { clientId: client.clientId })}
                      okText={t('apiClients.revoke')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('action.cancel')}
                      onConfirm={() => revoke.mutate(client)}
                    >
                      <Button type="link" size="small" danger>
                        {t('apiClients.revoke')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <Suspense fallback={null}>
        {creating && (
          <ClientEditor
            onClose={() => setCreating(false)}
            onCreated={(created) => {
              setCreating(false);
              setSecret(created);
              refresh();
            }}
          />
        )}
        {secret && (
          <OneTimeSecret
            title={t('apiClients.secretTitle', { clientId: secret.client.clientId })}
            note={t('apiClients.secretNote')}
            secret={secret.clientSecret}
            okText={t('apiClients.secretCopied')}
            testId="client-secret"
            onClose={() => setSecret(null)}
          />
        )}
      </Suspense>
    </Space>
  );
}
