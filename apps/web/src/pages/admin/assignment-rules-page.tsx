import type { AssignmentRuleV1 } from '@motcua/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Empty, Form, Radio, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, type AssignmentRuleBody } from '../../api/endpoints';
import { ApiError, fieldErrorsByPath } from '../../api/errors';
import { canAdminister } from '../../auth/roles';
import { useActor } from '../../auth/session';
import { showFieldErrors } from '../../components/form-errors';
import { useI18n } from '../../i18n/i18n';
import { useMessage } from '../../components/message';

function RuleForm({ unitCode, rule }: { unitCode: string; rule: AssignmentRuleV1 }) {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AssignmentRuleBody>();
  const [error, setError] = useState<string | null>(null);
  const officers = useQuery({
    queryKey: ['unit-officers', unitCode],
    queryFn: () => api.unitOfficers(unitCode),
  });
  const kind = Form.useWatch('rule', form) ?? rule.rule;
  const save = useMutation({
    mutationFn: (body: AssignmentRuleBody) =>
      api.setAssignmentRule(unitCode, body.rule === 'round_robin' ? body : { rule: body.rule }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['assignment-rule', unitCode], saved);
      void message.success(t('rules.saved'));
    },
    onError: (failure: Error) => {
      if (!(failure instanceof ApiError)) return setError(t('error.network'));
      const fields = fieldErrorsByPath(failure.fieldErrors);
      showFieldErrors(form, fields);
      // The messages under the inputs, once more at the top: the gateway's own summary names raw paths.
      setError(fields.length > 0 ? fields.flatMap((field) => field.errors).join(' · ') : failure.message);
    },
  });

  return (
    <Form<AssignmentRuleBody>
      form={form}
      layout="vertical"
      initialValues={{ rule: rule.rule, officerIds: rule.officerIds }}
      onFinish={(values) => {
        setError(null);
        save.mutate(values);
      }}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form.Item label={t('rules.kind')} name="rule">
        <Radio.Group>
          <Space direction="vertical">
            <Radio value="none" data-testid="rule-none">
              <b>{t('rules.none')}</b>
              <div style={{ color: '#8c8c8c' }}>{t('rules.noneHint')}</div>
            </Radio>
            <Radio value="round_robin" data-testid="rule-round-robin">
              <b>{t('rules.roundRobin')}</b>
              <div style={{ color: '#8c8c8c' }}>{t('rules.roundRobinHint')}</div>
            </Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      {kind === 'round_robin' && (
        <Form.Item
          label={t('rules.officers')}
          name="officerIds"
          rules={[{ required: true, message: t('rules.chooseOfficers') }]}
        >
          {officers.data && officers.data.items.length === 0 ? (
            <Empty description={t('rules.noOfficers')} />
          ) : (
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              options={(officers.data?.items ?? []).map((officer) => ({
                value: officer.id,
                label: (
                  <>
                    {officer.fullName}{' '}
                    {officer.roles
                      .filter((role) => role === 'officer' || role === 'unit_lead')
                      .map((role) => (
                        <Tag key={role}>{t(`role.${role as 'officer' | 'unit_lead'}`)}</Tag>
                      ))}
                  </>
                ),
              }))}
            />
          )}
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('action.save')}
      </Button>
    </Form>
  );
}

/** Cách giao việc: admins for any unit, a unit lead for their own: officers claim new steps, or take turns. */
export default function AssignmentRulesPage() {
  const { t } = useI18n();
  const actor = useActor();
  const isAdmin = canAdminister(actor.roles);
  const [chosen, setChosen] = useState<string | undefined>();
  const unitCode = isAdmin ? chosen : actor.unitCode;
  const units = useQuery({ queryKey: ['units'], queryFn: api.units, staleTime: Infinity });
  const rule = useQuery({
    queryKey: ['assignment-rule', unitCode],
    queryFn: () => api.assignmentRule(unitCode ?? ''),
    enabled: unitCode !== undefined,
  });
  const unitName = units.data?.items.find((unit) => unit.code === unitCode)?.name ?? unitCode;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 900 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('menu.assignmentRules')}
      </Typography.Title>
      <Card>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {isAdmin ? (
            <Select
              showSearch
              data-testid="unit-select"
              style={{ width: '100%' }}
              placeholder={t('rules.chooseUnit')}
              optionFilterProp="label"
              value={chosen}
              onChange={setChosen}
              options={(units.data?.items ?? [])
                .filter((unit) => unit.kind !== 'center')
                .map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` }))}
            />
          ) : (
            <Typography.Title level={5} style={{ margin: 0 }}>
              {unitName}
            </Typography.Title>
          )}
          {!unitCode && <Empty description={t('rules.chooseUnit')} />}
          {rule.error && <Alert type="error" showIcon message={rule.error.message} />}
          {unitCode && rule.data && <RuleForm key={unitCode} unitCode={unitCode} rule={rule.data} />}
        </Space>
      </Card>
    </Space>
  );
}
