import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { RangePicker } from '../../components/date-pickers';
import { api } from '../../api/endpoints';
import { canExportRegister } from '../../auth/roles';
import { useActor } from '../../auth/session';
import { statusKey } from '../../components/labels';
import { useI18n } from '../../i18n/i18n';
import { DossierTable } from './dossier-table';
import { useMessage } from '../../components/message';

const STATUSES = [
  'received',
  'processing',
  'supplement_requested',
  'awaiting_financial_obligation',
  'resolved',
  'returned',
  'withdrawn',
  'stopped',
];

/** Danh sách hồ sơ: search by code, name or phone, filter by status and unit, page on the server; register 06. */
export default function DossierListPage() {
  const { t } = useI18n();
  const actor = useActor();
  const [search, setSearch] = useSearchParams();
  const units = useQuery({ queryKey: ['units'], queryFn: api.units, staleTime: Infinity });
  const params = {
    view: 'all' as const,
    q: search.get('q') ?? undefined,
    status: search.get('status') ?? undefined,
    handlingUnitCode: search.get('unit') ?? undefined,
    page: Number(search.get('page') ?? 1),
    pageSize: Number(search.get('size') ?? 20),
  };
  // Filters live in the address: a list can be bookmarked, shared and reloaded as it is.
  const update = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    setSearch(next, { replace: true });
  };

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
          {t('menu.dossiers')}
        </Typography.Title>
        {canExportRegister(actor.roles) && <RegisterExport unitCode={params.handlingUnitCode} />}
      </div>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            data-testid="dossier-search"
            allowClear
            enterButton
            defaultValue={params.q}
            style={{ width: 380 }}
            placeholder={t('dossiers.searchPlaceholder')}
            onSearch={(value) => update({ q: value.trim(), page: 1 })}
          />
          <Select
            allowClear
            style={{ width: 230 }}
            placeholder={t('dossiers.anyStatus')}
            value={params.status}
            onChange={(status?: string) => update({ status, page: 1 })}
            options={STATUSES.map((status) => ({ value: status, label: t(statusKey(status)) }))}
          />
          {!actor.unitCode && (
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: 260 }}
              placeholder={t('dossiers.anyUnit')}
              value={params.handlingUnitCode}
              onChange={(unit?: string) => update({ unit, page: 1 })}
              options={(units.data?.items ?? []).map((unit) => ({ value: unit.code, label: unit.shortName }))}
            />
          )}
        </Space>
        <DossierTable params={params} onPage={(page, size) => update({ page, size })} />
      </Card>
    </Space>
  );
}

function RegisterExport({ unitCode }: { unitCode?: string }) {
  const { t } = useI18n();
  const message = useMessage();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('month'), dayjs()]);
  const [busy, setBusy] = useState(false);
  const save = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    try {
      const [from, to] = range.map((day) => day.format('YYYY-MM-DD'));
      const blob = await api.register(format, {
        from,
        to,
        ...(unitCode ? { handlingUnitCode: unitCode } : {}),
      });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `so-theo-doi-ho-so-${from}-${to}.${format}`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      void message.error((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space wrap>
      <Typography.Text>{t('dossiers.register')}</Typography.Text>
      <RangePicker
        value={range}
        allowClear={false}
        format="DD/MM/YYYY"
        onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
      />
      <Button icon={<DownloadOutlined />} loading={busy} onClick={() => save('xlsx')}>
        XLSX
      </Button>
      <Button icon={<DownloadOutlined />} loading={busy} onClick={() => save('csv')}>
        CSV
      </Button>
    </Space>
  );
}
