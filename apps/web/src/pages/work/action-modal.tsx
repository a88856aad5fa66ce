import type { DossierRoutingV1 } from '@motcua/contracts';
import { useMutation } from '@tanstack/react-query';
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import { useRef } from 'react';
import { api } from '../../api/endpoints';
import { ApiError } from '../../api/errors';
import { newIdempotencyKey } from '../../api/idempotency';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { actionBody, isStale, type ActionValues, type FormAction } from './action-body';
import { useMessage } from '../../components/message';

const FIELDS: Record<FormAction, (keyof ActionValues)[]> = {
  forward: ['toUnitCode', 'note'],
  return: ['reason'],
  request_supplement: ['reason', 'documents'],
  attach_result: ['resultReference', 'note'],
  resolve: ['outcome', 'resultReference', 'note'],
  stop: ['reason'],
  extend: ['reason', 'newDueAt'],
};

const REQUIRED: Partial<Record<keyof ActionValues, readonly FormAction[]>> = {
  reason: ['return', 'request_supplement', 'stop', 'extend'],
  documents: ['request_supplement'],
  outcome: ['resolve'],
  resultReference: ['attach_result'],
  newDueAt: ['extend'],
};

/** One action on a dossier with what it needs (reason, documents, result, new date); the version goes with it. */
export function ActionModal({
  action,
  routing,
  onDone,
  onStale,
  onClose,
}: {
  action: FormAction;
  routing: DossierRoutingV1;
  onDone(next: DossierRoutingV1): void;
  onStale(): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const message = useMessage();
  const [form] = Form.useForm<ActionValues>();
  const key = useRef(newIdempotencyKey());
  const act = useMutation({
    mutationFn: (values: ActionValues) =>
      api.act(routing.dossierId, actionBody(action, routing.version ?? 0, values), key.current),
    onSuccess: (next) => {
      void message.success(t('work.done'));
      onDone(next);
    },
    onError: (error: Error) => {
      if (isStale(error)) {
        void message.warning(t('work.stale'));
        onStale();
        return;
      }
      if (error instanceof ApiError && error.fieldErrors.length > 0)
        form.setFields(
          error.fieldErrors.map((field) => ({
            name: field.field as keyof ActionValues,
            errors: [field.message],
          })),
        );
      void message.error(error.message);
    },
  });
  const label = (field: keyof ActionValues) => t(`work.field.${field}` as MessageKey);
  const rules = (field: keyof ActionValues) =>
    REQUIRED[field]?.includes(action)
      ? [{ required: true, message: t('validation.required', { field: label(field) }) }]
      : [];
  const fields = FIELDS[action];
  return (
    <Modal
      open
      title={`${t(`work.action.${action}` as MessageKey)} — ${routing.code ?? ''}`}
      okText={t(`work.action.${action}` as MessageKey)}
      okButtonProps={{ loading: act.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" onFinish={(values) => act.mutate(values)}>
        {fields.includes('toUnitCode') && (
          <Form.Item label={label('toUnitCode')} name="toUnitCode" extra={t('work.toUnitHint')}>
            <Input placeholder="000.00.20.H41" />
          </Form.Item>
        )}
        {fields.includes('outcome') && (
          <Form.Item label={label('outcome')} name="outcome" rules={rules('outcome')}>
            <Select
              data-testid="outcome-select"
              options={[
                { value: 'approved', label: t('work.outcome.approved') },
                { value: 'refused', label: t('work.outcome.refused') },
              ]}
            />
          </Form.Item>
        )}
        {fields.includes('resultReference') && (
          <Form.Item label={label('resultReference')} name="resultReference" rules={rules('resultReference')}>
            <Input placeholder="1234/QĐ-UBND" />
          </Form.Item>
        )}
        {fields.includes('reason') && (
          <Form.Item label={label('reason')} name="reason" rules={rules('reason')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        {fields.includes('documents') && (
          <Form.Item
            label={label('documents')}
            name="documents"
            extra={t('work.documentsHint')}
            rules={rules('documents')}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
        {fields.includes('newDueAt') && (
          <Form.Item label={label('newDueAt')} name="newDueAt" rules={rules('newDueAt')}>
            <DatePicker showTime format="HH:mm DD/MM/YYYY" style={{ width: '100%' }} />
          </Form.Item>
        )}
        {fields.includes('note') && (
          <Form.Item label={label('note')} name="note">
            <Input />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
