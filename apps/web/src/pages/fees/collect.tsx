import type { DossierV1 } from '@motcua/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, Radio, Space, Typography } from 'antd';
import { useRef } from 'react';
import { api, type PaymentBody } from '../../api/endpoints';
import { ApiError } from '../../api/errors';
import { newIdempotencyKey } from '../../api/idempotency';
import { useI18n } from '../../i18n/i18n';
import { FeeSummary } from './fee-summary';
import { useMessage } from '../../components/message';

interface PaymentForm {
  method: 'cash' | 'transfer';
  amountDong: number;
  transferReference?: string;
}

/** What the chosen dossier owes and the cashier's payment form (cash or transfer) at a counter. */
export function Collect({ dossier, counter }: { dossier: DossierV1; counter: number | null }) {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PaymentForm>();
  const method = Form.useWatch('method', form);
  const key = useRef(newIdempotencyKey());
  const assessment = useQuery({ queryKey: ['fees', dossier.id], queryFn: () => api.fees(dossier.id) });
  const pay = useMutation({
    mutationFn: (body: PaymentBody) => api.recordPayment(dossier.id, body, key.current),
    onSuccess: (payment) => {
      key.current = newIdempotencyKey();
      void message.success(t('fees.collected', { receipts: payment.receipts.length }));
      void queryClient.invalidateQueries({ queryKey: ['fees', dossier.id] });
      void queryClient.invalidateQueries({ queryKey: ['dossier', dossier.id] });
      void queryClient.invalidateQueries({ queryKey: ['reconciliation'] });
    },
  });
  const data = assessment.data;
  const payError =
    pay.error instanceof ApiError && pay.error.fieldErrors.length > 0
      ? pay.error.fieldErrors.map((field) => field.message).join(' · ')
      : pay.error?.message;
  return (
    <Card size="small" title={`${dossier.code} — ${dossier.applicant.fullName}`}>
      <Typography.Paragraph type="secondary">{dossier.procedureName}</Typography.Paragraph>
      {assessment.error && <Alert type="warning" showIcon message={assessment.error.message} />}
      {data && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <FeeSummary assessment={data} />
          {data.outstandingDong > 0 && (
            <Form<PaymentForm>
              key={data.outstandingDong}
              form={form}
              layout="inline"
              initialValues={{ method: 'cash', amountDong: data.outstandingDong }}
              onFinish={(values) =>
                counter &&
                pay.mutate({
                  method: values.method,
                  amountDong: values.amountDong,
                  counterNumber: counter,
                  ...(values.method === 'transfer' && values.transferReference?.trim()
                    ? { transferReference: values.transferReference.trim() }
                    : {}),
                })
              }
              onValuesChange={() => {
                key.current = newIdempotencyKey();
              }}
            >
              <Form.Item name="method">
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'cash', label: t('payment.cash') },
                    { value: 'transfer', label: t('payment.transfer') },
                  ]}
                />
              </Form.Item>
              <Form.Item name="amountDong" label={t('catalog.amount')} rules={[{ required: true }]}>
                <InputNumber<number>
                  min={1}
                  max={data.outstandingDong}
                  disabled={!data.partialPaymentAllowed}
                  step={1000}
                  style={{ width: 160 }}
                  formatter={(value) =>
                    value === undefined ? '' : new Intl.NumberFormat('vi-VN').format(value)
                  }
                  parser={(text) => Number((text ?? '').replace(/\D/g, ''))}
                />
              </Form.Item>
              {method === 'transfer' && (
                <Form.Item
                  name="transferReference"
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t('validation.required', { field: t('fees.transferReference') }),
                    },
                  ]}
                >
                  <Input placeholder={t('fees.transferReference')} />
                </Form.Item>
              )}
              <Button type="primary" htmlType="submit" loading={pay.isPending} disabled={!counter}>
                {t('fees.collect')}
              </Button>
            </Form>
          )}
          {!counter && <Alert type="info" showIcon message={t('fees.chooseCounter')} />}
          {payError && <Alert type="error" showIcon message={payError} />}
        </Space>
      )}
    </Card>
  );
}
