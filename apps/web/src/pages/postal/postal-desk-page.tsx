import { PrinterOutlined } from '@ant-design/icons';
import type { PackageV1, PickupV1, ShipmentV1 } from '@motcua/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { api, pickupRecordPath } from '../../api/endpoints';
import { openPdf } from '../../api/http';
import { newIdempotencyKey } from '../../api/idempotency';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useMessage } from '../../components/message';

const SLOT = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Bưu điện tại Trung tâm: what waits for the post, then pack a pickup, seal each package and hand it over. */
export default function PostalDeskPage() {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [pickup, setPickup] = useState<PickupV1 | null>(null);
  const units = useQuery({ queryKey: ['units'], queryFn: api.units, staleTime: Infinity });
  const waiting = useQuery({ queryKey: ['shipments', 'created'], queryFn: () => api.shipments('created') });
  // Held for a contact point, or waiting for the provider's order: they cannot leave yet.
  const notReady = useQuery({
    queryKey: ['shipments', 'not-ready'],
    queryFn: async () =>
      (await Promise.all([api.shipments('held'), api.shipments('awaiting_order')])).flatMap(
        (list) => list.items,
      ),
  });
  const center = units.data?.items.find((unit) => unit.kind === 'center')?.code;
  const unitName = (code?: string) =>
    units.data?.items.find((unit) => unit.code === code)?.shortName ?? code ?? '—';
  const prepare = useMutation({
    mutationFn: (values: { originUnitCode: string; slot: string }) => api.preparePickup(values),
    onSuccess: setPickup,
    onError: (error: Error) => void message.error(error.message),
  });
  const updatePackage = (sealed: PackageV1) =>
    setPickup(
      (current) =>
        current && {
          ...current,
          packages: current.packages.map((item) => (item.id === sealed.id ? sealed : item)),
        },
    );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('menu.postal')}
      </Typography.Title>
      <Card size="small" title={t('postal.waiting')}>
        <Table<ShipmentV1>
          size="small"
          rowKey="id"
          loading={waiting.isFetching}
          dataSource={waiting.data?.items ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: t('postal.nothingWaiting') }}
          columns={[
            { title: t('shipment.trackingNumber'), dataIndex: 'trackingNumber', width: 160 },
            {
              title: t('shipment.kind'),
              dataIndex: 'kind',
              render: (kind: string) => t(`shipmentKind.${kind}` as MessageKey),
            },
            { title: t('postal.from'), dataIndex: 'originUnitCode', render: unitName },
            { title: t('postal.to'), dataIndex: 'destinationUnitCode', render: unitName },
            {
              title: t('dossier.code'),
              key: 'dossiers',
              render: (_, row) => row.dossiers.map((dossier) => dossier.code).join(', '),
            },
          ]}
        />
      </Card>
      {(notReady.data?.length ?? 0) > 0 && (
        <Card size="small" title={t('postal.notReady')}>
          <Table<ShipmentV1>
            size="small"
            rowKey="id"
            dataSource={notReady.data}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              {
                title: t('postal.state'),
                dataIndex: 'status',
                render: (status: string) => (
                  <Tag color="gold">{t(`shipmentStatus.${status}` as MessageKey)}</Tag>
                ),
              },
              {
                title: t('shipment.kind'),
                dataIndex: 'kind',
                render: (kind: string) => t(`shipmentKind.${kind}` as MessageKey),
              },
              { title: t('postal.to'), dataIndex: 'destinationUnitCode', render: unitName },
              {
                title: t('dossier.code'),
                key: 'dossiers',
                render: (_, row) => row.dossiers.map((dossier) => dossier.code).join(', '),
              },
            ]}
          />
        </Card>
      )}
      <Card size="small" title={t('postal.pickup')}>
        {center && (
          <Form
            layout="inline"
            initialValues={{ originUnitCode: center, slot: '09:30' }}
            onFinish={(values: { originUnitCode: string; slot: string }) => prepare.mutate(values)}
          >
            <Form.Item label={t('postal.from')} name="originUnitCode">
              <Select
                showSearch
                optionFilterProp="label"
                style={{ width: 260 }}
                options={(units.data?.items ?? []).map((unit) => ({
                  value: unit.code,
                  label: unit.shortName,
                }))}
              />
            </Form.Item>
            <Form.Item
              label={t('postal.slot')}
              name="slot"
              rules={[{ required: true, pattern: SLOT, message: t('postal.slotFormat') }]}
            >
              <Input style={{ width: 90 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={prepare.isPending}>
              {t('postal.prepare')}
            </Button>
          </Form>
        )}
        {pickup && (
          <PickupPackages
            pickup={pickup}
            unitName={unitName}
            onSealed={updatePackage}
            onHandedOver={(handed) => {
              setPickup(handed);
              void queryClient.invalidateQueries({ queryKey: ['shipments'] });
            }}
          />
        )}
      </Card>
    </Space>
  );
}

