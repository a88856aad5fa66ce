import type { TicketV1 } from '@motcua/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Result, Spin } from 'antd';
import dayjs from 'dayjs';
import { api } from '../../api/endpoints';
import { useI18n } from '../../i18n/i18n';
import { PublicFrame } from './public-frame';

/** Lấy số thứ tự: one large button per department or counter kind; the ticket shows its number and the wait. */
export default function KioskPage() {
  const { t } = useI18n();
  const services = useQuery({
    queryKey: ['ticket-services'],
    queryFn: api.ticketServices,
    staleTime: 5 * 60_000,
  });
  const take = useMutation({ mutationFn: api.takeTicket });

  if (take.data) return <TicketCard ticket={take.data} onDone={() => take.reset()} />;

  return (
    <PublicFrame title={t('kiosk.title')} maxWidth={1100}>
      {take.error && (
        <Alert type="error" showIcon message={take.error.message} style={{ marginBottom: 16 }} />
      )}
      {services.isLoading ? (
        <Spin size="large" style={{ display: 'block', margin: 48 }} />
      ) : (
        <div
          style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))', gap: 12 }}
        >
          {(services.data?.items ?? []).map((service) => (
            <Button
              key={service.key}
              type="primary"
              ghost
              style={{ height: 96, fontSize: 18, whiteSpace: 'normal', background: '#fff' }}
              disabled={take.isPending}
              onClick={() => take.mutate(service.key)}
            >
              {service.name}
            </Button>
          ))}
        </div>
      )}
    </PublicFrame>
  );
}

function TicketCard({ ticket, onDone }: { ticket: TicketV1; onDone(): void }) {
  const { t } = useI18n();
  return (
    <PublicFrame title={t('kiosk.title')}>
      <Card>
        <Result
          status="success"
          title={t('kiosk.yourNumber')}
          subTitle={ticket.serviceName}
          extra={[
            <div
              key="number"
              style={{ fontSize: 96, fontWeight: 700, color: '#0b5cad', lineHeight: 1 }}
              data-testid="ticket-number"
            >
              {ticket.number}
            </div>,
            <p key="wait" style={{ fontSize: 16, marginTop: 16 }}>
              {ticket.waitingAhead === 0
                ? t('kiosk.next')
                : t('kiosk.waitingAhead', {
                    count: ticket.waitingAhead,
                    minutes: ticket.estimatedWaitMinutes,
                  })}
            </p>,
            <p key="issued" style={{ color: '#8c8c8c' }}>
              {dayjs(ticket.issuedAt).format('HH:mm DD/MM/YYYY')}
            </p>,
            <Button key="print" size="large" onClick={() => window.print()}>
              {t('kiosk.print')}
            </Button>,
            <Button key="done" type="primary" size="large" onClick={onDone}>
              {t('kiosk.done')}
            </Button>,
          ]}
        />
      </Card>
    </PublicFrame>
  );
}
