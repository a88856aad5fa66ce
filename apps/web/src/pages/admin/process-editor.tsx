import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { ProcessDefinitionV1, ProcessStepV1, ProcessValidationV1 } from '@motcua/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/endpoints';
import { ApiError, fieldErrorsByPath, type FieldError } from '../../api/errors';
import { showFieldErrors } from '../../components/form-errors';
import { FormOverlay } from '../../components/form-overlay';
import { timeUnitKey } from '../../components/labels';
import { useI18n } from '../../i18n/i18n';
import { useMessage } from '../../components/message';

interface EditorForm {
  steps: ProcessStepV1[];
}

type Check =
  | { readonly kind: 'valid'; readonly validation: ProcessValidationV1 }
  | { readonly kind: 'invalid'; readonly problems: readonly FieldError[]; readonly summary?: string };

const NEW_STEP = { role: 'officer', duration: { amount: 1, unit: 'working_days' }, next: [] };

const hours = (value: number) => Math.round(value * 10) / 10;

/** Defines a new version of a procedure's process step by step, checks it with routing, then publishes it. */
export function ProcessEditor({
  procedureCode,
  initialSteps,
  onClose,
}: {
  procedureCode: string;
  initialSteps: readonly ProcessStepV1[];
  onClose(): void;
}) {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EditorForm>();
  const [check, setCheck] = useState<Check | null>(null);
  const units = useQuery({ queryKey: ['units'], queryFn: api.units, staleTime: Infinity });
  const steps = Form.useWatch('steps', form) ?? [];

  const definition = (values: EditorForm): ProcessDefinitionV1 => ({
    procedureCode,
    steps: values.steps.map((step) => ({
      ...step,
      key: step.key.trim(),
      name: step.name.trim(),
      next: step.next ?? [],
    })),
  });
  const showProblems = (problems: readonly FieldError[], summary?: string) => {
    showFieldErrors(
      form,
      fieldErrorsByPath(
        problems.map((problem) => ({ ...problem, field: problem.field.replace(/^definition\./, '') })),
      ),
    );
    setCheck({ kind: 'invalid', problems, summary });
  };
  const refuse = (failure: Error) => {
    if (!(failure instanceof ApiError))
      return setCheck({ kind: 'invalid', problems: [], summary: t('error.network') });
    showProblems(failure.fieldErrors, failure.message);
  };
  const validate = useMutation({
    mutationFn: api.validateProcess,
    onSuccess: (validation) =>
      validation.isValid ? setCheck({ kind: 'valid', validation }) : showProblems(validation.problems),
    onError: refuse,
  });
  const publish = useMutation({
    mutationFn: api.publishProcess,
    onSuccess: (process) => {
      void message.success(t('processes.published', { version: process.versions.at(-1)?.version ?? 1 }));
      void queryClient.invalidateQueries({ queryKey: ['process'] });
      void queryClient.invalidateQueries({ queryKey: ['default-processes'] });
      onClose();
    },
    onError: refuse,
  });
  const run = (action: 'validate' | 'publish') =>
    form.validateFields().then((values) => {
      setCheck(null);
      (action === 'validate' ? validate : publish).mutate(definition(values));
    });
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('validation.required', { field }),
  });
  const keyOptions = steps
    .filter((step) => step?.key)
    .map((step) => ({ value: step.key, label: `${step.name || step.key} (${step.key})` }));

  return (
    <FormOverlay<EditorForm>
      form={form}
      drawer
      width={1000}
      title={t('processes.newVersionOf', { code: procedureCode })}
      onClose={onClose}
      initialValues={{ steps: initialSteps }}
      onValuesChange={() => setCheck(null)}
      actions={
        <Space>
          <Button loading={validate.isPending} onClick={() => void run('validate')}>
            {t('processes.validate')}
          </Button>
          <Button type="primary" loading={publish.isPending} onClick={() => void run('publish')}>
            {t('processes.publish')}
          </Button>
        </Space>
      }
      intro={
        <>
          <Typography.Paragraph type="secondary">{t('processes.editorHint')}</Typography.Paragraph>
          {check?.kind === 'valid' && (
            <Alert
              type="success"
              showIcon
              data-testid="process-check"
              style={{ marginBottom: 16 }}
              message={t('processes.valid')}
              description={
                check.validation.timeLimitHours === undefined
                  ? t('processes.longestPath', { hours: hours(check.validation.longestPathHours) })
                  : t('processes.longestPathOfLimit', {
                      hours: hours(check.validation.longestPathHours),
                      limit: hours(check.validation.timeLimitHours),
                    })
              }
            />
          )}
          {check?.kind === 'invalid' && (
            <Alert
              type="error"
              showIcon
              data-testid="process-check"
              style={{ marginBottom: 16 }}
              message={check.summary ?? t('processes.invalid')}
              description={
                check.problems.length > 0 && (
                  <ul style={{ margin: 0, paddingLeft: 20 }}>
                    {check.problems.map((problem) => (
                      <li key={`${problem.field}-${problem.message}`}>{problem.message}</li>
                    ))}
                  </ul>
                )
              }
            />
          )}
        </>
      }
    >
      <Form.List name="steps">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 12 }}
                data-testid={`step-${index}`}
                title={t('processes.stepN', { n: index + 1 })}
                extra={
                  <Button
                    type="text"
                    aria-label={t('action.remove')}
                    icon={<MinusCircleOutlined />}
                    disabled={fields.length === 1}
                    onClick={() => remove(field.name)}
                  />
                }
              >
                <Row gutter={12}>
                  <Col span={5}>
                    <Form.Item
                      label={t('processes.stepKey')}
                      name={[field.name, 'key']}
                      rules={[required(t('processes.stepKey'))]}
                    >
                      <Input placeholder="tham-dinh" />
                    </Form.Item>
                  </Col>
                  <Col span={8}>
                    <Form.Item
                      label={t('processes.stepName')}
                      name={[field.name, 'name']}
                      rules={[required(t('processes.stepName'))]}
                    >
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item
                      label={t('processes.unit')}
                      name={[field.name, 'unitCode']}
                      rules={[required(t('processes.unit'))]}
                    >
                      <Select
                        showSearch
                        optionFilterProp="label"
                        options={(units.data?.items ?? []).map((unit) => ({
                          value: unit.code,
                          label: unit.shortName,
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item label={t('processes.role')} name={[field.name, 'role']}>
                      <Select
                        options={[
                          { value: 'officer', label: t('role.officer') },
                          { value: 'unit_lead', label: t('role.unit_lead') },
                        ]}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={3}>
                    <Form.Item
                      label={t('processes.duration')}
                      name={[field.name, 'duration', 'amount']}
                      rules={[{ required: true, message: t('validation.requiredShort') }]}
                      style={{ marginBottom: 0 }}
                    >
                      <InputNumber min={0.5} max={365} step={0.5} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item
                      label={t('processes.timeUnit')}
                      name={[field.name, 'duration', 'unit']}
                      style={{ marginBottom: 0 }}
                    >
                      <Select
                        options={['working_days', 'working_hours'].map((unit) => ({
                          value: unit,
                          label: t(timeUnitKey(unit)),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={17}>
                    <Form.Item
                      label={t('processes.next')}
                      name={[field.name, 'next']}
                      extra={t('processes.nextHint')}
                      style={{ marginBottom: 0 }}
                    >
                      <Select
                        mode="multiple"
                        options={keyOptions.filter((option) => option.value !== steps[index]?.key)}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(NEW_STEP)}>
              {t('processes.addStep')}
            </Button>
          </>
        )}
      </Form.List>
    </FormOverlay>
  );
}
