import type { DossierV1 } from '@motcua/contracts';
import type { ReturnBody } from '../../api/endpoints';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal, Radio, Select } from 'antd';
import { useRef } from 'react';
import { api } from '../../api/endpoints';
import { newIdempotencyKey } from '../../api/idempotency';
import { useI18n } from '../../i18n/i18n';
import { useMessage } from '../../components/message';

const refresh = (queryClient: ReturnType<typeof useQueryClient>, id: string) => {
  void queryClient.invalidateQueries({ queryKey: ['dossier', id] });
  void queryClient.invalidateQueries({ queryKey: ['dossiers'] });
};

/** Trả kết quả: who signs for the result at the return counter (status 9 → 10). */
export function ReturnModal({ dossier, onClose }: { dossier: DossierV1; onClose(): void }) {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ReturnBody>();
  const collector = Form.useWatch('collector', form);
  const key = useRef(newIdempotencyKey());
  const hand = useMutation({
    mutationFn: (body: ReturnBody) => api.returnResult(dossier.id, body, key.current),
    onSuccess: (returned) => {
      void message.success(t('return.done', { code: returned.code }));
      refresh(queryClient, dossier.id);
      onClose();
    },
    onError: (error: Error) => void message.error(error.message),
  });
  return (
    <Modal
      open
      title={t('return.title', { code: dossier.code })}
      okText={t('return.submit')}
      okButtonProps={{ loading: hand.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ receivedBy: dossier.applicant.fullName, collector: 'owner' }}
        onFinish={({ receivedBy, collector: who, authorisation, note }) =>
          hand.mutate({
            receivedBy: receivedBy.trim(),
            collector: who,
            ...(who === 'authorised' && authorisation?.trim() ? { authorisation: authorisation.trim() } : {}),
            ...(note?.trim() ? { note: note.trim() } : {}),
          })
        }
      >
        <Form.Item label={t('return.collector')} name="collector">
          <Radio.Group
            options={[
              { value: 'owner', label: t('return.collector.owner') },
              { value: 'authorised', label: t('return.collector.authorised') },
            ]}
          />
        </Form.Item>
        <Form.Item
          label={t('return.receivedBy')}
          name="receivedBy"
          extra={t('return.receivedByHint')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('validation.required', { field: t('return.receivedBy') }),
            },
          ]}
        >
          <Input autoFocus />
        </Form.Item>
        {collector === 'authorised' && (
          <Form.Item
            label={t('return.authorisation')}
            name="authorisation"
            extra={t('return.authorisationHint')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('validation.required', { field: t('return.authorisation') }),
              },
            ]}
          >
            <Input />
          </Form.Item>
        )}
        <Form.Item label={t('return.note')} name="note">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Nhận hồ sơ bổ sung: the papers the applicant brought after a supplement request (status 5 → 4). */
export function SupplementModal({ dossier, onClose }: { dossier: DossierV1; onClose(): void }) {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ documents: string[] }>();
  const key = useRef(newIdempotencyKey());
  const requested = dossier.supplementRequest?.documents ?? [];
  const take = useMutation({
    mutationFn: (documents: string[]) => api.receiveSupplement(dossier.id, documents, key.current),
    onSuccess: () => {
      void message.success(t('supplement.done'));
      refresh(queryClient, dossier.id);
      onClose();
    },
    onError: (error: Error) => void message.error(error.message),
  });
  return (
    <Modal
      open
      title={t('supplement.title', { code: dossier.code })}
      okText={t('supplement.submit')}
      okButtonProps={{ loading: take.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ documents: requested }}
        onFinish={({ documents }) => take.mutate(documents)}
      >
        <Form.Item
          label={t('supplement.documents')}
          name="documents"
          extra={t('supplement.documentsHint')}
          rules={[
            { required: true, message: t('validation.required', { field: t('supplement.documents') }) },
          ]}
        >
          <Select mode="tags" options={requested.map((document) => ({ value: document, label: document }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Rút hồ sơ: the applicant withdraws, with the reason they give. */
export function WithdrawModal({ dossierId, onClose }: { dossierId: string; onClose(): void }) {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const key = useRef(newIdempotencyKey());
  const withdraw = useMutation({
    mutationFn: (reason: string) => api.withdraw(dossierId, reason, key.current),
    onSuccess: () => {
      void message.success(t('dossier.withdrawn'));
      void queryClient.invalidateQueries({ queryKey: ['dossier', dossierId] });
      onClose();
    },
    onError: (error: Error) => void message.error(error.message),
  });
  return (
    <Modal
      open
      title={t('dossier.withdrawTitle')}
      okText={t('dossier.withdraw')}
      okButtonProps={{ danger: true, loading: withdraw.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" onFinish={({ reason }) => withdraw.mutate(reason.trim())}>
        <Form.Item
          label={t('dossier.withdrawReason')}
          name="reason"
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('validation.required', { field: t('dossier.withdrawReason') }),
            },
          ]}
        >
          <Input.TextArea rows={3} autoFocus maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
