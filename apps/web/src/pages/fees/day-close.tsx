import { DownloadOutlined, LockOutlined } from '@ant-design/icons';
import type { MethodTotalV1 } from '@motcua/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Space, Statistic, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { api, type CloseDayBody } from '../../api/endpoints';
import { DatePicker } from '../../components/date-pickers';
import { formatDong } from '../../components/labels';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useMessage } from '../../components/message';

// The confirmation (Ant Design's Modal) loads when the cashier closes the day.
const Confirm = lazy(async () => ({ default: (await import('../../components/confirm')).Confirm }));

interface CloseForm {
  countedCashDong: number;
  note?: string;
}

const DONG_INPUT = {
  formatter: (value?: number) => (value === undefined ? '' : new Intl.NumberFormat('vi-VN').format(value)),
  parser: (text?: string) => Number((text ?? '').replace(/\D/g, '')),
};

/** Đối soát và chốt sổ: a counter's day by method, its receipts and corrections, the export and the close. */
export function DayClose({ counter }: { counter: number }) {
  const { t } = useI18n();
  const message = useMessage();
  const [closing, setClosing] = useState<CloseForm | null>(null);
  const queryClient = useQueryClient();
  const [day, setDay] = useState<Dayjs>(dayjs());
  const [form] = Form.useForm<CloseForm>();
  const iso = day.format('YYYY-MM-DD');
  const reconciliation = useQuery({
    queryKey: ['reconciliation', iso, counter],
    queryFn: () => api.reconciliation(iso, counter),
  });
  const close = useMutation({
    mutationFn: (body: CloseDayBody) => api.closeDay(iso, body),
    onSuccess: (closed) => {
      queryClient.setQueryData(['reconciliation', iso, counter], closed);
      void message.success(t('dayClose.closed'));
    },
  });
  const exportFile = async (format: 'csv' | 'xlsx') => {
    try {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(await api.exportReconciliation(iso, counter, format));
      link.download = `doi-soat-quay-${counter}-${iso}.${format}`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      void message.error((error as Error).message);
    }
  };
  const data = reconciliation.data;
  const closed = data?.closes.find((item) => item.counterNumber === counter);
  return (
    <Card
      size="small"
      title={t('dayClose.title', { counter })}
      extra={
        <Space>
          <DatePicker
            value={day}
            allowClear={false}
            format="DD/MM/YYYY"
            onChange={(value) => value && setDay(value)}
          />
          <Button icon={<DownloadOutlined />} onClick={() => void exportFile('xlsx')}>
            XLSX
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void exportFile('csv')}>
            CSV
          </Button>
        </Space>
      }
    >
      {reconciliation.error && <Alert type="warning" showIcon message={reconciliation.error.message} />}
      {data && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="reconciliation">
          <Row gutter={16}>
            <Col span={6}>
              <Statistic title={t('dayClose.total')} value={formatDong(data.totalDong)} />
            </Col>
            <Col span={6}>
              <Statistic title={t('dayClose.receiptsIssued')} value={data.receipts.issued} />
            </Col>
            <Col span={6}>
              <Statistic
                title={t('dayClose.receiptsCorrected')}
                value={`${data.receipts.cancelled} / ${data.receipts.replaced + data.receipts.adjusted}`}
              />
            </Col>
            <Col span={6}>
              <Statistic title={t('dayClose.expectedCash')} value={formatDong(data.expectedCashDong)} />
            </Col>
          </Row>
          <Table<MethodTotalV1>
            size="small"
            rowKey="method"
            pagination={false}
            dataSource={data.byMethod}
            locale={{ emptyText: t('dayClose.nothingCollected') }}
            columns={[
              {
                title: t('fees.method'),
                dataIndex: 'method',
                render: (method: string) => t(`payment.${method}` as MessageKey),
              },
              { title: t('dayClose.payments'), dataIndex: 'payments', align: 'right', width: 140 },
              {
                title: t('catalog.amount'),
                dataIndex: 'amountDong',
                align: 'right',
                width: 180,
                render: formatDong,
              },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>{t('dayClose.refunded')}</Table.Summary.Cell>
                <Table.Summary.Cell index={1} />
                <Table.Summary.Cell index={2} align="right">
                  {formatDong(data.refundedDong)}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
          {closed ? (
            <Alert
              type="success"
              showIcon
              icon={<LockOutlined />}
              data-testid="day-closed"
              message={t('dayClose.closedBy', {
                name: closed.closedByName,
                time: dayjs(closed.closedAt).format('HH:mm DD/MM/YYYY'),
              })}
              description={t('dayClose.cashCounted', {
                counted: formatDong(closed.countedCashDong),
                expected: formatDong(closed.expectedCashDong),
                difference: formatDong(closed.differenceDong),
              })}
            />
          ) : (
            <Form<CloseForm>
              key={`${iso}-${data.expectedCashDong}`}
              form={form}
              layout="inline"
              initialValues={{ countedCashDong: data.expectedCashDong }}
              onFinish={setClosing}
            >
              <Form.Item
                name="countedCashDong"
                label={t('dayClose.countedCash')}
                rules={[{ required: true, message: t('validation.requiredShort') }]}
              >
                <InputNumber<number> min={0} step={1000} style={{ width: 170 }} {...DONG_INPUT} />
              </Form.Item>
              <Form.Item name="note">
                <Input placeholder={t('dayClose.note')} maxLength={1000} style={{ width: 240 }} />
              </Form.Item>
              <Button type="primary" htmlType="submit" icon={<LockOutlined />} loading={close.isPending}>
                {t('dayClose.close')}
              </Button>
            </Form>
          )}
          {close.error && <Alert type="error" showIcon message={close.error.message} />}
        </Space>
      )}
      {closing && (
        <Suspense fallback={null}>
          <Confirm
            title={t('dayClose.confirmTitle', { counter, day: day.format('DD/MM/YYYY') })}
            content={t('dayClose.confirmBody')}
            okText={t('dayClose.close')}
            onOk={() =>
              close.mutateAsync({
                counterNumber: counter,
                countedCashDong: closing.countedCashDong,
                ...(closing.note?.trim() ? { note: closing.note.trim() } : {}),
              })
            }
            onClosed={() => setClosing(null)}
          />
        </Suspense>
      )}
    </Card>
  );
}
