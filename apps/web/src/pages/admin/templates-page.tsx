import type { TemplateV1 } from '@motcua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Card, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { api } from '../../api/endpoints';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { SmsLength } from './sms-length';

// The editor loads when an admin opens a template.
const TemplateEditor = lazy(async () => ({ default: (await import('./template-editor')).TemplateEditor }));

type ChannelFilter = 'all' | 'sms' | 'email' | 'inbox';

const templateKey = (template: TemplateV1) =>
  `${template.eventType}|${template.channel}|${template.audience}`;

/** Mẫu thông báo: every event × channel × audience with its version; a row opens the editor with a preview. */
export default function TemplatesPage() {
  const { t } = useI18n();
  const [channel, setChannel] = useState<ChannelFilter>('all');
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const templates = useQuery({ queryKey: ['notification-templates'], queryFn: api.templates });
  const rows = useMemo(
    () =>
      (templates.data?.items ?? []).filter(
        (template) =>
          (channel === 'all' || template.channel === channel) &&
          (search === '' ||
            template.eventType.includes(search) ||
            t(`eventType.${template.eventType}` as MessageKey)
              .toLowerCase()
              .includes(search.toLowerCase())),
      ),
    [templates.data, channel, search, t],
  );
  const editing = templates.data?.items.find((template) => templateKey(template) === open);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('menu.templates')}
      </Typography.Title>
      <Card>
        <Space style={{ marginBottom: 16 }} wrap>
          <Segmented<ChannelFilter>
            value={channel}
            onChange={setChannel}
            options={[
              { value: 'all', label: t('templates.allChannels') },
              { value: 'sms', label: t('messageChannel.sms') },
              { value: 'email', label: t('messageChannel.email') },
              { value: 'inbox', label: t('messageChannel.inbox') },
            ]}
          />
          <Input.Search
            allowClear
            style={{ width: 360 }}
            placeholder={t('templates.searchEvent')}
            onSearch={(value) => setSearch(value.trim())}
          />
        </Space>
        <Table<TemplateV1>
          rowKey={templateKey}
          size="middle"
          loading={templates.isFetching}
          dataSource={rows}
          pagination={{
            pageSize: 12,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
          }}
          onRow={(row) => ({ onClick: () => setOpen(templateKey(row)), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: t('templates.event'),
              dataIndex: 'eventType',
              render: (eventType: string, row) => (
                <>
                  <div>{t(`eventType.${eventType}` as MessageKey)}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {eventType}
                  </Typography.Text>{' '}
                  {row.isLegalNotice && <Tag color="gold">{t('templates.legalNotice')}</Tag>}
                </>
              ),
            },
            {
              title: t('templates.channel'),
              dataIndex: 'channel',
              width: 140,
              render: (value: string) => t(`messageChannel.${value}` as MessageKey),
            },
            {
              title: t('templates.audience'),
              dataIndex: 'audience',
              width: 150,
              render: (value: string) => t(`audience.${value}` as MessageKey),
            },
            { title: t('templates.version'), dataIndex: 'version', width: 90, align: 'right' },
            {
              title: t('templates.smsLength'),
              key: 'sms',
              width: 230,
              render: (_, row) => (row.sms ? <SmsLength sms={row.sms} /> : '—'),
            },
          ]}
        />
      </Card>
      <Suspense fallback={null}>
        {editing && (
          // A new version from the list remounts the editor, so its form never edits stale text.
          <TemplateEditor
            key={`${open}-${editing.version}`}
            template={editing}
            onClose={() => setOpen(null)}
          />
        )}
      </Suspense>
    </Space>
  );
}
