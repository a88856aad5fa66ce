import type { DossierRoutingV1 } from '@motcua/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Drawer, Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, controlSlipPath } from '../../api/endpoints';
import { openPdf } from '../../api/http';
import { newIdempotencyKey } from '../../api/idempotency';
import type { Role } from '../../auth/roles';
import { isUnitLead } from '../../auth/roles';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { isStale, type FormAction } from './action-body';
import { ActionModal } from './action-modal';
import { DUE_STATE_COLOURS, dueStateOf } from './due-state';
import { useMessage } from '../../components/message';

const at = (instant?: string) => (instant ? dayjs(instant).format('HH:mm DD/MM/YYYY') : '—');
const OPEN = ['processing', 'supplement_requested'];

/** A dossier's place in its process (steps, history, deadline) and the actions the user may take on it. */
export function RoutingDrawer({
  dossierId,
  roles,
  onChanged,
  onClose,
}: {
  dossierId: string;
  roles: readonly Role[];
  onChanged(): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const message = useMessage();
  const [action, setAction] = useState<FormAction | null>(null);
  const claimKey = useRef(newIdempotencyKey());
  const routing = useQuery({ queryKey: ['routing', dossierId], queryFn: () => api.routing(dossierId) });
  const changed = () => {
    void routing.refetch();
    onChanged();
  };
  const claim = useMutation({
    mutationFn: (current: DossierRoutingV1) =>
      api.act(dossierId, { action: 'claim', expectedVersion: current.version ?? 0 }, claimKey.current),
    onSuccess: () => {
      claimKey.current = newIdempotencyKey();
      void message.success(t('work.done'));
      changed();
    },
    onError: (error: Error) => {
      claimKey.current = newIdempotencyKey();
      if (isStale(error)) {
        void message.warning(t('work.stale'));
        changed();
        return;
      }
      void message.error(error.message);
    },
  });
  const data = routing.data;
  const isOpen = data?.status !== undefined && OPEN.includes(data.status);
  const actions: FormAction[] = [
    'forward',
    'return',
    'request_supplement',
    'attach_result',
    'resolve',
    'stop',
    ...(isUnitLead(roles) ? (['extend'] as const) : []),
  ];
  const due = dueStateOf(data?.dueAt, new Date());
  return (
    <Drawer
      open
      width={640}
      title={data?.code ?? t('common.loading')}
      onClose={onClose}
      loading={routing.isLoading}
      extra={
        <Space>
          <Button
            onClick={() =>
              openPdf(controlSlipPath(dossierId)).catch((error: Error) => message.error(error.message))
            }
          >
            {t('work.controlSlip')}
          </Button>
          <Link to={`/dossiers/${dossierId}`}>{t('reception.openDossier')}</Link>
        </Space>
      }
    >
      {data && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('work.status')}>
              <Tag data-testid="routing-status">
                {t(`work.processStatus.${data.status ?? 'processing'}` as MessageKey)}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('work.dueAt')}>
              <Tag color={isOpen ? DUE_STATE_COLOURS[due] : undefined}>{at(data.dueAt)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('work.receivedAt')}>{at(data.receivedAt)}</Descriptions.Item>
            {data.resultReference && (
              <Descriptions.Item label={t('work.field.resultReference')}>
                {data.resultReference}
              </Descriptions.Item>
            )}
            {data.outcome && (
              <Descriptions.Item label={t('work.field.outcome')}>
                {t(`work.outcome.${data.outcome}` as MessageKey)}
              </Descriptions.Item>
            )}
          </Descriptions>
          {isOpen && (
            <Space wrap>
              <Button type="primary" loading={claim.isPending} onClick={() => claim.mutate(data)}>
                {t('work.action.claim')}
              </Button>
              {actions.map((name) => (
                <Button key={name} onClick={() => setAction(name)} danger={name === 'stop'}>
                  {t(`work.action.${name}` as MessageKey)}
                </Button>
              ))}
            </Space>
          )}
          <Typography.Title level={5}>{t('work.steps')}</Typography.Title>
          <Timeline
            items={data.assignments.map((step) => ({
              color: step.status === 'active' ? 'blue' : 'gray',
              children: (
                <>
                  <Typography.Text strong>{step.stepName}</Typography.Text> — {step.unitCode}
                  <div style={{ fontSize: 12 }}>
                    {at(step.assignedAt)} → {at(step.completedAt ?? step.dueAt)}
                  </div>
                </>
              ),
            }))}
          />
          <Typography.Title level={5}>{t('work.history')}</Typography.Title>
          <Timeline
            items={(data.history ?? []).map((entry) => ({
              children: (
                <>
                  <Typography.Text>{t(`work.event.${entry.kind}` as MessageKey)}</Typography.Text>
                  {entry.actorName && (
                    <Typography.Text type="secondary"> — {entry.actorName}</Typography.Text>
                  )}
                  <div style={{ fontSize: 12 }}>
                    {at(entry.at)}
                    {entry.note ? ` · ${entry.note}` : ''}
                  </div>
                </>
              ),
            }))}
          />
        </Space>
      )}
      {data && action && (
        <ActionModal
          action={action}
          routing={data}
          onDone={() => {
            setAction(null);
            changed();
          }}
          onStale={() => {
            setAction(null);
            changed();
          }}
          onClose={() => setAction(null)}
        />
      )}
    </Drawer>
  );
}
