import { EditOutlined } from '@ant-design/icons';
import type { ContactPointV1, CourierUnitV1 } from '@motcua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { api } from '../../api/endpoints';
import { useI18n } from '../../i18n/i18n';

// The editor (a drawer with its form) loads when an admin opens it.
const ContactPointsEditor = lazy(async () => ({
  default: (await import('./contact-points-editor')).ContactPointsEditor,
}));

const RELEASE_REFRESH_MS = 2_000;

// Units that block shipments first, the most held shipments first among them, then by name.
const byUrgency = (a: CourierUnitV1, b: CourierUnitV1) =>
  Number(a.hasContactPoint) - Number(b.hasContactPoint) ||
  b.heldShipments - a.heldShipments ||
  (a.name ?? a.code).localeCompare(b.name ?? b.code, 'vi');

/** Đầu mối giao nhận: units without a contact point first (the post cannot deliver to them), then edited here. */
export default function ContactPointsPage() {
  const { t } = useI18n();
  const [editing, setEditing] = useState<CourierUnitV1 | null>(null);
  const units = useQuery({
    queryKey: ['courier-units'],
    queryFn: api.courierUnits,
    // Held shipments go on in the background after a naming: the count follows them until they have left.
    refetchInterval: (query) =>
      query.state.data?.items.some((unit) => (unit.releasingShipments ?? 0) > 0) ? RELEASE_REFRESH_MS : false,
  });
  const rows = useMemo(() => [...(units.data?.items ?? [])].sort(byUrgency), [units.data]);
  const missing = rows.filter((unit) => !unit.hasContactPoint).length;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('menu.contactPoints')}
      </Typography.Title>
      {missing > 0 && (
        <Alert type="warning" showIcon message={t('contacts.missingHint', { count: missing })} />
      )}
      <Card>
        <Table<CourierUnitV1>
          rowKey="code"
          size="middle"
          loading={units.isFetching}
          dataSource={rows}
          pagination={{
            pageSize: 20,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
          }}
          columns={[
            {
              title: t('contacts.unit'),
              dataIndex: 'name',
              render: (name: string | undefined, row) => (
                <>
                  <div>{name ?? row.code}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {row.code}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t('contacts.points'),
              dataIndex: 'contactPoints',
              render: (points: ContactPointV1[], row) =>
                row.hasContactPoint ? (
                  points.map((point) => (
                    <div key={`${point.fullName}-${point.phone}`}>
                      <b>{point.fullName}</b> · {point.phone}
                      <div style={{ color: '#8c8c8c', fontSize: 12 }}>{point.hours}</div>
                    </div>
                  ))
                ) : (
                  <Tag color="red">{t('contacts.none')}</Tag>
                ),
            },
            {
              title: t('contacts.held'),
              dataIndex: 'heldShipments',
              width: 160,
              align: 'right',
              render: (held: number, row) =>
                held > 0 ? (
                  <Tag color="orange">{held}</Tag>
                ) : (row.releasingShipments ?? 0) > 0 ? (
                  <Tag color="blue">{t('contacts.releasing', { count: row.releasingShipments ?? 0 })}</Tag>
                ) : (
                  0
                ),
            },
            {
              key: 'actions',
              width: 110,
              render: (_, row) => (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => setEditing(row)}
                  data-testid={`edit-${row.code}`}
                >
                  {t('contacts.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Suspense fallback={null}>
        {editing && <ContactPointsEditor unit={editing} onClose={() => setEditing(null)} />}
      </Suspense>
    </Space>
  );
}