function PickupPackages(props: {
  pickup: PickupV1;
  unitName(code?: string): string;
  onSealed(sealed: PackageV1): void;
  onHandedOver(pickup: PickupV1): void;
}) {
  const { t } = useI18n();
  const message = useMessage();
  const [seals, setSeals] = useState<Record<string, string>>({});
  const key = useRef(newIdempotencyKey());
  const seal = useMutation({
    mutationFn: ({ id, sealNumber }: { id: string; sealNumber: string }) => api.sealPackage(id, sealNumber),
    onSuccess: props.onSealed,
    onError: (error: Error) => void message.error(error.message),
  });
  const handOver = useMutation({
    mutationFn: (takenByName: string) => api.handOverPickup(props.pickup.id, takenByName, key.current),
    onSuccess: props.onHandedOver,
    onError: (error: Error) => void message.error(error.message),
  });
  const { pickup } = props;
  const allSealed = pickup.packages.every((item) => item.status !== 'packing');
  const handedOver = pickup.status === 'handed_over';
  return (
    <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
      <Table<PackageV1>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={pickup.packages}
        data-testid="pickup-packages"
        columns={[
          { title: t('postal.to'), dataIndex: 'destinationUnitCode', render: props.unitName },
          {
            title: t('dossier.code'),
            key: 'dossiers',
            render: (_, item) =>
              item.shipments
                .flatMap((shipment) => shipment.dossiers.map((dossier) => dossier.code))
                .join(', '),
          },
          {
            title: t('shipment.seal'),
            key: 'seal',
            width: 320,
            render: (_, item) =>
              item.sealNumber ? (
                <Tag color="green">{item.sealNumber}</Tag>
              ) : (
                <Space.Compact>
                  <Input
                    aria-label={t('shipment.seal')}
                    placeholder="NP-0930-0001"
                    value={seals[item.id] ?? ''}
                    onChange={(event) => setSeals({ ...seals, [item.id]: event.target.value })}
                  />
                  <Button
                    disabled={!seals[item.id]?.trim()}
                    loading={seal.isPending}
                    onClick={() => seal.mutate({ id: item.id, sealNumber: seals[item.id].trim() })}
                  >
                    {t('postal.seal')}
                  </Button>
                </Space.Compact>
              ),
          },
        ]}
      />
      {handedOver ? (
        <Alert
          type="success"
          showIcon
          message={t('postal.handedOver', {
            name: pickup.takenByName ?? '',
            at: pickup.handedOverAt ? dayjs(pickup.handedOverAt).format('HH:mm DD/MM/YYYY') : '',
          })}
          action={
            <Button
              icon={<PrinterOutlined />}
              onClick={() =>
                openPdf(pickupRecordPath(pickup.id)).catch((error: Error) => message.error(error.message))
              }
            >
              {t('postal.printRecord')}
            </Button>
          }
        />
      ) : (
        <Form
          layout="inline"
          onFinish={({ takenByName }: { takenByName: string }) => handOver.mutate(takenByName.trim())}
        >
          <Form.Item
            label={t('postal.takenBy')}
            name="takenByName"
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('validation.required', { field: t('postal.takenBy') }),
              },
            ]}
          >
            <Input style={{ width: 260 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" disabled={!allSealed} loading={handOver.isPending}>
            {t('postal.handOver')}
          </Button>
        </Form>
      )}
    </Space>
  );
}
