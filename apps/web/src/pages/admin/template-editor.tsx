import type { TemplateContentV1, TemplatePreviewV1, TemplateV1, TemplateVersionV1 } from '@motcua/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Collapse,
  Descriptions,
  Drawer,
  Form,
  Input,
  Row,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/endpoints';
import { ApiError, fieldErrorsByPath } from '../../api/errors';
import { newIdempotencyKey } from '../../api/idempotency';
import { showFieldErrors } from '../../components/form-errors';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { SmsLength } from './sms-length';
import { useMessage } from '../../components/message';

interface TemplateForm {
  subject?: string;
  body: string;
  smsUnaccented: boolean;
}

interface Previews {
  readonly sent: TemplatePreviewV1;
  // For SMS, the other spelling too: the admin sees what leaving out the diacritics saves.
  readonly other?: TemplatePreviewV1;
}

function PreviewCard({
  title,
  preview,
  isSent,
}: {
  title: string;
  preview: TemplatePreviewV1;
  isSent: boolean;
}) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      title={title}
      extra={isSent ? <Tag color="blue">{t('templates.willBeSent')}</Tag> : null}
      data-testid={isSent ? 'preview-sent' : 'preview-other'}
    >
      {preview.subject && <Typography.Paragraph strong>{preview.subject}</Typography.Paragraph>}
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: preview.sms ? 8 : 0 }}>
        {preview.text}
      </Typography.Paragraph>
      {preview.sms && <SmsLength sms={preview.sms} />}
    </Card>
  );
}

/** Earlier versions, newest first: each can be loaded back into the form and saved again as a new version. */
function VersionHistory({
  template,
  onReuse,
}: {
  template: TemplateV1;
  onReuse(version: TemplateVersionV1): void;
}) {
  const { t } = useI18n();
  const versions = useQuery({
    queryKey: ['template-versions', template.eventType, template.channel, template.audience],
    queryFn: () => api.templateVersions(template),
  });
  const items = versions.data?.items ?? [];
  return (
    <Collapse
      size="small"
      style={{ marginTop: 16 }}
      data-testid="template-versions"
      items={[
        {
          key: 'versions',
          label: t('templates.history', { count: items.length }),
          children: items.map((version) => (
            <div key={version.version} style={{ borderBottom: '1px solid #f0f0f0', padding: '8px 0' }}>
              <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                <span>
                  <Typography.Text strong>
                    {t('processes.versionN', { version: version.version })}
                  </Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    {version.savedAt
                      ? t('templates.savedBy', {
                          at: dayjs(version.savedAt).format('HH:mm DD/MM/YYYY'),
                          by: version.savedBy ?? '',
                        })
                      : t('templates.builtIn')}
                  </Typography.Text>
                </span>
                {version.version !== template.version && (
                  <Button size="small" onClick={() => onReuse(version)}>
                    {t('templates.reuse')}
                  </Button>
                )}
              </Space>
              {version.subject && <div style={{ fontWeight: 500 }}>{version.subject}</div>}
              <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {version.body}
              </Typography.Paragraph>
            </div>
          )),
        },
      ]}
    />
  );
}

