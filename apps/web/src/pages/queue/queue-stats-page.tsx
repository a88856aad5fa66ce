import { useQuery } from '@tanstack/react-query';
import { Card, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { DatePicker } from '../../components/date-pickers';
import { api } from '../../api/endpoints';
import { useI18n } from '../../i18n/i18n';

const minutes = (seconds: number) => (seconds / 60).toFixed(1);

/** The day's figures per counter: tickets served, average wait and service time. */
export default function QueueStatsPage() {
  const { t } = useI18n();
  const [day, setDay] = useState<Dayjs>(dayjs());
  const iso = day.format('YYYY-MM-DD');
  const stats = useQuery({ queryKey: ['queue-stats', iso], queryFn: () => api.queueStats(iso) });
  const counters = useQuery({ queryKey: ['counters'], queryFn: api.counters, staleTime: Infinity });
  const nameOf = (number: number) =>
    counters.data?.items.find((item) => item.number === number)?.name ?? t('queue.counterN', { n: number });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.queueStats')}
        </Typography.Title>
        <DatePicker
          value={day}
          onChange={(value) => value && setDay(value)}
          allowClear={false}
          format="DD/MM/YYYY"
        />
      </div>
      <Card>
        <Table
          rowKey="counterNumber"
          loading={stats.isLoading}
          dataSource={stats.data?.counters ?? []}
          pagination={false}
          size="middle"
          columns={[
            { title: t('queue.counter'), dataIndex: 'counterNumber', render: nameOf },
            {
              title: t('queue.ticketsServed'),
              dataIndex: 'tickets',
              align: 'right',
              sorter: (a, b) => a.tickets - b.tickets,
            },
            {
              title: `${t('queue.averageWait')} (${t('common.minutes')})`,
              dataIndex: 'averageWaitSeconds',
              align: 'right',
              render: minutes,
            },
            {
              title: `${t('queue.averageService')} (${t('common.minutes')})`,
              dataIndex: 'averageServiceSeconds',
              align: 'right',
              render: minutes,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
