import { PrinterOutlined, RollbackOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  List,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api, slipPath, type DossierView } from '../../api/endpoints';
import { ApiError } from '../../api/errors';
import { openPdf } from '../../api/http';
import { canReceive } from '../../auth/roles';
import { useActor } from '../../auth/session';
import {
  channelKey,
  documentFormKey,
  FINAL_STATUSES,
  formatDong,
  STATUS_COLORS,
  statusKey,
} from '../../components/labels';
import { useI18n } from '../../i18n/i18n';
import { FeeSummary } from '../fees/fee-summary';
import { buildTimeline } from './timeline';
import { useMessage } from '../../components/message';

// The error page's illustrations (Ant Design's Result) load only when the dossier cannot be shown.
const Result = lazy(() => import('antd/es/result'));
// The withdrawal, supplement and return forms load when a clerk opens them.
const WithdrawModal = lazy(async () => ({ default: (await import('./dossier-actions')).WithdrawModal }));
const SupplementModal = lazy(async () => ({ default: (await import('./dossier-actions')).SupplementModal }));
const ReturnModal = lazy(async () => ({ default: (await import('./dossier-actions')).ReturnModal }));

const when = (at?: string) => (at ? dayjs(at).format('HH:mm DD/MM/YYYY') : '—');

/** Hồ sơ: status, applicant, papers, where it is (routing), what was sent (notifications), and its history. */
export default function DossierPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  // Other services fill their parts as events arrive: the page keeps itself current while open.
  const view = useQuery({
    queryKey: ['dossier', id],
    queryFn: () => api.dossier(id),
    refetchInterval: 15_000,
  });
  const units = useQuery({ queryKey: ['units'], queryFn: api.units, staleTime: Infinity });

  if (view.isLoading) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (view.error || !view.data) {
    const error = view.error;
    return (
      <Suspense fallback={null}>
        <Result
          status={error instanceof ApiError && error.status === 404 ? '404' : 'error'}
          title={error?.message ?? t('error.network')}
        />
      </Suspense>
    );
  }
  const unitName = (code: string) => units.data?.items.find((unit) => unit.code === code)?.name ?? code;
  return <DossierDetail view={view.data} unitName={unitName} />;
}

