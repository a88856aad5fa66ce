import type { ProcessStepV1 } from '@motcua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Table, Tag } from 'antd';
import { api } from '../../api/endpoints';
import { timeUnitKey } from '../../components/labels';
import { useI18n } from '../../i18n/i18n';

/** How many steps lead into each step: more than one makes it a join that waits for all of them. */
function incomingCounts(steps: readonly ProcessStepV1[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const step of steps) for (const next of step.next) counts.set(next, (counts.get(next) ?? 0) + 1);
  return counts;
}

/** The steps of one process version: who acts, for how long, where the dossier goes next, forks and joins. */
export function ProcessSteps({ steps }: { steps: readonly ProcessStepV1[] }) {
  const { t } = useI18n();
  const units = useQuery({ queryKey: ['units'], queryFn: api.units, staleTime: Infinity });
  const unitName = (code: string) => units.data?.items.find((unit) => unit.code === code)?.shortName ?? code;
  const stepName = (key: string) => steps.find((step) => step.key === key)?.name ?? key;
  const incoming = incomingCounts(steps);

  return (
    <div data-testid="process-steps">
      <Table<ProcessStepV1>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={[...steps]}
        columns={[
          { title: '#', key: 'index', width: 44, render: (_, __, index) => index + 1 },
          { title: t('processes.stepName'), dataIndex: 'name' },
          { title: t('processes.unit'), dataIndex: 'unitCode', render: unitName },
          {
            title: t('processes.role'),
            dataIndex: 'role',
            width: 150,
            render: (role: string) => t(`role.${role as 'officer' | 'unit_lead'}`),
          },
          {
            title: t('processes.duration'),
            dataIndex: 'duration',
            width: 150,
            render: (duration: ProcessStepV1['duration']) =>
              `${duration.amount} ${t(timeUnitKey(duration.unit))}`,
          },
          {
            title: t('processes.next'),
            dataIndex: 'next',
            width: 300,
            render: (next: string[], step) => (
              <>
                {(incoming.get(step.key) ?? 0) > 1 && (
                  <Tag color="purple">{t('processes.join', { count: incoming.get(step.key) ?? 0 })}</Tag>
                )}
                {next.length > 1 && <Tag color="geekblue">{t('processes.fork')}</Tag>}
                {next.length === 0 && <Tag color="green">{t('processes.end')}</Tag>}
                {next.map((key) => (
                  <Tag key={key}>→ {stepName(key)}</Tag>
                ))}
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
