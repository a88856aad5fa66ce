import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Card, Popconfirm, Segmented, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, type DeadLetter, type DomainService } from '../../api/endpoints';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { refusedFields } from './dead-letter-detail';
import { useMessage } from '../../components/message';

const SERVICES: DomainService[] = ['intake', 'routing', 'fees', 'courier', 'notifications'];
const REASONS = ['invalid', 'permanent', 'malformed', 'no_handler', 'delivery_limit'];

/** Why the service gave the message up: its refused fields as a list, any other detail as written. */
function Detail({ detail }: { detail: string | null }) {
  const { t } = useI18n();
  const fields = refusedFields(detail);
  return (
    <div style={{ paddingInline: 8 }}>
      <Typography.Text strong>{t('deadLetters.detail')}</Typography.Text>
      {fields ? (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {fields.map((field) => (
            <li key={field.field}>
              <Typography.Text code>{field.field}</Typography.Text> {field.message}
            </li>
          ))}
        </ul>
      ) : (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', margin: '4px 0 0' }}>
          {detail ?? t('deadLetters.noDetail')}
        </Typography.Paragraph>
      )}
    </div>
  );
}

/** Tin nhắn lỗi: per service, what sits in its dead-letter queue and why; replay one or all. */
export default function DeadLettersPage() {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [service, setService] = useState<DomainService>('intake');
  const counts = useQuery({ queryKey: ['dead-letters'], queryFn: api.deadLetterCounts });
  const letters = useQuery({ queryKey: ['dead-letters', service], queryFn: () => api.deadLetters(service) });
  // The open service's own list is the truer count: a list being read holds its messages out of the count.
  const countOf = (name: DomainService) =>
    name === service && letters.data
      ? letters.data.items.length
      : (counts.data?.items.find((item) => item.service === name)?.count ?? 0);
  const replay = useMutation({
    mutationFn: (id?: string) => api.replayDeadLetters(service, id),
    onSuccess: ({ replayed }) => {
      void message.success(t('deadLetters.replayed', { count: replayed.length }));
      void queryClient.invalidateQueries({ queryKey: ['dead-letters'] });
    },
    onError: (error: Error) => void message.error(error.message),
  });
  const reasonLabel = (reason: string) =>
    t(`deadLetters.reason.${REASONS.includes(reason) ? reason : 'unknown'}` as MessageKey);
  const items = letters.data?.items ?? [];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.deadLetters')}
        </Typography.Title>
        <Space>
          <Button
            icon={<ReloadOutlined />}
            loading={letters.isFetching}
            onClick={() => void queryClient.invalidateQueries({ queryKey: ['dead-letters'] })}
          >
            {t('deadLetters.refresh')}
          </Button>
          <Popconfirm
            title={t('deadLetters.replayAllConfirm', {
              count: items.length,
              service: t(`deadLetters.service.${service}`),
            })}
            okText={t('deadLetters.replayAll')}
            cancelText={t('action.cancel')}
            onConfirm={() => replay.mutate(undefined)}
            disabled={items.length === 0}
          >
            <Button type="primary" disabled={items.length === 0} loading={replay.isPending}>
              {t('deadLetters.replayAll')}
            </Button>
          </Popconfirm>
        </Space>
      </div>
      <Typography.Text type="secondary">{t('deadLetters.intro')}</Typography.Text>
      <Segmented<DomainService>
        value={service}
        onChange={setService}
        data-testid="dead-letter-services"
        options={SERVICES.map((name) => ({
          value: name,
          label: (
            <Space size={6}>
              {t(`deadLetters.service.${name}`)}
              <Badge count={countOf(name)} showZero color={countOf(name) > 0 ? '#cf1322' : '#bfbfbf'} />
            </Space>
          ),
        }))}
      />
      <Card>
        <Table<DeadLetter>
          rowKey="id"
          size="middle"
          loading={letters.isFetching}
          dataSource={items}
          locale={{ emptyText: t('deadLetters.empty') }}
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          expandable={{
            expandedRowRender: (letter) => <Detail detail={letter.detail} />,
          }}
          columns={[
            { title: t('deadLetters.type'), dataIndex: 'type' },
            {
              title: t('deadLetters.id'),
              dataIndex: 'id',
              width: 170,
              render: (id: string) => (
                <Typography.Text copyable={{ text: id }} style={{ fontFamily: 'monospace' }}>
                  {id.slice(0, 13)}…
                </Typography.Text>
              ),
            },
            {
              title: t('deadLetters.reason'),
              dataIndex: 'reason',
              width: 180,
              render: (reason: string) => (
                <Tag color={reason === 'delivery_limit' ? 'orange' : 'red'}>{reasonLabel(reason)}</Tag>
              ),
            },
            {
              title: t('deadLetters.deadAt'),
              dataIndex: 'deadAt',
              width: 160,
              render: (at: string | null) => (at ? dayjs(at).format('DD/MM/YYYY HH:mm:ss') : '—'),
            },
            {
              title: t('deadLetters.deliveryCount'),
              dataIndex: 'deliveryCount',
              width: 110,
              align: 'right',
              render: (count: number | null) => count ?? '—',
            },
            {
              key: 'actions',
              width: 110,
              render: (_: unknown, letter) => (
                <Button
                  size="small"
                  onClick={() => replay.mutate(letter.id)}
                  loading={replay.isPending && replay.variables === letter.id}
                >
                  {t('deadLetters.replay')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
