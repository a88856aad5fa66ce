import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { ProcedureDefinitionV1, ProcedureV1 } from '@motcua/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Checkbox,
  Col,
  Divider,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
} from 'antd';
import { useState } from 'react';
import { api } from '../../api/endpoints';
import { ApiError, fieldErrorsByPath } from '../../api/errors';
import { channelKey, documentFormKey, feeKindKey, timeUnitKey } from '../../components/labels';
import { showFieldErrors } from '../../components/form-errors';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useMessage } from '../../components/message';

interface EditorForm extends Omit<ProcedureDefinitionV1, 'legalBasis'> {
  legalBasis: string;
}

const BLANK: Partial<EditorForm> = {
  channels: ['direct', 'online', 'postal'] as never,
  processingTime: { amount: 5, unit: 'working_days' } as never,
  requiredDocuments: [],
  fees: [],
  postalReturn: true,
  onlineLevel: 'partial' as never,
  interAgency: false,
  supplementRule: 'restart' as never,
  payBeforeProcessing: false,
  partialPaymentAllowed: false,
  isDemoData: false,
};

const toForm = (definition: ProcedureDefinitionV1): EditorForm => ({
  ...definition,
  legalBasis: definition.legalBasis.join('\n'),
});

function toDefinition(values: EditorForm): ProcedureDefinitionV1 {
  return {
    ...values,
    code: values.code.trim(),
    legalBasis: values.legalBasis
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    requiredDocuments: values.requiredDocuments ?? [],
    fees: values.fees ?? [],
  };
}

const options = (
  values: readonly string[],
  key: (value: string) => MessageKey,
  t: (key: MessageKey) => string,
) => values.map((value) => ({ value, label: t(key(value)) }));

