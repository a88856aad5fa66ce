import { Form, Input, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, type ApiClientSecret } from '../../api/endpoints';
import { FormOverlay, useCommandForm, useRequired } from '../../components/form-overlay';
import { useI18n } from '../../i18n/i18n';

interface ClientForm {
  clientId: string;
  name: string;
  unitCode: string;
}

/** Registers a department system for a unit; the gateway answers with its secret, shown once. */
export function ClientEditor(props: { onClose(): void; onCreated(created: ApiClientSecret): void }) {
  const { t } = useI18n();
  const required = useRequired();
  const units = useQuery({ queryKey: ['units'], queryFn: api.units, staleTime: Infinity });
  const editor = useCommandForm({
    send: (values: ClientForm) =>
      api.createApiClient({
        clientId: values.clientId.trim().toLowerCase(),
        name: values.name.trim(),
        unitCode: values.unitCode,
      }),
    onDone: props.onCreated,
  });
  return (
    <FormOverlay<ClientForm>
      {...editor}
      width={600}
      title={t('apiClients.add')}
      okText={t('apiClients.add')}
      onClose={props.onClose}
    >
      <Form.Item
        label={t('apiClients.clientId')}
        name="clientId"
        extra={t('apiClients.clientIdHint')}
        rules={[required(t('apiClients.clientId').toLowerCase())]}
      >
        <Input autoComplete="off" autoFocus />
      </Form.Item>
      <Form.Item
        label={t('apiClients.name')}
        name="name"
        rules={[required(t('apiClients.name').toLowerCase())]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('apiClients.unit')}
        name="unitCode"
        rules={[required(t('apiClients.unit').toLowerCase())]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          data-testid="client-unit-select"
          loading={units.isLoading}
          options={(units.data?.items ?? []).map((unit) => ({
            value: unit.code,
            label: `${unit.shortName} (${unit.code})`,
          }))}
        />
      </Form.Item>
    </FormOverlay>
  );
}
