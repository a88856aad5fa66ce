import type { ProcedureV1 } from '@motcua/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Descriptions, Drawer, Form, Input, List, Modal, Skeleton, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/endpoints';
import { channelKey, documentFormKey, feeKindKey, formatDong, timeUnitKey } from '../../components/labels';
import { useI18n } from '../../i18n/i18n';
import { ProcedureEditor } from './procedure-editor';
import { useMessage } from '../../components/message';

/** One procedure: its version in force, checklist, fees and version history; admin actions. */
export function ProcedureDrawer({
  code,
  isAdmin,
  onClose,
}: {
  code: string;
  isAdmin: boolean;
  onClose(): void;
}) {
  const { t } = useI18n();
  const procedure = useQuery({ queryKey: ['procedure', code], queryFn: () => api.procedure(code) });
  const [editing, setEditing] = useState(false);
  const [retiring, setRetiring] = useState(false);
  const data = procedure.data;
  return (
    <Drawer
      open
      width={760}
      onClose={onClose}
      title={data ? `${data.code} — ${data.definition.name}` : code}
      extra={
        isAdmin &&
        data?.status === 'active' && (
          <Space>
            <Button onClick={() => setEditing(true)}>{t('catalog.revise')}</Button>
            <Button danger onClick={() => setRetiring(true)}>
              {t('catalog.retire')}
            </Button>
          </Space>
        )
      }
    >
      {!data ? <Skeleton active /> : <ProcedureDetails procedure={data} />}
      {editing && data && <ProcedureEditor procedure={data} onClose={() => setEditing(false)} />}
      {retiring && data && <RetireModal procedure={data} onClose={() => setRetiring(false)} />}
    </Drawer>
  );
}

function ProcedureDetails({ procedure }: { procedure: ProcedureV1 }) {
  const { t } = useI18n();
  const { definition } = procedure;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('catalog.status')}>
          {procedure.status === 'active' ? (
            <Tag color="green">{t('catalog.active')}</Tag>
          ) : (
            <Tag>{t('catalog.retired')}</Tag>
          )}
          {procedure.retiredReason}
        </Descriptions.Item>
        <Descriptions.Item label={t('catalog.sector')}>{definition.sector}</Descriptions.Item>
        <Descriptions.Item label={t('catalog.units')}>
          {definition.handlingUnitCodes.join(', ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('catalog.processingTime')}>
          {definition.processingTime.amount} {t(timeUnitKey(definition.processingTime.unit))}
        </Descriptions.Item>
        <Descriptions.Item label={t('catalog.channels')}>
          {definition.channels.map((channel) => (
            <Tag key={channel}>{t(channelKey(channel))}</Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('catalog.resultForm')}>{definition.resultForm}</Descriptions.Item>
        <Descriptions.Item label={t('catalog.legalBasis')}>
          {definition.legalBasis.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        pagination={false}
        rowKey={(_, index) => String(index)}
        dataSource={definition.requiredDocuments}
        title={() => <b>{t('dossier.documents')}</b>}
        columns={[
          { title: t('dossier.documentName'), dataIndex: 'name' },
          {
            title: t('dossier.documentForm'),
            dataIndex: 'form',
            width: 150,
            render: (form: string) => t(documentFormKey(form)),
          },
          { title: t('reception.copies'), dataIndex: 'count', width: 80, align: 'right' },
          {
            title: t('catalog.requirement'),
            dataIndex: 'requirement',
            width: 110,
            render: (requirement: string) =>
              requirement === 'mandatory' ? (
                <Tag color="red">{t('reception.mandatory')}</Tag>
              ) : (
                <Tag color="gold">{t('reception.conditional')}</Tag>
              ),
          },
        ]}
      />
      <Table
        size="small"
        pagination={false}
        rowKey="name"
        dataSource={definition.fees}
        title={() => <b>{t('catalog.fees')}</b>}
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
            width: 130,
            align: 'right',
            render: formatDong,
          },
        ]}
      />
      <List
        size="small"
        header={<b>{t('catalog.versions')}</b>}
        dataSource={[...procedure.versions].reverse()}
        renderItem={(version) => (
          <List.Item>
            {t('catalog.versionN', { n: version.version })} —{' '}
            {dayjs(version.publishedAt).format('HH:mm DD/MM/YYYY')}
          </List.Item>
        )}
      />
    </Space>
  );
}

function RetireModal({ procedure, onClose }: { procedure: ProcedureV1; onClose(): void }) {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const retire = useMutation({
    mutationFn: (reason: string) =>
      api.retireProcedure(procedure.code, reason, procedure.currentVersion.version),
    onSuccess: () => {
      void message.success(t('catalog.retiredDone'));
      void queryClient.invalidateQueries({ queryKey: ['procedure'] });
      void queryClient.invalidateQueries({ queryKey: ['procedures'] });
      onClose();
    },
    onError: (error: Error) => void message.error(error.message),
  });
  return (
    <Modal
      open
      title={t('catalog.retireTitle', { code: procedure.code })}
      okText={t('catalog.retire')}
      okButtonProps={{ danger: true, loading: retire.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" onFinish={({ reason }) => retire.mutate(reason.trim())}>
        <Form.Item
          label={t('catalog.retireReason')}
          name="reason"
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('validation.required', { field: t('catalog.retireReason') }),
            },
          ]}
        >
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
