import type { ReceiptSeriesV1 } from '@motcua/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { api, type ReceiptSeriesBody } from '../../api/endpoints';
import { newIdempotencyKey } from '../../api/idempotency';
import { FormOverlay, useCommandForm, useRequired } from '../../components/form-overlay';
import { useMessage } from '../../components/message';
import { useI18n } from '../../i18n/i18n';

const THIS_YEAR = new Date().getFullYear();

/** Creates a receipt series for a collecting unit and year. */
export function CreateSeriesModal({
  onCreated,
  onClose,
}: {
  onCreated(year: number): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const required = useRequired();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const units = useQuery({ queryKey: ['units'], queryFn: api.units, staleTime: Infinity });
  const editor = useCommandForm({
    send: (values: ReceiptSeriesBody) =>
      api.createReceiptSeries(
        {
          ...values,
          templateSymbol: values.templateSymbol.trim().toUpperCase(),
          seriesSymbol: values.seriesSymbol.trim().toUpperCase(),
          ...(values.taxCode?.trim() ? { taxCode: values.taxCode.trim() } : { taxCode: undefined }),
        },
        idempotencyKey,
      ),
    onDone: (series) => {
      void message.success(
        t('series.created', { series: `${series.templateSymbol} ${series.seriesSymbol}` }),
      );
      void queryClient.invalidateQueries({ queryKey: ['receipt-series'] });
      onCreated(series.year);
      onClose();
    },
    repeatFieldErrors: true,
  });

  return (
    <FormOverlay<ReceiptSeriesBody>
      {...editor}
      width={640}
      title={t('series.add')}
      okText={t('series.create')}
      onClose={onClose}
      initialValues={{ year: THIS_YEAR, issuer: 'internal' }}
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
    </FormOverlay>
  );
}

/** Cancels a series with the reason; the numbers it gave stay. */
export function CancelSeriesModal({ series, onClose }: { series: ReceiptSeriesV1; onClose(): void }) {
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
    <FormOverlay<{ reason: string }>
      form={form}
      isPending={cancel.isPending}
      onFinish={(values) => cancel.mutate(values.reason.trim())}
      width={520}
      danger
      title={t('series.cancelTitle', { series: `${series.templateSymbol} ${series.seriesSymbol}` })}
      okText={t('series.cancel')}
      onClose={onClose}
      intro={<Typography.Paragraph type="secondary">{t('series.cancelHint')}</Typography.Paragraph>}
    >
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
    </FormOverlay>
  );
}
