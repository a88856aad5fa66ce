import type { DossierV1 } from '@motcua/contracts';
import { Button, Card, Input, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { DossierTable } from './dossier-table';

// The hand-over form loads when a clerk opens it.
const ReturnModal = lazy(async () => ({ default: (await import('./dossier-actions')).ReturnModal }));

/** Quầy trả kết quả: resolved dossiers whose result is at the Center, handed over one by one. */
export default function ReturnPage() {
  const { t } = useI18n();
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [handing, setHanding] = useState<DossierV1 | null>(null);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('menu.returnCounter')}
      </Typography.Title>
      <Card>
        <Input.Search
          allowClear
          enterButton
          style={{ width: 380, marginBottom: 16 }}
          placeholder={t('dossiers.searchPlaceholder')}
          onSearch={(value) => {
            setQ(value.trim() || undefined);
            setPage({ ...page, page: 1 });
          }}
        />
        <DossierTable
          params={{ view: 'ready_for_return', q, ...page }}
          onPage={(next, pageSize) => setPage({ page: next, pageSize })}
          extraColumns={[
            {
              title: t('return.resolvedAt'),
              key: 'resolvedAt',
              width: 140,
              render: (_, row) =>
                row.resolution ? dayjs(row.resolution.resolvedAt).format('HH:mm DD/MM/YYYY') : '—',
            },
            {
              key: 'action',
              width: 130,
              render: (_, row) => (
                <Button type="primary" onClick={() => setHanding(row)}>
                  {t('return.submit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Suspense fallback={null}>
        {handing && <ReturnModal dossier={handing} onClose={() => setHanding(null)} />}
      </Suspense>
    </Space>
  );
}
