import { PlusOutlined, SyncOutlined } from '@ant-design/icons';
import type { ProcedureSummaryV1 } from '@motcua/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { api } from '../../api/endpoints';
import { canAdminister } from '../../auth/roles';
import { useActor } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { useMessage } from '../../components/message';

// A procedure's details and the editor load when opened.
const ProcedureDrawer = lazy(async () => ({ default: (await import('./procedure-drawer')).ProcedureDrawer }));
const ProcedureEditor = lazy(async () => ({ default: (await import('./procedure-editor')).ProcedureEditor }));

const PAGE_SIZE = 20;

/** Danh mục TTHC: search with server paging; admins add procedures, publish new versions and retire them. */
export default function CatalogPage() {
  const { t } = useI18n();
  const actor = useActor();
  const isAdmin = canAdminister(actor.roles);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [includeRetired, setIncludeRetired] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const message = useMessage();
  const republish = useMutation({
    mutationFn: api.republishReferenceData,
    onSuccess: (counts) => void message.success(t('catalog.republished', { ...counts })),
    onError: (error: Error) => void message.error(error.message),
  });
  const results = useQuery({
    queryKey: ['procedures', 'catalog', query, page, includeRetired],
    queryFn: () => api.searchProcedures({ q: query || undefined, page, pageSize: PAGE_SIZE, includeRetired }),
    placeholderData: (previous) => previous,
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.catalog')}
        </Typography.Title>
        {isAdmin && (
          <Space>
            <Popconfirm
              title={t('catalog.republishConfirm')}
              okText={t('catalog.republish')}
              cancelText={t('action.cancel')}
              onConfirm={() => republish.mutate()}
            >
              <Button icon={<SyncOutlined />} loading={republish.isPending}>
                {t('catalog.republish')}
              </Button>
            </Popconfirm>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('catalog.add')}
            </Button>
          </Space>
        )}
      </div>
      <Card>
        <Space style={{ marginBottom: 16 }} wrap>
          <Input.Search
            allowClear
            style={{ width: 420 }}
            placeholder={t('reception.searchPlaceholder')}
            onSearch={(value) => {
              setQuery(value.trim());
              setPage(1);
            }}
            enterButton
          />
          <Checkbox checked={includeRetired} onChange={(event) => setIncludeRetired(event.target.checked)}>
            {t('catalog.includeRetired')}
          </Checkbox>
        </Space>
        <Table<ProcedureSummaryV1>
          rowKey="code"
          size="middle"
          loading={results.isFetching}
          dataSource={results.data?.items ?? []}
          onRow={(row) => ({ onClick: () => setOpen(row.code), style: { cursor: 'pointer' } })}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: results.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
            showTotal: (total) => t('common.total', { total }),
          }}
          columns={[
            { title: t('catalog.code'), dataIndex: 'code', width: 110 },
            {
              title: t('catalog.name'),
              dataIndex: 'name',
              render: (name: string, row) => (
                <>
                  {name} {row.isDemoData && <Tag color="purple">{t('catalog.demo')}</Tag>}
                </>
              ),
            },
            { title: t('catalog.sector'), dataIndex: 'sector', width: 220 },
            { title: t('catalog.version'), dataIndex: 'version', width: 90, align: 'right' },
            {
              title: t('catalog.status'),
              dataIndex: 'status',
              width: 120,
              render: (status: string) =>
                status === 'active' ? (
                  <Tag color="green">{t('catalog.active')}</Tag>
                ) : (
                  <Tag>{t('catalog.retired')}</Tag>
                ),
            },
          ]}
        />
      </Card>
      <Suspense fallback={null}>
        {open && <ProcedureDrawer code={open} isAdmin={isAdmin} onClose={() => setOpen(null)} />}
        {creating && <ProcedureEditor onClose={() => setCreating(false)} />}
      </Suspense>
    </Space>
  );
}
