import type { ProcedureV1, ReceptionRecordV1 } from '@motcua/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, Checkbox, Form, Input, Modal, type FormInstance } from 'antd';
import { useRef, useState } from 'react';
import { api, type VisitBody } from '../../api/endpoints';
import { ApiError } from '../../api/errors';
import { newIdempotencyKey } from '../../api/idempotency';
import { useI18n } from '../../i18n/i18n';
import { missingDocuments, type ReceptionForm } from './reception-form';

export type VisitOutcome = 'incomplete' | 'refused';

interface VisitForm {
  reason: string;
  missing: number[];
  otherMissing?: string;
}

const blank = (value?: string) => (value && value.trim() !== '' ? value.trim() : undefined);

/** A visit without a received dossier: guidance listing everything missing at once (form 02) or a refusal (03). */
export function VisitModal(props: {
  outcome: VisitOutcome;
  procedure: ProcedureV1;
  form: FormInstance<ReceptionForm>;
  counterNumber?: number;
  onClose(): void;
  onDone(record: ReceptionRecordV1): void;
}) {
  const { t } = useI18n();
  const [visitForm] = Form.useForm<VisitForm>();
  const [error, setError] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());
  const documents = props.procedure.definition.requiredDocuments;
  const save = useMutation({
    mutationFn: (body: VisitBody) =>
      props.outcome === 'refused' ? api.refuse(body, key.current) : api.recordIncomplete(body, key.current),
    onSuccess: props.onDone,
    onError: (failure) =>
      setError(
        failure instanceof ApiError && failure.fieldErrors.length > 0
          ? failure.fieldErrors.map((field) => field.message).join(' · ')
          : failure.message,
      ),
  });

  const submit = (values: VisitForm) => {
    const applicant = props.form.getFieldValue('applicant') as
      Partial<ReceptionForm['applicant']> | undefined;
    const other = blank(values.otherMissing);
    save.mutate({
      procedureCode: props.procedure.code,
      channel: (props.form.getFieldValue('channel') as string | undefined) ?? 'direct',
      ...(props.counterNumber ? { counterNumber: props.counterNumber } : {}),
      applicant: {
        fullName: blank(applicant?.fullName) ?? '',
        ...(blank(applicant?.phone) ? { phone: blank(applicant?.phone) } : {}),
        ...(blank(applicant?.idNumber) ? { idNumber: blank(applicant?.idNumber) } : {}),
        ...(blank(applicant?.address) ? { address: blank(applicant?.address) } : {}),
      },
      reason: values.reason.trim(),
      ...(props.outcome === 'incomplete'
        ? { missing: [...values.missing.map((index) => ({ index })), ...(other ? [{ name: other }] : [])] }
        : {}),
    });
  };

  return (
    <Modal
      open
      title={props.outcome === 'refused' ? t('reception.refuseTitle') : t('reception.incompleteModalTitle')}
      okText={props.outcome === 'refused' ? t('reception.refuse') : t('reception.saveGuidance')}
      okButtonProps={{ danger: props.outcome === 'refused', loading: save.isPending }}
      onOk={() => visitForm.submit()}
      onCancel={props.onClose}
      width={640}
      destroyOnHidden
    >
      <Form<VisitForm>
        form={visitForm}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          missing: missingDocuments(props.procedure, props.form.getFieldValue('checklist') as never),
        }}
      >
        {props.outcome === 'incomplete' && (
          <>
            <Form.Item label={t('reception.missingDocuments')} name="missing">
              <Checkbox.Group
                style={{ display: 'grid', gap: 6 }}
                options={documents.map((document, index) => ({ value: index, label: document.name }))}
              />
            </Form.Item>
            <Form.Item label={t('reception.otherMissing')} name="otherMissing">
              <Input />
            </Form.Item>
          </>
        )}
        <Form.Item
          label={props.outcome === 'refused' ? t('reception.refuseReason') : t('reception.guidance')}
          name="reason"
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('validation.required', { field: t('reception.reason') }),
            },
          ]}
        >
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
        {error && <Alert type="error" showIcon message={error} />}
      </Form>
    </Modal>
  );
}
