import { useQuery } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { api, type StaffUser } from '../../api/endpoints';
import { ROLES, type Role } from '../../auth/roles';
import { FormOverlay, useCommandForm, useRequired } from '../../components/form-overlay';
import { useI18n } from '../../i18n/i18n';

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
  const required = useRequired();
  const units = useQuery({ queryKey: ['units'], queryFn: api.units, staleTime: Infinity });
  const editor = useCommandForm({
    send: async (values: UserForm) => {
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
    onDone: ({ username, generatedPassword }) => props.onSaved(username, generatedPassword),
  });
  const roles = Form.useWatch('roles', editor.form) ?? [];
  const needsUnit = roles.some((role) => UNIT_ROLES.includes(role));

  return (
    <FormOverlay<UserForm>
      {...editor}
      width={600}
      title={props.user ? t('users.editTitle', { username: props.user.username }) : t('users.add')}
      okText={t('action.save')}
      onClose={props.onClose}
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
        rules={[required(t('users.username').toLowerCase())]}
      >
        <Input disabled={Boolean(props.user)} autoComplete="off" autoFocus={!props.user} />
      </Form.Item>
      <Form.Item
        label={t('users.fullName')}
        name="fullName"
        rules={[required(t('users.fullName').toLowerCase())]}
      >
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
    </FormOverlay>
  );
}

/** Sets a password the admin chose, or lets the gateway generate one (shown once). */
export function PasswordReset(props: {
  user: StaffUser;
  onClose(): void;
  onDone(generatedPassword: string | null): void;
}) {
  const { t } = useI18n();
  const editor = useCommandForm({
    send: (values: { password?: string }) => api.resetPassword(props.user.id, values.password || undefined),
    onDone: (answer) => props.onDone(answer.generatedPassword),
  });
  return (
    <FormOverlay<{ password?: string }>
      {...editor}
      width={520}
      title={t('users.resetTitle', { username: props.user.username })}
      okText={t('users.resetPassword')}
      onClose={props.onClose}
    >
      <Form.Item
        label={t('users.password')}
        name="password"
        extra={t('users.passwordHint')}
        rules={[{ min: MIN_PASSWORD_LENGTH, message: t('users.passwordTooShort') }]}
      >
        <Input.Password autoComplete="new-password" autoFocus />
      </Form.Item>
    </FormOverlay>
  );
}
