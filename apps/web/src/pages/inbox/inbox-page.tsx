import type { InboxItemV1 } from '@motcua/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Card, Checkbox, List, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/endpoints';
import { useI18n } from '../../i18n/i18n';
import { useInboxRefetchInterval } from '../../inbox/live-inbox';
import { useMessage } from '../../components/message';

/** Hộp thư: what reached this user, their unit and their role, newest first; urgent items stand out. */
export default function InboxPage() {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const refetchInterval = useInboxRefetchInterval();
  const inbox = useQuery({
    queryKey: ['inbox', unreadOnly],
    queryFn: () => api.inbox(unreadOnly),
    refetchInterval,
  });
  const markRead = useMutation({
    mutationFn: (itemIds?: string[]) => api.markInboxRead(itemIds),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['inbox'] }),
    onError: (error: Error) => void message.error(error.message),
  });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Space align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('menu.inbox')}
          </Typography.Title>
          <Badge count={inbox.data?.unreadCount ?? 0} data-testid="inbox-unread" showZero color="#0b5cad" />
        </Space>
        <Space>
          <Checkbox checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)}>
            {t('inbox.unreadOnly')}
          </Checkbox>
          <Button
            onClick={() => markRead.mutate(undefined)}
            disabled={!inbox.data?.unreadCount}
            loading={markRead.isPending}
          >
            {t('inbox.markAllRead')}
          </Button>
        </Space>
      </div>
      <Card>
        <List<InboxItemV1>
          loading={inbox.isLoading}
          dataSource={inbox.data?.items ?? []}
          locale={{ emptyText: t('inbox.empty') }}
          renderItem={(item) => (
            <List.Item
              style={{ background: item.readAt ? undefined : '#f0f6ff', paddingInline: 12 }}
              actions={[
                item.dossierId && (
                  <Link
                    key="open"
                    to={`/dossiers/${item.dossierId}`}
                    onClick={() => !item.readAt && markRead.mutate([item.id])}
                  >
                    {t('reception.openDossier')}
                  </Link>
                ),
                !item.readAt && (
                  <Button key="read" type="link" onClick={() => markRead.mutate([item.id])}>
                    {t('inbox.markRead')}
                  </Button>
                ),
              ]}
            >
              <List.Item.Meta
                title={
                  <Space>
                    {item.isUrgent && <Tag color="red">{t('inbox.urgent')}</Tag>}
                    <span style={{ fontWeight: item.readAt ? 400 : 600 }}>{item.title}</span>
                  </Space>
                }
                description={
                  <>
                    <div>{item.body}</div>
                    <div style={{ fontSize: 12 }}>{dayjs(item.createdAt).format('HH:mm DD/MM/YYYY')}</div>
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
