import type { ReceiptV1 } from '@motcua/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useRef } from 'react';
import { api, type CorrectionBody } from '../../api/endpoints';
import { ApiError } from '../../api/errors';
import { newIdempotencyKey } from '../../api/idempotency';
import { useI18n } from '../../i18n/i18n';

type Action = CorrectionBody['action'];

interface CorrectionForm {
  action: Action;
  reason: string;
  payerName?: string;
  feeName?: string;
}

/**
 * Hủy, thay thế or điều chỉnh an issued receipt, approved by the caller (a lead of its unit or the Center's
 * manager): never deleted; a paper receipt may only be cancelled (its replacement is a new paper receipt).
 */
export function CorrectReceiptModal({
  receipt,
  onDone,
  onClose,
}: {
  receipt: ReceiptV1;
  onDone(): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<CorrectionForm>();
  const action = Form.useWatch('action', form);
  const key = useRef(newIdempotencyKey());
  const correct = useMutation({
    mutationFn: (body: CorrectionBody) => api.correctReceipt(receipt.id, body, key.current),
    onSuccess: onDone,
  });
  const actions: Action[] = receipt.issuer === 'paper' ? ['cancel'] : ['cancel', 'replace', 'adjust'];
  const error =
    correct.error instanceof ApiError && correct.error.fieldErrors.length > 0
      ? correct.error.fieldErrors.map((field) => field.message).join(' · ')
      : correct.error?.message;
  const submit = ({ action: chosen, reason, payerName, feeName }: CorrectionForm) => {
    const changes = {
      ...(payerName?.trim() ? { payerName: payerName.trim() } : {}),
      ...(feeName?.trim() ? { feeName: feeName.trim() } : {}),
    };
    correct.mutate({
      action: chosen,
      reason: reason.trim(),
      ...(chosen !== 'cancel' && Object.keys(changes).length > 0 ? { changes } : {}),
    });
  };
  return (
    <Modal
      open
      title={t('fees.correctTitle', {
        receipt: `${receipt.seriesSymbol} ${String(receipt.number ?? '').padStart(7, '0')}`,
      })}
      okText={t('fees.correctConfirm')}
      okButtonProps={{ danger: action === 'cancel', loading: correct.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<CorrectionForm>
        form={form}
        layout="vertical"
        initialValues={{ action: 'cancel', payerName: receipt.payerName, feeName: receipt.feeName }}
        onValuesChange={() => {
          key.current = newIdempotencyKey();
        }}
        onFinish={submit}
      >
        <Form.Item name="action" label={t('fees.correctionAction')}>
          <Radio.Group
            optionType="button"
            options={actions.map((value) => ({ value, label: t(`correction.${value}`) }))}
          />
        </Form.Item>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t(`correction.${action ?? 'cancel'}Hint`)}
        />
        {action && action !== 'cancel' && (
          <>
            <Form.Item name="payerName" label={t('fees.payerName')}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="feeName" label={t('catalog.feeName')}>
              <Input maxLength={500} />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="reason"
          label={t('fees.correctionReason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('validation.required', { field: t('fees.correctionReason') }),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </Modal>
  );
}