/** Edits one template: placeholders to insert, a preview with sample data, then a new version. */
export function TemplateEditor({ template, onClose }: { template: TemplateV1; onClose(): void }) {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<TemplateForm>();
  const [error, setError] = useState<string | null>(null);
  const [previews, setPreviews] = useState<Previews | null>(null);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const isSms = template.channel === 'sms';
  const hasSubject = template.channel !== 'sms';

  const content = (values: TemplateForm): TemplateContentV1 => ({
    eventType: template.eventType,
    channel: template.channel,
    audience: template.audience,
    body: values.body,
    ...(hasSubject && values.subject ? { subject: values.subject } : {}),
    ...(isSms ? { smsUnaccented: values.smsUnaccented } : {}),
  });
  const refuse = (failure: Error) => {
    if (!(failure instanceof ApiError)) return setError(t('error.network'));
    const fields = fieldErrorsByPath(failure.fieldErrors);
    showFieldErrors(form, fields);
    setError(failure.message);
  };
  const preview = useMutation({
    mutationFn: async (values: TemplateForm): Promise<Previews> => {
      const sent = await api.previewTemplate(content(values));
      if (!isSms) return { sent };
      const other = await api.previewTemplate({ ...content(values), smsUnaccented: !values.smsUnaccented });
      return { sent, other };
    },
    onSuccess: setPreviews,
    onError: refuse,
  });
  const save = useMutation({
    mutationFn: (values: TemplateForm) =>
      api.saveTemplate({ ...content(values), expectedVersion: template.version }, idempotencyKey),
    onSuccess: (saved) => {
      void message.success(t('templates.saved', { version: saved.version }));
      void queryClient.invalidateQueries({ queryKey: ['notification-templates'] });
      void queryClient.invalidateQueries({ queryKey: ['template-versions'] });
      onClose();
    },
    onError: refuse,
  });
  const run = (action: 'preview' | 'save') =>
    form.validateFields().then((values) => {
      setError(null);
      (action === 'preview' ? preview : save).mutate(values);
    });
  const insert = (placeholder: string) =>
    form.setFieldValue('body', `${form.getFieldValue('body') ?? ''}{{${placeholder}}}`);
  const unaccented = Form.useWatch('smsUnaccented', form);

  return (
    <Drawer
      open
      width={900}
      title={t(`eventType.${template.eventType}` as MessageKey)}
      onClose={onClose}
      extra={
        <Space>
          <Button loading={preview.isPending} onClick={() => void run('preview')}>
            {t('templates.preview')}
          </Button>
          <Button type="primary" loading={save.isPending} onClick={() => void run('save')}>
            {t('templates.saveVersion')}
          </Button>
        </Space>
      }
    >
      <Descriptions size="small" column={3} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('templates.channel')}>
          {t(`messageChannel.${template.channel}` as MessageKey)}
        </Descriptions.Item>
        <Descriptions.Item label={t('templates.audience')}>
          {t(`audience.${template.audience}` as MessageKey)}
        </Descriptions.Item>
        <Descriptions.Item label={t('templates.version')}>
          <span data-testid="template-version">{template.version}</span>
          {template.updatedAt && (
            <Typography.Text type="secondary">
              {' '}
              {t('templates.updated', { at: dayjs(template.updatedAt).format('HH:mm DD/MM/YYYY') })}
            </Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      {template.isLegalNotice && (
        <Alert type="info" showIcon message={t('templates.legalNoticeHint')} style={{ marginBottom: 16 }} />
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          message={error}
          style={{ marginBottom: 16 }}
          data-testid="template-error"
        />
      )}
      <Form<TemplateForm>
        form={form}
        layout="vertical"
        initialValues={{
          subject: template.subject,
          body: template.body,
          smsUnaccented: template.smsUnaccented,
        }}
        onValuesChange={() => setPreviews(null)}
      >
        <Form.Item label={t('templates.placeholders')} extra={t('templates.syntaxHint')}>
          <Space size={[4, 4]} wrap>
            {template.placeholders.map((placeholder) => (
              <Tag
                key={placeholder}
                color="blue"
                style={{ cursor: 'pointer' }}
                onClick={() => insert(placeholder)}
              >
                {`{{${placeholder}}}`}
              </Tag>
            ))}
          </Space>
        </Form.Item>
        {hasSubject && (
          <Form.Item label={t('templates.subject')} name="subject">
            <Input maxLength={200} />
          </Form.Item>
        )}
        <Form.Item
          label={t('templates.body')}
          name="body"
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('validation.required', { field: t('templates.body') }),
            },
          ]}
        >
          <Input.TextArea rows={isSms ? 4 : 8} maxLength={4000} />
        </Form.Item>
        {isSms && (
          <Form.Item
            label={t('templates.smsUnaccented')}
            name="smsUnaccented"
            valuePropName="checked"
            extra={t('templates.smsUnaccentedHint')}
          >
            <Switch />
          </Form.Item>
        )}
      </Form>
      {previews && (
        <Row gutter={12}>
          <Col span={previews.other ? 12 : 24}>
            <PreviewCard
              title={
                isSms ? t(unaccented ? 'templates.unaccented' : 'templates.accented') : t('templates.preview')
              }
              preview={previews.sent}
              isSent
            />
          </Col>
          {previews.other && (
            <Col span={12}>
              <PreviewCard
                title={t(unaccented ? 'templates.accented' : 'templates.unaccented')}
                preview={previews.other}
                isSent={false}
              />
            </Col>
          )}
        </Row>
      )}
      <VersionHistory
        template={template}
        onReuse={(version) => {
          form.setFieldsValue({
            subject: version.subject,
            body: version.body,
            smsUnaccented: version.smsUnaccented,
          });
          setPreviews(null);
        }}
      />
    </Drawer>
  );
}
