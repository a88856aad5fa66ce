import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import type { ReceiptSeriesV1 } from '@motcua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { api } from '../../api/endpoints';
import { useI18n } from '../../i18n/i18n';

const THIS_YEAR = new Date().getFullYear();

// The create and cancel forms load when an admin opens them.
const CreateSeriesModal = lazy(async () => ({
  default: (await import('./receipt-series-editors')).CreateSeriesModal,
}));
const CancelSeriesModal = lazy(async () => ({
  default: (await import('./receipt-series-editors')).CancelSeriesModal,
}));

/** Ký hiệu biên lai: each collecting unit's series per year, the next number it gives, created and cancelled here. */
export default function ReceiptSeriesPage() {
  const { t } = useI18n();
  const [year, setYear] = useState<number | undefined>(THIS_YEAR);
  const [creating, setCreating] = useState(false);
  const [cancelling, setCancelling] = useState<ReceiptSeriesV1 | null>(null);
  const units = useQuery({ queryKey: ['units'], queryFn: api.units, staleTime: Infinity });
  const series = useQuery({ queryKey: ['receipt-series', year], queryFn: () => api.receiptSeries(year) });
  const unitName = (code: string) => units.data?.items.find((unit) => unit.code === code)?.shortName ?? code;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.receiptSeries')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('series.add')}
        </Button>
      </div>
      <Card>
        <Space style={{ marginBottom: 16 }}>
          <Typography.Text>{t('series.year')}</Typography.Text>
          <Select<number | undefined>
            value={year}
            onChange={setYear}
            allowClear
            placeholder={t('series.allYears')}
            style={{ width: 140 }}
            options={[THIS_YEAR + 1, THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2].map((value) => ({
              value,
              label: String(value),
            }))}
          />
        </Space>
        <Table<ReceiptSeriesV1>
          rowKey="id"
          size="middle"
          loading={series.isFetching}
          dataSource={series.data?.items ?? []}
          pagination={{
            pageSize: 20,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
          }}
          columns={[
            {
              title: t('series.unit'),
              dataIndex: 'unitCode',
              render: (code: string) => (
                <>
                  <div>{unitName(code)}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {code}
                  </Typography.Text>
                </>
              ),
            },
            { title: t('series.templateSymbol'), dataIndex: 'templateSymbol', width: 140 },
            { title: t('series.seriesSymbol'), dataIndex: 'seriesSymbol', width: 120 },
            { title: t('series.year'), dataIndex: 'year', width: 80 },
            {
              title: t('series.issuer'),
              dataIndex: 'issuer',
              width: 150,
              render: (issuer: string) => t(`series.issuer.${issuer as 'internal' | 'provider' | 'paper'}`),
            },
            {
              title: t('series.nextNumber'),
              key: 'next',
              width: 120,
              align: 'right',
              render: (_, row) => (
                <Typography.Text strong data-testid="next-number">
                  {String(row.lastNumber + 1).padStart(7, '0')}
                </Typography.Text>
              ),
            },
            {
              title: t('series.status'),
              dataIndex: 'isActive',
              width: 200,
              render: (isActive: boolean, row) =>
                isActive ? (
                  <Tag color="green">{t('series.active')}</Tag>
                ) : (
                  <>
                    <Tag>{t('series.inactive')}</Tag>
                    {row.cancelReason && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {row.cancelReason}
                      </Typography.Text>
                    )}
                  </>
                ),
            },
            {
              key: 'actions',
              width: 110,
              render: (_, row) =>
                row.isActive && (
                  <Button size="small" danger icon={<StopOutlined />} onClick={() => setCancelling(row)}>
                    {t('series.cancel')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <Suspense fallback={null}>
        {creating && <CreateSeriesModal onCreated={setYear} onClose={() => setCreating(false)} />}
        {cancelling && <CancelSeriesModal series={cancelling} onClose={() => setCancelling(null)} />}
      </Suspense>
    </Space>
  );
}
