import {
  ForwardOutlined,
  RedoOutlined,
  SoundOutlined,
  StepForwardOutlined,
  SwapOutlined,
  CheckOutlined,
} from '@ant-design/icons';
import type { TicketV1 } from '@motcua/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Modal, Row, Select, Space, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/endpoints';
import { canReceive } from '../../auth/roles';
import { useActor } from '../../auth/session';
import {
  COUNTER_KEY,
  SERVING_TICKET_KEY,
  useLocalState,
  type ServingTicket,
} from '../../components/use-local-state';
import { useI18n } from '../../i18n/i18n';
import { useMessage } from '../../components/message';

/** Gọi số: the counter's queue — call the next ticket, call it again, skip it, send it elsewhere, finish it. */
export default function QueuePage() {
  const { t } = useI18n();
  const message = useMessage();
  const actor = useActor();
  const navigate = useNavigate();
  const [counter, setCounter] = useLocalState<number | null>(COUNTER_KEY, null);
  const [serving, setServing] = useLocalState<ServingTicket | null>(SERVING_TICKET_KEY, null);
  const [transferTo, setTransferTo] = useState<number | null>(null);
  const [transferOpen, setTransferOpen] = useState(false);
  const counters = useQuery({ queryKey: ['counters'], queryFn: api.counters, staleTime: Infinity });
  const today = dayjs().format('YYYY-MM-DD');
  const stats = useQuery({ queryKey: ['queue-stats', today], queryFn: () => api.queueStats(today) });
  const mine = stats.data?.counters.find((row) => row.counterNumber === counter);

  const serve = (ticket: TicketV1 | undefined) =>
    setServing(
      ticket && ticket.status === 'called'
        ? {
            id: ticket.id,
            number: ticket.number,
            serviceName: ticket.serviceName,
            counterNumber: ticket.counterNumber ?? counter ?? 0,
          }
        : null,
    );
  const onError = (error: Error) => void message.error(error.message);
  const refreshStats = () => void stats.refetch();

  const callNext = useMutation({
    mutationFn: () => api.callNext(counter as number),
    onSuccess: (result) => {
      serve(result.ticket);
      if (!result.ticket) void message.info(t('queue.nobodyWaiting'));
      refreshStats();
    },
    onError,
  });
  const act = useMutation({
    mutationFn: (action: 'recall' | 'skip' | 'complete') =>
      api.ticketAction((serving as ServingTicket).id, action),
    onSuccess: (ticket, action) => {
      if (action === 'recall') void message.success(t('queue.recalled', { number: ticket.number }));
      else serve(undefined);
      refreshStats();
    },
    onError,
  });
  const transfer = useMutation({
    mutationFn: (to: number) => api.transferTicket((serving as ServingTicket).id, to),
    onSuccess: (ticket) => {
      void message.success(
        t('queue.transferred', { number: ticket.number, counter: ticket.counterNumber ?? '' }),
      );
      setTransferOpen(false);
      serve(undefined);
    },
    onError,
  });

  const counterOptions = (counters.data?.items ?? []).map((item) => ({
    value: item.number,
    label: item.name,
  }));
  const busy = callNext.isPending || act.isPending || transfer.isPending;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          gap: 12,
          flexWrap: 'wrap',
        }}
      >
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('queue.title')}
        </Typography.Title>
        <Space>
          <Typography.Text>{t('queue.myCounter')}</Typography.Text>
          <Select<number>
            data-testid="counter-select"
            showSearch
            optionFilterProp="label"
            style={{ width: 380 }}
            placeholder={t('queue.chooseCounter')}
            value={counter ?? undefined}
            onChange={(value) => setCounter(value)}
            options={counterOptions}
            loading={counters.isLoading}
          />
        </Space>
      </div>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card>
            <div style={{ textAlign: 'center', padding: '12px 0 20px' }}>
              <Typography.Text type="secondary">{t('queue.serving')}</Typography.Text>
              {serving ? (
                <>
                  <div
                    style={{ fontSize: 72, fontWeight: 700, lineHeight: 1.1, color: '#0b5cad' }}
                    data-testid="serving-number"
                  >
                    {serving.number}
                  </div>
                  <Typography.Text strong>{serving.serviceName}</Typography.Text>
                </>
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('queue.noneServing')} />
              )}
            </div>
            <Space wrap style={{ width: '100%', justifyContent: 'center' }}>
              <Button
                type="primary"
                size="large"
                icon={<StepForwardOutlined />}
                disabled={!counter || busy}
                loading={callNext.isPending}
                onClick={() => callNext.mutate()}
                autoFocus
              >
                {t('queue.callNext')}
              </Button>
              <Button
                size="large"
                icon={<SoundOutlined />}
                disabled={!serving || busy}
                onClick={() => act.mutate('recall')}
              >
                {t('queue.recall')}
              </Button>
              <Button
                size="large"
                icon={<ForwardOutlined />}
                disabled={!serving || busy}
                onClick={() => act.mutate('skip')}
              >
                {t('queue.skip')}
              </Button>
              <Button
                size="large"
                icon={<SwapOutlined />}
                disabled={!serving || busy}
                onClick={() => setTransferOpen(true)}
              >
                {t('queue.transfer')}
              </Button>
              <Button
                size="large"
                icon={<CheckOutlined />}
                disabled={!serving || busy}
                onClick={() => act.mutate('complete')}
              >
                {t('queue.complete')}
              </Button>
              {canReceive(actor.roles) && (
                <Button
                  size="large"
                  icon={<RedoOutlined />}
                  disabled={!serving}
                  onClick={() => navigate('/reception')}
                >
                  {t('queue.receiveDossier')}
                </Button>
              )}
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('queue.today')}>
            <Row gutter={12}>
              <Col span={8}>
                <Statistic title={t('queue.ticketsServed')} value={mine?.tickets ?? 0} />
              </Col>
              <Col span={8}>
                <Statistic
                  title={t('queue.averageWait')}
                  value={Math.round((mine?.averageWaitSeconds ?? 0) / 60)}
                  suffix={t('common.minutes')}
                />
              </Col>
              <Col span={8}>
                <Statistic
                  title={t('queue.averageService')}
                  value={Math.round((mine?.averageServiceSeconds ?? 0) / 60)}
                  suffix={t('common.minutes')}
                />
              </Col>
            </Row>
          </Card>
        </Col>
      </Row>
      <Modal
        open={transferOpen}
        title={t('queue.transferTitle', { number: serving?.number ?? '' })}
        okText={t('queue.transfer')}
        okButtonProps={{ disabled: transferTo === null, loading: transfer.isPending }}
        onOk={() => transferTo !== null && transfer.mutate(transferTo)}
        onCancel={() => setTransferOpen(false)}
      >
        <Select<number>
          data-testid="transfer-select"
          showSearch
          optionFilterProp="label"
          style={{ width: '100%' }}
          placeholder={t('queue.chooseCounter')}
          value={transferTo ?? undefined}
          onChange={setTransferTo}
          options={counterOptions.filter((option) => option.value !== counter)}
        />
      </Modal>
    </Space>
  );
}