/** Adds a procedure (version 1) or publishes a new version of one; dossiers already received keep theirs. */
export function ProcedureEditor({ procedure, onClose }: { procedure?: ProcedureV1; onClose(): void }) {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EditorForm>();
  const [error, setError] = useState<string | null>(null);
  const units = useQuery({ queryKey: ['units'], queryFn: api.units, staleTime: Infinity });
  const save = useMutation({
    mutationFn: (definition: ProcedureDefinitionV1) =>
      procedure
        ? api.reviseProcedure(definition, procedure.currentVersion.version)
        : api.createProcedure(definition),
    onSuccess: (saved) => {
      void message.success(t('catalog.published', { code: saved.code, n: saved.currentVersion.version }));
      void queryClient.invalidateQueries({ queryKey: ['procedure'] });
      void queryClient.invalidateQueries({ queryKey: ['procedures'] });
      onClose();
    },
    onError: (failure) => {
      if (!(failure instanceof ApiError)) return setError(t('error.network'));
      const fields = fieldErrorsByPath(failure.fieldErrors).map((field) => ({
        ...field,
        name: field.name[0] === 'definition' ? field.name.slice(1) : field.name,
      }));
      showFieldErrors(form, fields);
      setError(fields.length > 0 ? fields.flatMap((field) => field.errors).join(' · ') : failure.message);
    },
  });
  const required = (key: MessageKey) => ({
    required: true,
    whitespace: true,
    message: t('validation.required', { field: t(key) }),
  });

  return (
    <Drawer
      open
      width={880}
      title={procedure ? t('catalog.reviseTitle', { code: procedure.code }) : t('catalog.add')}
      onClose={onClose}
      extra={
        <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
          {t('catalog.publish')}
        </Button>
      }
    >
      <Form<EditorForm>
        form={form}
        layout="vertical"
        initialValues={procedure ? toForm(procedure.definition) : BLANK}
        onFinish={(values) => {
          setError(null);
          save.mutate(toDefinition(values));
        }}
      >
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item label={t('catalog.code')} name="code" rules={[required('catalog.code')]}>
              <Input disabled={procedure !== undefined} placeholder="2.000488" />
            </Form.Item>
          </Col>
          <Col span={18}>
            <Form.Item label={t('catalog.name')} name="name" rules={[required('catalog.name')]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item label={t('catalog.sector')} name="sector" rules={[required('catalog.sector')]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item
              label={t('catalog.units')}
              name="handlingUnitCodes"
              rules={[{ required: true, message: t('validation.required', { field: t('catalog.units') }) }]}
            >
              <Select
                mode="multiple"
                optionFilterProp="label"
                options={(units.data?.items ?? []).map((unit) => ({
                  value: unit.code,
                  label: `${unit.shortName} (${unit.code})`,
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              label={t('catalog.processingTime')}
              name={['processingTime', 'amount']}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} max={365} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('catalog.timeUnit')} name={['processingTime', 'unit']}>
              <Select options={options(['working_days', 'working_hours', 'calendar_days'], timeUnitKey, t)} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item label={t('catalog.cutoffTime')} name={['processingTime', 'sameDayCutoff']}>
              <Input placeholder="15:00" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label={t('catalog.onlineLevel')} name="onlineLevel">
              <Select
                options={[
                  { value: 'none', label: t('catalog.onlineNone') },
                  { value: 'partial', label: t('catalog.onlinePartial') },
                  { value: 'full', label: t('catalog.onlineFull') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label={t('catalog.channels')}
              name="channels"
              rules={[
                { required: true, message: t('validation.required', { field: t('catalog.channels') }) },
              ]}
            >
              <Checkbox.Group options={options(['direct', 'online', 'postal'], channelKey, t)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('catalog.supplementRule')} name="supplementRule">
              <Radio.Group
                options={[
                  { value: 'restart', label: t('catalog.supplementRestart') },
                  { value: 'pause', label: t('catalog.supplementPause') },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('catalog.resultForm')} name="resultForm" rules={[required('catalog.resultForm')]}>
          <Input />
        </Form.Item>
        <Form.Item
          label={t('catalog.legalBasis')}
          name="legalBasis"
          extra={t('catalog.legalBasisHint')}
          rules={[required('catalog.legalBasis')]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Space wrap size="large">
          {(
            [
              'postalReturn',
              'interAgency',
              'payBeforeProcessing',
              'partialPaymentAllowed',
              'isDemoData',
            ] as const
          ).map((flag) => (
            <Form.Item key={flag} label={t(`catalog.${flag}`)} name={flag} valuePropName="checked">
              <Switch />
            </Form.Item>
          ))}
        </Space>
        <Divider titlePlacement="left">{t('dossier.documents')}</Divider>
        <Form.List name="requiredDocuments">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row key={field.key} gutter={8} align="top">
                  <Col span={9}>
                    <Form.Item name={[field.name, 'name']} rules={[required('dossier.documentName')]}>
                      <Input placeholder={t('dossier.documentName')} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'form']} initialValue="original">
                      <Select
                        options={options(
                          ['original', 'certified_copy', 'copy', 'original_for_comparison'],
                          documentFormKey,
                          t,
                        )}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={2}>
                    <Form.Item name={[field.name, 'count']} initialValue={1}>
                      <InputNumber min={1} max={50} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={3}>
                    <Form.Item name={[field.name, 'requirement']} initialValue="mandatory">
                      <Select
                        options={[
                          { value: 'mandatory', label: t('reception.mandatory') },
                          { value: 'conditional', label: t('reception.conditional') },
                        ]}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item name={[field.name, 'condition']}>
                      <Input placeholder={t('catalog.condition')} />
                    </Form.Item>
                  </Col>
                  <Col span={1}>
                    <MinusCircleOutlined
                      aria-label={t('action.remove')}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 10 }}
                    />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block>
                {t('catalog.addDocument')}
              </Button>
            </>
          )}
        </Form.List>
        <Divider titlePlacement="left">{t('catalog.fees')}</Divider>
        <Form.List name="fees">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row key={field.key} gutter={8}>
                  <Col span={4}>
                    <Form.Item name={[field.name, 'kind']} initialValue="le_phi">
                      <Select options={options(['phi', 'le_phi'], feeKindKey, t)} />
                    </Form.Item>
                  </Col>
                  <Col span={10}>
                    <Form.Item name={[field.name, 'name']} rules={[required('catalog.feeName')]}>
                      <Input placeholder={t('catalog.feeName')} />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item name={[field.name, 'amountDong']} initialValue={0}>
                      <InputNumber min={0} step={1000} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'due']} initialValue="at_reception">
                      <Select
                        options={[
                          { value: 'at_reception', label: t('catalog.dueAtReception') },
                          { value: 'at_result', label: t('catalog.dueAtResult') },
                        ]}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={1}>
                    <MinusCircleOutlined
                      aria-label={t('action.remove')}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 10 }}
                    />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block>
                {t('catalog.addFee')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
