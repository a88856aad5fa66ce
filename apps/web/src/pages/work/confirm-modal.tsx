import { useMutation } from '@tanstack/react-query';
import { DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef } from 'react';
import { api, type ConfirmBody } from '../../api/endpoints';
import { ApiError } from '../../api/errors';
import { newIdempotencyKey } from '../../api/idempotency';
import { useI18n } from '../../i18n/i18n';
import { useMessage } from '../../components/message';

interface ConfirmValues {
  outcome: 'approved' | 'refused';
  resultReference?: string;
  resolvedAt?: Dayjs;
  reason?: string;
  evidenceReference?: string;
}

/** "Xác nhận đã xử lý xong" for the chosen dossiers; a unit lead may record an earlier time with reason and evidence. */
export function ConfirmModal({
  dossierIds,
  codes,
  canBackdate,
  onDone,
  onClose,
}: {
  dossierIds: string[];
  codes: string[];
  canBackdate: boolean;
  onDone(): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const message = useMessage();
  const [form] = Form.useForm<ConfirmValues>();
  const key = useRef(newIdempotencyKey());
  const resolvedAt = Form.useWatch('resolvedAt', form);
  const confirm = useMutation({
    mutationFn: (values: ConfirmValues) => {
      const text = (value?: string) => (value?.trim() ? value.trim() : undefined);
      const body: ConfirmBody = {
        dossierIds,
        outcome: values.outcome,
        resultReference: text(values.resultReference),
        resolvedAt: values.resolvedAt?.toISOString(),
        reason: text(values.reason),
        evidenceReference: text(values.evidenceReference),
      };
      return api.confirmResolved(body, key.current);
    },
    onSuccess: (confirmed) => {
      void message.success(t('work.confirmed', { count: confirmed.items.length }));
      onDone();
    },
    onError: (error: Error) => {
      if (error instanceof ApiError && error.fieldErrors.length > 0)
        form.setFields(
          error.fieldErrors.map((field) => ({
            name: field.field as keyof ConfirmValues,
            errors: [field.message],
          })),
        );
      void message.error(error.message);
    },
  });
  const required = (field: string) => [{ required: true, message: t('validation.required', { field }) }];
  return (
    <Modal
      open
      title={t('work.confirmTitle', { count: dossierIds.length })}
      okText={t('work.confirmResolved')}
      okButtonProps={{ loading: confirm.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{codes.join(', ')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ outcome: 'approved' }}
        onFinish={(values) => confirm.mutate(values)}
      >
        <Form.Item label={t('work.field.outcome')} name="outcome" rules={required(t('work.field.outcome'))}>
          <Select
            options={[
              { value: 'approved', label: t('work.outcome.approved') },
              { value: 'refused', label: t('work.outcome.refused') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('work.field.resultReference')} name="resultReference">
          <Input placeholder="1234/QĐ-UBND" />
        </Form.Item>
        {canBackdate && (
          <>
            <Form.Item label={t('work.field.resolvedAt')} name="resolvedAt" extra={t('work.resolvedAtHint')}>
              <DatePicker showTime format="HH:mm DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
            {resolvedAt && (
              <>
                <Form.Item
                  label={t('work.field.reason')}
                  name="reason"
                  rules={required(t('work.field.reason'))}
                >
                  <Input.TextArea rows={2} />
                </Form.Item>
                <Form.Item
                  label={t('work.field.evidenceReference')}
                  name="evidenceReference"
                  rules={required(t('work.field.evidenceReference'))}
                >
                  <Input />
                </Form.Item>
              </>
            )}
          </>
        )}
      </Form>
    </Modal>
  );
}
