import type { ReportFiguresV1, ReportRowV1 } from '@motcua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Row, Segmented, Space, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { RangePicker } from '../../components/date-pickers';
import { api, type ReportParams } from '../../api/endpoints';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import type { Cell } from './cell-dossiers';
import { BAR_PARTS, formatRate, queueTotals } from './report-figures';

// The dossiers behind a figure load when a manager opens them.
const CellDossiers = lazy(async () => ({ default: (await import('./cell-dossiers')).CellDossiers }));

type Grouping = ReportParams['groupBy'];

/** The figures of a cell that can be listed: the category the gateway takes and the field it shows. */
const CELLS = [
  { category: 'received_online', field: 'receivedOnline' },
  { category: 'received_direct_and_postal', field: 'receivedDirectAndPostal' },
  { category: 'carried_over', field: 'carriedOver' },
  { category: 'resolved_early', field: 'resolvedEarly' },
  { category: 'resolved_on_time', field: 'resolvedOnTime' },
  { category: 'resolved_late', field: 'resolvedLate' },
  { category: 'confirmed_late', field: 'confirmedLate' },
  { category: 'pending_within_deadline', field: 'pendingWithinDeadline' },
  { category: 'pending_overdue', field: 'pendingOverdue' },
] as const satisfies readonly { category: string; field: keyof ReportFiguresV1 }[];

/** One bar per row: resolved early, on time, late, pending within deadline, overdue, to the same scale. */
function ReportChart({ rows, label }: { rows: readonly ReportRowV1[]; label(row: ReportRowV1): string }) {
  const { t } = useI18n();
  const widest = Math.max(1, ...rows.map((row) => BAR_PARTS.reduce((sum, part) => sum + row[part.field], 0)));
  const barHeight = 22;
  const labelWidth = 220;
  const width = 760;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <svg
        role="img"
        aria-label={t('dashboard.chart')}
        data-testid="report-chart"
        viewBox={`0 0 ${width} ${rows.length * (barHeight + 8) + 4}`}
        style={{ width: '100%', maxWidth: width }}
      >
        {rows.map((row, index) => {
          const y = index * (barHeight + 8) + 2;
          let x = labelWidth;
          return (
            <g key={row.key ?? ''}>
              <text x={0} y={y + barHeight * 0.7} fontSize={12}>
                {label(row).slice(0, 34)}
              </text>
              {BAR_PARTS.map((part) => {
                const w = (row[part.field] / widest) * (width - labelWidth - 10);
                const rect = (
                  <rect key={part.field} x={x} y={y} width={w} height={barHeight} fill={part.colour} />
                );
                x += w;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
      <Space wrap>
        {BAR_PARTS.map((part) => (
          <Space key={part.field} size={4}>
            <span style={{ display: 'inline-block', width: 12, height: 12, background: part.colour }} />
            {t(`dashboard.figure.${part.field}` as MessageKey)}
          </Space>
        ))}
      </Space>
    </Space>
  );
}

export default function DashboardPage() {
  const { t } = useI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('month'), dayjs()]);
  const [groupBy, setGroupBy] = useState<Grouping>('sector');
  const [cell, setCell] = useState<Cell | null>(null);
  const today = dayjs().format('YYYY-MM-DD');
  const params: ReportParams = {
    from: range[0].format('YYYY-MM-DD'),
    to: range[1].format('YYYY-MM-DD'),
    groupBy,
  };
  const report = useQuery({ queryKey: ['report', params], queryFn: () => api.processingReport(params) });
  const todayReport = useQuery({
    queryKey: ['report', 'today', today],
    queryFn: () => api.processingReport({ from: today, to: today, groupBy: 'unit' }),
  });
  const queue = useQuery({ queryKey: ['queue-stats', today], queryFn: () => api.queueStats(today) });
  const totals = queueTotals(queue.data?.counters ?? []);
  const receivedToday =
    (todayReport.data?.totals.receivedOnline ?? 0) + (todayReport.data?.totals.receivedDirectAndPostal ?? 0);
  const rowLabel = (row: ReportRowV1) => row.key ?? t('dashboard.unknownKey');
  const figure = (field: keyof ReportFiguresV1, category: string) => ({
    title: t(`dashboard.figure.${field}` as MessageKey),
    key: field,
    align: 'right' as const,
    render: (_: unknown, row: ReportRowV1 | (ReportFiguresV1 & { key?: undefined; isTotal: true })) => {
      const value = row[field] as number;
      const listable = value > 0 && ('isTotal' in row || row.key !== null);
      return listable ? (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          onClick={() =>
            setCell({
              category,
              key: row.key ?? undefined,
              title: `${t(`dashboard.figure.${field}` as MessageKey)} — ${'isTotal' in row ? t('dashboard.total') : rowLabel(row)}`,
            })
          }
        >
          {value}
        </Button>
      ) : (
        value
      );
    },
  });
  const rows = report.data
    ? [...report.data.rows, { ...report.data.totals, key: undefined, isTotal: true as const }]
    : [];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('menu.dashboard')}
      </Typography.Title>
      <Row gutter={16}>
        <Col span={6}>
          <Card>
            <Statistic
              title={t('dashboard.receivedToday')}
              value={receivedToday}
              data-testid="received-today"
            />
          </Card>
        </Col>
        <Col span={6}>
          <Card>
            <Statistic
              title={t('dashboard.ticketsToday')}
              value={totals.tickets}
              data-testid="tickets-today"
            />
          </Card>
        </Col>
        <Col span={6}>
          <Card>
            <Statistic
              title={t('dashboard.averageWait')}
              value={totals.averageWaitMinutes}
              suffix={t('common.minutes')}
            />
          </Card>
        </Col>
        <Col span={6}>
          <Card>
            <Statistic title={t('dashboard.countersServing')} value={queue.data?.counters.length ?? 0} />
          </Card>
        </Col>
      </Row>
      <Card
        title={t('dashboard.reportTitle')}
        extra={
          <Space>
            <Segmented<Grouping>
              value={groupBy}
              onChange={setGroupBy}
              options={(['sector', 'unit', 'procedure'] as const).map((value) => ({
                value,
                label: t(`dashboard.groupBy.${value}` as MessageKey),
              }))}
            />
            <RangePicker
              value={range}
              allowClear={false}
              format="DD/MM/YYYY"
              onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
            />
          </Space>
        }
      >
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Table
            rowKey={(row) => ('isTotal' in row ? '__total' : (row.key ?? '__unknown'))}
            data-testid="report-table"
            loading={report.isLoading}
            dataSource={rows}
            pagination={false}
            size="small"
            scroll={{ x: true }}
            columns={[
              {
                title: t(`dashboard.groupBy.${groupBy}` as MessageKey),
                key: 'key',
                render: (_, row) =>
                  'isTotal' in row ? <strong>{t('dashboard.total')}</strong> : rowLabel(row as ReportRowV1),
              },
              { title: t('dashboard.figure.total'), dataIndex: 'total', align: 'right' },
              ...CELLS.map((entry) => figure(entry.field, entry.category)),
              {
                title: t('dashboard.onTimeRate'),
                dataIndex: 'onTimeRate',
                align: 'right',
                render: (rate: number | null) => formatRate(rate),
              },
            ]}
          />
          {report.data && report.data.rows.length > 0 && (
            <ReportChart rows={report.data.rows} label={rowLabel} />
          )}
        </Space>
      </Card>
      <Suspense fallback={null}>
        {cell && <CellDossiers params={params} cell={cell} onClose={() => setCell(null)} />}
      </Suspense>
    </Space>
  );
}