function DossierDetail({ view, unitName }: { view: DossierView; unitName(code: string): string }) {
  const { t } = useI18n();
  const message = useMessage();
  const actor = useActor();
  const [withdrawing, setWithdrawing] = useState(false);
  const [action, setAction] = useState<'supplement' | 'return' | null>(null);
  const { dossier } = view;
  const atCounter = canReceive(actor.roles);
  const mayWithdraw = atCounter && !FINAL_STATUSES.includes(dossier.status);
  const assignments = new Map(
    (view.routing?.assignments ?? []).map((assignment) => [assignment.id, assignment]),
  );
  const messages = new Map((view.messages ?? []).map((item) => [item.id, item]));

  const timelineItems = buildTimeline(view).map((entry) => {
    if (entry.kind === 'received') {
      return {
        color: 'blue',
        children: (
          <>
            <b>{t('timeline.received')}</b>
            {dossier.counterNumber ? ` — ${t('queue.counterN', { n: dossier.counterNumber })}` : ''}
            <div style={{ color: '#8c8c8c' }}>{when(entry.at)}</div>
          </>
        ),
      };
    }
    if (entry.kind === 'assigned') {
      const assignment = assignments.get(entry.id);
      return {
        color: 'green',
        children: (
          <>
            <b>{t('timeline.assigned', { step: assignment?.stepName ?? '' })}</b> —{' '}
            {unitName(assignment?.unitCode ?? '')}
            <div style={{ color: '#8c8c8c' }}>{when(entry.at)}</div>
          </>
        ),
      };
    }
    if (entry.kind === 'payment') {
      const payment = view.fees?.payments.find((candidate) => candidate.id === entry.id);
      return {
        color: 'gold',
        children: (
          <>
            <b>{t('timeline.payment', { amount: formatDong(payment?.amountDong ?? 0) })}</b> —{' '}
            {t(`payment.${payment?.method ?? 'cash'}` as never)}
            <div style={{ color: '#8c8c8c' }}>{when(entry.at)}</div>
          </>
        ),
      };
    }
    const item = messages.get(entry.id);
    return {
      color: 'gray',
      children: (
        <>
          {t('timeline.message', {
            channel: t(`messageChannel.${item?.channel ?? 'inbox'}` as never),
            recipient: item?.recipient ?? '',
          })}
          <div style={{ color: '#8c8c8c' }}>{when(entry.at)}</div>
        </>
      ),
    };
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          flexWrap: 'wrap',
          gap: 12,
        }}
      >
        <Space align="center">
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="dossier-title">
            {dossier.code}
          </Typography.Title>
          <Tag color={STATUS_COLORS[dossier.status]} data-testid="dossier-status">
            {t(statusKey(dossier.status))}
          </Tag>
        </Space>
        <Space>
          <Button
            icon={<PrinterOutlined />}
            onClick={() =>
              openPdf(slipPath(dossier.id, '01')).catch((error: Error) => message.error(error.message))
            }
          >
            {t('reception.printSlip01')}
          </Button>
          {atCounter && dossier.status === 'supplement_requested' && (
            <Button type="primary" onClick={() => setAction('supplement')}>
              {t('supplement.submit')}
            </Button>
          )}
          {atCounter && dossier.status === 'resolved' && (
            <Button type="primary" onClick={() => setAction('return')}>
              {t('return.submit')}
            </Button>
          )}
          {mayWithdraw && (
            <Button danger icon={<RollbackOutlined />} onClick={() => setWithdrawing(true)}>
              {t('dossier.withdraw')}
            </Button>
          )}
        </Space>
      </div>
      {view.unavailable.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={t('dossier.partial', { services: view.unavailable.join(', ') })}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Card title={t('dossier.information')} size="small" style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={t('dossier.procedure')} span={2}>
                {dossier.procedureCode} — {dossier.procedureName}
              </Descriptions.Item>
              <Descriptions.Item label={t('dossier.applicant')}>
                {dossier.applicant.fullName}
              </Descriptions.Item>
              <Descriptions.Item label={t('applicant.phone')}>{dossier.applicant.phone}</Descriptions.Item>
              <Descriptions.Item label={t('applicant.idNumber')}>
                {dossier.applicant.idNumber ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('applicant.address')}>
                {dossier.applicant.address ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('reception.channel')}>
                {t(channelKey(dossier.channel))}
              </Descriptions.Item>
              <Descriptions.Item label={t('dossier.handlingUnit')}>
                {unitName(dossier.handlingUnitCode)}
              </Descriptions.Item>
              <Descriptions.Item label={t('dossier.receivedAt')}>
                {when(dossier.receivedAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('dossier.dueAt')}>
                <b>{when(dossier.dueAt)}</b>
              </Descriptions.Item>
              {dossier.supplementRequest && dossier.status === 'supplement_requested' && (
                <Descriptions.Item label={t('supplement.requested')} span={2}>
                  {dossier.supplementRequest.reason} — {dossier.supplementRequest.documents.join('; ')} (
                  {t('supplement.closesAt', { at: when(dossier.supplementRequest.closesAt) })})
                </Descriptions.Item>
              )}
              {dossier.resolution && (
                <Descriptions.Item label={t('dossier.resolution')}>
                  {t(`resolution.${dossier.resolution.outcome}` as never)} ·{' '}
                  {when(dossier.resolution.resolvedAt)}
                  {dossier.resolution.resultReference ? ` · ${dossier.resolution.resultReference}` : ''}
                </Descriptions.Item>
              )}
              {dossier.returnedAt && (
                <Descriptions.Item label={t('dossier.returned')}>
                  {when(dossier.returnedAt)} {dossier.returnedTo ? `— ${dossier.returnedTo}` : ''}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('reception.resultDelivery')}>
                {dossier.resultDelivery?.method === 'post'
                  ? `${t('reception.byPost')}: ${dossier.resultDelivery.address ?? ''}`
                  : t('reception.atCounter')}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t('dossier.documents')} size="small" style={{ marginBottom: 16 }}>
            <Table
              size="small"
              rowKey={(_, index) => String(index)}
              pagination={false}
              dataSource={dossier.documents ?? []}
              columns={[
                { title: t('dossier.documentName'), dataIndex: 'name' },
                {
                  title: t('dossier.documentForm'),
                  dataIndex: 'form',
                  width: 170,
                  render: (form: string) => t(documentFormKey(form)),
                },
                { title: t('reception.copies'), dataIndex: 'count', width: 90, align: 'right' },
              ]}
            />
          </Card>
          <Card title={t('fees.title')} size="small" style={{ marginBottom: 16 }}>
            {view.fees ? (
              <FeeSummary assessment={view.fees} />
            ) : (
              <Typography.Text type="secondary">{t('dossier.noFees')}</Typography.Text>
            )}
          </Card>
          <Card title={t('dossier.shipments')} size="small" style={{ marginBottom: 16 }}>
            {view.shipments === null ? (
              <Alert type="warning" message={t('dossier.unavailable')} />
            ) : (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={view.shipments}
                locale={{ emptyText: t('dossier.noShipments') }}
                columns={[
                  {
                    title: t('shipment.kind'),
                    dataIndex: 'kind',
                    render: (kind: string) => t(`shipmentKind.${kind}` as never),
                  },
                  { title: t('shipment.trackingNumber'), dataIndex: 'trackingNumber' },
                  {
                    title: t('shipment.seal'),
                    dataIndex: 'sealNumber',
                    render: (seal?: string) => seal ?? '—',
                  },
                  {
                    title: t('catalog.status'),
                    dataIndex: 'status',
                    width: 150,
                    render: (status: string) => <Tag>{t(`shipmentStatus.${status}` as never)}</Tag>,
                  },
                ]}
              />
            )}
          </Card>
          <Card title={t('dossier.routing')} size="small" style={{ marginBottom: 16 }}>
            {view.routing === null ? (
              <Alert type="warning" message={t('dossier.unavailable')} />
            ) : (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={view.routing.assignments}
                locale={{ emptyText: t('dossier.noAssignments') }}
                columns={[
                  { title: t('dossier.step'), dataIndex: 'stepName' },
                  { title: t('dossier.unit'), dataIndex: 'unitCode', render: unitName },
                  {
                    title: t('dossier.officer'),
                    dataIndex: 'officerId',
                    render: (officer: string | null) => officer ?? t('dossier.unassigned'),
                  },
                  { title: t('dossier.assignedAt'), dataIndex: 'assignedAt', render: when, width: 150 },
                ]}
              />
            )}
          </Card>
          <Card title={t('dossier.messages')} size="small">
            {view.messages === null ? (
              <Alert type="warning" message={t('dossier.unavailable')} />
            ) : view.messages.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dossier.noMessages')} />
            ) : (
              <List
                size="small"
                dataSource={view.messages}
                renderItem={(item) => (
                  <List.Item extra={<Tag>{t(`messageStatus.${item.status}` as never)}</Tag>}>
                    <List.Item.Meta
                      title={`${t(`messageChannel.${item.channel}` as never)} → ${item.recipient} · ${when(item.createdAt)}`}
                      description={item.body}
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('dossier.history')} size="small">
            <Timeline items={timelineItems} data-testid="dossier-timeline" />
          </Card>
        </Col>
      </Row>
      <Suspense fallback={null}>
        {action === 'supplement' && <SupplementModal dossier={dossier} onClose={() => setAction(null)} />}
        {action === 'return' && <ReturnModal dossier={dossier} onClose={() => setAction(null)} />}
        {withdrawing && <WithdrawModal dossierId={dossier.id} onClose={() => setWithdrawing(false)} />}
      </Suspense>
    </Space>
  );
}
