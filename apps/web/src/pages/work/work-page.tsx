import type { WorkItemV1 } from '@motcua/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Segmented, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { api, controlSlipPath } from '../../api/endpoints';
import { openPdf } from '../../api/http';
import { isUnitLead } from '../../auth/roles';
import { useActor } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { DUE_STATE_COLOURS, dueStateOf } from './due-state';
import { useMessage } from '../../components/message';

// The drawer and the modal (date pickers, timeline, selects) load when first opened.
const RoutingDrawer = lazy(async () => ({ default: (await import('./routing-drawer')).RoutingDrawer }));
const ConfirmModal = lazy(async () => ({ default: (await import('./confirm-modal')).ConfirmModal }));

const FILTERS = ['all', 'new', 'processing', 'due_soon', 'overdue', 'awaiting_supplement'] as const;
type Filter = (typeof FILTERS)[number];
const PAGE_SIZE = 20;

/** Hồ sơ cần xử lý: the unit's queue with due-state colours, a dossier's routing, and confirming resolutions. */
export default function WorkPage() {
  const { t } = useI18n();
  const message = useMessage();
  const actor = useActor();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<Filter>('all');
  const [mine, setMine] = useState(false);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<WorkItemV1[]>([]);
  const [opened, setOpened] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<WorkItemV1[] | null>(null);
  const work = useQuery({
    queryKey: ['work', filter, mine, page],
    queryFn: () => api.work({ filter, mine: mine || undefined, page, pageSize: PAGE_SIZE }),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['work'] });
  const now = new Date();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.work')}
        </Typography.Title>
        <Space>
          <Checkbox
            checked={mine}
            onChange={(event) => {
              setMine(event.target.checked);
              setPage(1);
            }}
          >
            {t('work.mine')}
          </Checkbox>
          <Button
            type="primary"
            disabled={selected.length === 0}
            onClick={() => setConfirming(selected)}
            data-testid="bulk-confirm"
          >
            {t('work.confirmSelected', { count: selected.length })}
          </Button>
        </Space>
      </div>
      <Segmented<Filter>
        value={filter}
        onChange={(value) => {
          setFilter(value);
          setPage(1);
          setSelected([]);
        }}
        options={FILTERS.map((value) => ({ value, label: t(`work.filter.${value}` as MessageKey) }))}
      />
      <Card>
        <Table<WorkItemV1>
          rowKey="assignmentId"
          loading={work.isLoading}
          dataSource={work.data?.items ?? []}
          size="middle"
          rowSelection={{
            selectedRowKeys: selected.map((item) => item.assignmentId),
            onChange: (_, rows) => setSelected(rows),
          }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: work.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
            onChange: setPage,
          }}
          locale={{ emptyText: t('work.empty') }}
          columns={[
            {
              title: t('work.code'),
              dataIndex: 'code',
              width: 200,
              render: (code: string, item) => (
                <Button type="link" style={{ padding: 0 }} onClick={() => setOpened(item.dossierId)}>
                  {code}
                </Button>
              ),
            },
            { title: t('work.procedure'), dataIndex: 'procedureName', ellipsis: true },
            { title: t('work.step'), dataIndex: 'stepName' },
            {
              title: t('work.status'),
              dataIndex: 'status',
              render: (status: string, item) => (
                <Space size={4} wrap>
                  <Tag>{t(`work.processStatus.${status}` as MessageKey)}</Tag>
                  {!item.officerId && <Tag color="blue">{t('work.unclaimed')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('work.dueAt'),
              key: 'due',
              render: (_, item) => {
                const due = item.stepDueAt ?? item.dueAt;
                const state = dueStateOf(due, now);
                return (
                  <Tag color={DUE_STATE_COLOURS[state]} data-testid={`due-${state}`}>
                    {due ? dayjs(due).format('HH:mm DD/MM/YYYY') : '—'}
                  </Tag>
                );
              },
            },
            {
              title: '',
              key: 'actions',
              width: 210,
              render: (_, item) => (
                <Space direction="vertical" size={0} align="start">
                  <Button type="link" onClick={() => setConfirming([item])}>
                    {t('work.confirmResolved')}
                  </Button>
                  <Button
                    type="link"
                    onClick={() =>
                      openPdf(controlSlipPath(item.dossierId)).catch((error: Error) =>
                        message.error(error.message),
                      )
                    }
                  >
                    {t('work.controlSlip')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Suspense fallback={null}>
        {opened && (
          <RoutingDrawer
            dossierId={opened}
            roles={actor.roles}
            onChanged={refresh}
            onClose={() => setOpened(null)}
          />
        )}
        {confirming && (
          <ConfirmModal
            dossierIds={[...new Set(confirming.map((item) => item.dossierId))]}
            codes={[...new Set(confirming.map((item) => item.code))]}
            canBackdate={isUnitLead(actor.roles)}
            onDone={() => {
              setConfirming(null);
              setSelected([]);
              refresh();
            }}
            onClose={() => setConfirming(null)}
          />
        )}
      </Suspense>
    </Space>
  );
}
