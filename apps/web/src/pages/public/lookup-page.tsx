import type { PublicDossierV1 } from '@motcua/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Tag, Timeline } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/endpoints';
import { ApiError } from '../../api/errors';
import { STATUS_COLORS } from '../../components/labels';
import { useI18n } from '../../i18n/i18n';
import { PublicFrame } from './public-frame';

const DOSSIER_CODE = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}$/;

interface LookupForm {
  code: string;
  phone: string;
}

/** Tra cứu hồ sơ: code and phone; the slip's QR code opens this page with the code filled in (?ma=). */
export default function LookupPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<LookupForm>();
  const codeFromQr = params.get('ma') ?? '';
  const lookup = useMutation({ mutationFn: ({ code, phone }: LookupForm) => api.lookUp(code, phone) });

  const submit = (values: LookupForm) => {
    const code = values.code.trim().toUpperCase();
    setParams({ ma: code }, { replace: true });
    lookup.mutate({ code, phone: values.phone.trim() });
  };

  return (
    <PublicFrame title={t('lookup.title')}>
      <Card style={{ marginBottom: 16 }}>
        <Form<LookupForm>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ code: codeFromQr }}
          requiredMark={false}
        >
          <Form.Item
            label={t('lookup.code')}
            name="code"
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('validation.required', { field: t('lookup.code') }),
              },
              {
                transform: (value: string) => value?.trim().toUpperCase(),
                pattern: DOSSIER_CODE,
                message: t('lookup.codeFormat'),
              },
            ]}
          >
            <Input
              size="large"
              placeholder="000.00.20.H41-261128-0001"
              autoFocus={!codeFromQr}
              autoComplete="off"
            />
          </Form.Item>
          <Form.Item
            label={t('lookup.phone')}
            name="phone"
            extra={t('lookup.phoneHint')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('validation.required', { field: t('lookup.phone') }),
              },
            ]}
          >
            <Input size="large" inputMode="tel" autoFocus={Boolean(codeFromQr)} autoComplete="tel" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={lookup.isPending}>
            {t('lookup.submit')}
          </Button>
        </Form>
      </Card>
      {lookup.error && (
        <Alert
          type={lookup.error instanceof ApiError && lookup.error.status === 404 ? 'warning' : 'error'}
          showIcon
          message={lookup.error instanceof ApiError ? lookup.error.message : t('error.network')}
          data-testid="lookup-error"
        />
      )}
      {lookup.data && <LookupResult dossier={lookup.data} />}
    </PublicFrame>
  );
}

function LookupResult({ dossier }: { dossier: PublicDossierV1 }) {
  const { t } = useI18n();
  const when = (at: string) => dayjs(at).format('HH:mm DD/MM/YYYY');
  return (
    <Card data-testid="lookup-result">
      <div style={{ marginBottom: 12 }}>
        <Tag color={STATUS_COLORS[dossier.status]} style={{ fontSize: 15, padding: '4px 10px' }}>
          {dossier.statusLabel}
        </Tag>
      </div>
      <Descriptions column={1} size="small" layout="vertical">
        <Descriptions.Item label={t('lookup.code')}>
          <b>{dossier.code}</b>
        </Descriptions.Item>
        <Descriptions.Item label={t('dossier.procedure')}>{dossier.procedureName}</Descriptions.Item>
        <Descriptions.Item label={t('dossier.applicant')}>{dossier.applicantName}</Descriptions.Item>
        <Descriptions.Item label={t('dossier.receivedAt')}>{when(dossier.receivedAt)}</Descriptions.Item>
        {dossier.dueAt && (
          <Descriptions.Item label={t('dossier.dueAt')}>
            <b>{when(dossier.dueAt)}</b>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Timeline
        style={{ marginTop: 16 }}
        items={dossier.milestones.map((milestone) => ({
          children: (
            <>
              {milestone.label}
              <div style={{ color: '#8c8c8c' }}>{when(milestone.at)}</div>
            </>
          ),
        }))}
      />
    </Card>
  );
}
