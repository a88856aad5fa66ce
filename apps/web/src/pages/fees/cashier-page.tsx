import type { DossierV1 } from '@motcua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Input, Row, Select, Space, Spin, Table, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { api } from '../../api/endpoints';
import { COUNTER_KEY, useLocalState } from '../../components/use-local-state';
import { useI18n } from '../../i18n/i18n';

// The payment form and the day's reconciliation load with the page's first use of them.
const Collect = lazy(async () => ({ default: (await import('./collect')).Collect }));
const DayClose = lazy(async () => ({ default: (await import('./day-close')).DayClose }));

/** Thu phí, lệ phí: find the dossier, see what it owes, take the money, print the receipts; close the day. */
export default function CashierPage() {
  const { t } = useI18n();
  const [counter, setCounter] = useLocalState<number | null>(COUNTER_KEY, null);
  const [q, setQ] = useState<string>();
  const [chosen, setChosen] = useState<DossierV1 | null>(null);
  const counters = useQuery({ queryKey: ['counters'], queryFn: api.counters, staleTime: Infinity });
  const found = useQuery({
    queryKey: ['dossiers', 'cashier', q],
    queryFn: () => api.listDossiers({ q, page: 1, pageSize: 10 }),
    enabled: q !== undefined,
  });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          gap: 12,
          flexWrap: 'wrap',
        }}
      >
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.cashier')}
        </Typography.Title>
        <Space>
          <Typography.Text>{t('queue.myCounter')}</Typography.Text>
          <Select<number>
            data-testid="cashier-counter"
            showSearch
            optionFilterProp="label"
            style={{ width: 340 }}
            placeholder={t('queue.chooseCounter')}
            value={counter ?? undefined}
            onChange={setCounter}
            options={(counters.data?.items ?? []).map((item) => ({ value: item.number, label: item.name }))}
          />
        </Space>
      </div>
      <Row gutter={16}>
        <Col xs={24} xl={9}>
          <Card size="small" title={t('fees.findDossier')}>
            <Input.Search
              allowClear
              enterButton
              autoFocus
              placeholder={t('dossiers.searchPlaceholder')}
              onSearch={(value) => setQ(value.trim())}
            />
            <Table<DossierV1>
              style={{ marginTop: 12 }}
              size="small"
              rowKey="id"
              pagination={false}
              loading={found.isFetching}
              dataSource={found.data?.items ?? []}
              locale={{
                emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fees.searchHint')} />,
              }}
              onRow={(row) => ({ onClick: () => setChosen(row), style: { cursor: 'pointer' } })}
              rowClassName={(row) => (row.id === chosen?.id ? 'ant-table-row-selected' : '')}
              columns={[
                { title: t('dossier.code'), dataIndex: 'code' },
                {
                  title: t('dossier.applicant'),
                  key: 'applicant',
                  render: (_, row) => row.applicant.fullName,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          {chosen ? (
            <Suspense
              fallback={
                <Card>
                  <Spin />
                </Card>
              }
            >
              <Collect dossier={chosen} counter={counter} />
            </Suspense>
          ) : (
            <Card>
              <Empty description={t('fees.chooseDossier')} />
            </Card>
          )}
        </Col>
      </Row>
      {counter && (
        <Suspense fallback={null}>
          <DayClose counter={counter} />
        </Suspense>
      )}
    </Space>
  );
}
