import { EditOutlined, PrinterOutlined } from '@ant-design/icons';
import type { AssessmentV1, ReceiptV1 } from '@motcua/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Descriptions, Space, Table, Tag } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { receiptPath } from '../../api/endpoints';
import { openPdf } from '../../api/http';
import { canCorrectReceipt } from '../../auth/roles';
import { useActor } from '../../auth/session';
import { feeKindKey, formatDong } from '../../components/labels';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useMessage } from '../../components/message';

export const ASSESSMENT_COLORS: Record<string, string> = {
  nothing_due: 'default',
  awaiting_procedure: 'default',
  due: 'orange',
  partly_paid: 'gold',
  paid: 'green',
  waived: 'cyan',
};

const RECEIPT_COLORS: Record<string, string> = {
  issued: 'green',
  cancelled: 'red',
  replaced: 'default',
  adjusted: 'default',
};

const CorrectReceiptModal = lazy(async () => ({
  default: (await import('./correct-receipt-modal')).CorrectReceiptModal,
}));

/** What a dossier owes (phí and lệ phí apart), what was paid, and its receipts with their PDFs. */
export function FeeSummary({ assessment }: { assessment: AssessmentV1 }) {
  const { t } = useI18n();
  const message = useMessage();
  const actor = useActor();
  const queryClient = useQueryClient();
  const [correcting, setCorrecting] = useState<ReceiptV1 | null>(null);
  const corrected = () => {
    setCorrecting(null);
    void message.success(t('fees.corrected'));
    void queryClient.invalidateQueries({ queryKey: ['fees', assessment.dossierId] });
    void queryClient.invalidateQueries({ queryKey: ['dossier', assessment.dossierId] });
    void queryClient.invalidateQueries({ queryKey: ['reconciliation'] });
  };
  const print = (id: string, format: 'a4' | 'roll80') =>
    openPdf(receiptPath(id, format)).catch((error: Error) => message.error(error.message));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Descriptions size="small" column={{ xs: 1, md: 4 }}>
        <Descriptions.Item label={t('catalog.status')}>
          <Tag color={ASSESSMENT_COLORS[assessment.status]} data-testid="fee-status">
            {t(`assessment.${assessment.status}` as MessageKey)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('fees.total')}>{formatDong(assessment.totalDong)}</Descriptions.Item>
        <Descriptions.Item label={t('fees.paid')}>{formatDong(assessment.paidDong)}</Descriptions.Item>
        <Descriptions.Item label={t('fees.outstanding')}>
          <b>{formatDong(assessment.outstandingDong)}</b>
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        pagination={false}
        rowKey={(_, index) => String(index)}
        dataSource={assessment.items}
        locale={{ emptyText: t('catalog.noFees') }}
        columns={[
          {
            title: t('catalog.feeKind'),
            dataIndex: 'kind',
            width: 100,
            render: (kind: string) => t(feeKindKey(kind)),
          },
          { title: t('catalog.feeName'), dataIndex: 'name' },
          {
            title: t('catalog.amount'),
            dataIndex: 'amountDong',
            width: 140,
            align: 'right',
            render: formatDong,
          },
        ]}
      />
      {assessment.receipts.length > 0 && (
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          data-testid="receipts"
          title={() => <b>{t('fees.receipts')}</b>}
          dataSource={assessment.receipts}
          columns={[
            {
              title: t('fees.receiptNumber'),
              key: 'number',
              width: 150,
              render: (_, receipt) => (
                <Space direction="vertical" size={0}>
                  {`${receipt.seriesSymbol} ${receipt.number === undefined ? '…' : String(receipt.number).padStart(7, '0')}`}
                  <Tag color={RECEIPT_COLORS[receipt.status]} data-testid="receipt-status">
                    {t(`receiptStatus.${receipt.status}` as MessageKey)}
                  </Tag>
                </Space>
              ),
            },
            { title: t('catalog.feeName'), dataIndex: 'feeName' },
            {
              title: t('catalog.amount'),
              dataIndex: 'amountDong',
              width: 110,
              align: 'right',
              render: formatDong,
            },
            {
              title: t('fees.method'),
              dataIndex: 'method',
              width: 110,
              render: (method: string) => t(`payment.${method}` as MessageKey),
            },
            {
              key: 'print',
              width: 160,
              render: (_, receipt) => (
                <Space size={4}>
                  {receipt.status === 'issued' &&
                    receipt.number !== undefined &&
                    canCorrectReceipt(actor, receipt.unitCode) && (
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        aria-label={t('fees.correct')}
                        title={t('fees.correct')}
                        onClick={() => setCorrecting(receipt)}
                      />
                    )}
                  <Button
                    size="small"
                    icon={<PrinterOutlined />}
                    aria-label={t('fees.printReceipt')}
                    title={t('fees.printReceipt')}
                    onClick={() => print(receipt.id, 'a4')}
                  >
                    A4
                  </Button>
                  <Button size="small" onClick={() => print(receipt.id, 'roll80')}>
                    80 mm
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
      <Suspense fallback={null}>
        {correcting && (
          <CorrectReceiptModal receipt={correcting} onDone={corrected} onClose={() => setCorrecting(null)} />
        )}
      </Suspense>
    </Space>
  );
}
