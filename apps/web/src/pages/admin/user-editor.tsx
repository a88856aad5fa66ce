import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { api, type StaffUser } from '../../api/endpoints';
import { ApiError, fieldErrorsByPath } from '../../api/errors';
import type { Role } from '../../auth/roles';
import { showFieldErrors } from '../../components/form-errors';
import { useI18n } from '../../i18n/i18n';

export const ROLES: Role[] = ['reception', 'officer', 'unit_lead', 'cashier', 'postal', 'manager', 'admin'];
const UNIT_ROLES: Role[] = ['officer', 'unit_lead'];
const MIN_PASSWORD_LENGTH = 10;

interface UserForm {
  username: string;
  fullName: string;
  roles: Role[];
  unitCode?: string;
  password?: string;
}

/** Creates a staff account (with a password set or generated) or edits one's full name, roles and unit. */
export function UserEditor(props: {
  user?: StaffUser;
  onClose(): void;
  onSaved(username: string, generatedPassword: string | null): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<UserForm>();
  const [error, setError] = useState<string | null>(null);
  const roles = Form.useWatch('roles', form) ?? [];
  const needsUnit = roles.some((role) => UNIT_ROLES.includes(role));
  const units = useQuery({ queryKey: ['units'], queryFn: api.units, staleTime: Infinity });
  const save = useMutation({
    mutationFn: async (values: UserForm) => {
      const profile = {
        fullName: values.fullName.trim(),
        roles: values.roles,
        ...(needsUnit && values.unitCode ? { unitCode: values.unitCode } : {}),
      };
      if (props.user) {
        await api.updateUser(props.user.id, profile);
        return { username: props.user.username, generatedPassword: null };
      }
      const created = await api.createUser({
        ...profile,
        username: values.username.trim().toLowerCase(),
        ...(values.password ? { password: values.password } : {}),
      });
      return { username: created.user.username, generatedPassword: created.generatedPassword };
    },
    onSuccess: ({ username, generatedPassword }) => props.onSaved(username, generatedPassword),
    onError: (failure) => {
      if (!(failure instanceof ApiError)) return setError(t('error.network'));
      const fields = fieldErrorsByPath(failure.fieldErrors);
      showFieldErrors(form, fields);
      setError(fields.length > 0 ? null : failure.message);
    },
  });
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('validation.required', { field: label.toLowerCase() }),
  });

  return (
    <Modal
      open
      title={props.user ? t('users.editTitle', { username: props.user.username }) : t('users.add')}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      width={600}
      destroyOnHidden
    >
      <Form<UserForm>
        form={form}
        layout="vertical"
        onFinish={(values) => save.mutate(values)}
        initialValues={
          props.user
            ? {
                username: props.user.username,
                fullName: props.user.fullName,
                roles: props.user.roles,
                unitCode: props.user.unitCode ?? undefined,
              }
            : { roles: [] }
        }
      >
        <Form.Item
          label={t('users.username')}
          name="username"
          extra={props.user ? undefined : t('users.usernameHint')}
          rules={[required(t('users.username'))]}
        >
          <Input disabled={Boolean(props.user)} autoComplete="off" autoFocus={!props.user} />
        </Form.Item>
        <Form.Item label={t('users.fullName')} name="fullName" rules={[required(t('users.fullName'))]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('users.roles')}
          name="roles"
          rules={[
            { required: true, message: t('validation.required', { field: t('users.roles').toLowerCase() }) },
          ]}
        >
          <Select
            mode="multiple"
            optionFilterProp="label"
            data-testid="roles-select"
            options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          />
        </Form.Item>
        {needsUnit && (
          <Form.Item
            label={t('users.unit')}
            name="unitCode"
            extra={t('users.unitHint')}
            rules={[
              { required: true, message: t('validation.required', { field: t('users.unit').toLowerCase() }) },
            ]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              data-testid="unit-select"
              loading={units.isLoading}
              options={(units.data?.items ?? []).map((unit) => ({
                value: unit.code,
                label: `${unit.shortName} (${unit.code})`,
              }))}
            />
          </Form.Item>
        )}
        {!props.user && (
          <Form.Item
            label={t('users.password')}
            name="password"
            extra={t('users.passwordHint')}
            rules={[{ min: MIN_PASSWORD_LENGTH, message: t('users.passwordTooShort') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        {error && <Alert type="error" showIcon message={error} />}
      </Form>
    </Modal>
  );
}

/** Sets a password the admin chose, or lets the gateway generate one (shown once). */
export function PasswordReset(props: {
  user: StaffUser;
  onClose(): void;
  onDone(generatedPassword: string | null): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ password?: string }>();
  const [error, setError] = useState<string | null>(null);
  const reset = useMutation({
    mutationFn: (password?: string) => api.resetPassword(props.user.id, password),
    onSuccess: (answer) => props.onDone(answer.generatedPassword),
    onError: (failure) => {
      if (!(failure instanceof ApiError)) return setError(t('error.network'));
      const fields = fieldErrorsByPath(failure.fieldErrors);
      showFieldErrors(form, fields);
      setError(fields.length > 0 ? null : failure.message);
    },
  });
  return (
    <Modal
      open
      title={t('users.resetTitle', { username: props.user.username })}
      okText={t('users.resetPassword')}
      cancelText={t('action.cancel')}
      okButtonProps={{ loading: reset.isPending }}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(values) => reset.mutate(values.password || undefined)}>
        <Form.Item
          label={t('users.password')}
          name="password"
          extra={t('users.passwordHint')}
          rules={[{ min: MIN_PASSWORD_LENGTH, message: t('users.passwordTooShort') }]}
        >
          <Input.Password autoComplete="new-password" autoFocus />
        </Form.Item>
        {error && <Alert type="error" showIcon message={error} />}
      </Form>
    </Modal>
  );
}
