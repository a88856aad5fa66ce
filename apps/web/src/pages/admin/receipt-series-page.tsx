import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import type { ReceiptSeriesV1 } from '@motcua/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, type ReceiptSeriesBody } from '../../api/endpoints';
import { ApiError, fieldErrorsByPath } from '../../api/errors';
import { newIdempotencyKey } from '../../api/idempotency';
import { showFieldErrors } from '../../components/form-errors';
import { useI18n } from '../../i18n/i18n';
import { useMessage } from '../../components/message';

const THIS_YEAR = new Date().getFullYear();

function CreateSeriesModal({ onCreated, onClose }: { onCreated(year: number): void; onClose(): void }) {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ReceiptSeriesBody>();
  const [error, setError] = useState<string | null>(null);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const units = useQuery({ queryKey: ['units'], queryFn: api.units, staleTime: Infinity });
  const create = useMutation({
    mutationFn: (body: ReceiptSeriesBody) => api.createReceiptSeries(body, idempotencyKey),
    onSuccess: (series) => {
      void message.success(
        t('series.created', { series: `${series.templateSymbol} ${series.seriesSymbol}` }),
      );
      void queryClient.invalidateQueries({ queryKey: ['receipt-series'] });
      onCreated(series.year);
      onClose();
    },
    onError: (failure: Error) => {
      if (!(failure instanceof ApiError)) return setError(t('error.network'));
      const fields = fieldErrorsByPath(failure.fieldErrors);
      showFieldErrors(form, fields);
      // The messages under the inputs, once more at the top: the gateway's own summary names raw paths.
      setError(fields.length > 0 ? fields.flatMap((field) => field.errors).join(' · ') : failure.message);
    },
  });
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('validation.required', { field }),
  });

  return (
    <Modal
      open
      width={640}
      title={t('series.add')}
      okText={t('series.create')}
      cancelText={t('action.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form<ReceiptSeriesBody>
        form={form}
        layout="vertical"
        initialValues={{ year: THIS_YEAR, issuer: 'internal' }}
        onFinish={(values) => {
          setError(null);
          create.mutate({
            ...values,
            templateSymbol: values.templateSymbol.trim().toUpperCase(),
            seriesSymbol: values.seriesSymbol.trim().toUpperCase(),
            ...(values.taxCode?.trim() ? { taxCode: values.taxCode.trim() } : { taxCode: undefined }),
          });
        }}
      >
        <Form.Item label={t('series.unit')} name="unitCode" rules={[required(t('series.unit'))]}>
          <Select
            showSearch
            data-testid="series-unit"
            optionFilterProp="label"
            options={(units.data?.items ?? []).map((unit) => ({
              value: unit.code,
              label: `${unit.name} (${unit.code})`,
            }))}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item
              label={t('series.templateSymbol')}
              name="templateSymbol"
              rules={[required(t('series.templateSymbol'))]}
            >
              <Input placeholder="01BLP0-001" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label={t('series.seriesSymbol')}
              name="seriesSymbol"
              rules={[required(t('series.seriesSymbol'))]}
            >
              <Input placeholder={`AA-${String(THIS_YEAR).slice(2)}E`} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('series.year')} name="year" rules={[{ required: true }]}>
              <InputNumber min={2020} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('series.taxCode')} name="taxCode" extra={t('series.taxCodeHint')}>
              <Input placeholder="2900325526" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('series.issuer')} name="issuer">
              <Select
                options={[
                  { value: 'internal', label: t('series.issuer.internal') },
                  { value: 'provider', label: t('series.issuer.provider') },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

function CancelSeriesModal({ series, onClose }: { series: ReceiptSeriesV1; onClose(): void }) {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const cancel = useMutation({
    mutationFn: (reason: string) => api.cancelReceiptSeries(series.id, reason),
    onSuccess: () => {
      void message.success(t('series.cancelled'));
      void queryClient.invalidateQueries({ queryKey: ['receipt-series'] });
      onClose();
    },
    onError: (failure: Error) => void message.error(failure.message),
  });
  return (
    <Modal
      open
      title={t('series.cancelTitle', { series: `${series.templateSymbol} ${series.seriesSymbol}` })}
      okText={t('series.cancel')}
      okButtonProps={{ danger: true }}
      cancelText={t('action.cancel')}
      confirmLoading={cancel.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t('series.cancelHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => cancel.mutate(values.reason.trim())}>
        <Form.Item
          label={t('series.reason')}
          name="reason"
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('validation.required', { field: t('series.reason') }),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

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
      {creating && <CreateSeriesModal onCreated={setYear} onClose={() => setCreating(false)} />}
      {cancelling && <CancelSeriesModal series={cancelling} onClose={() => setCancelling(null)} />}
    </Space>
  );
}
