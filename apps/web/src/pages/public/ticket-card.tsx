import type { TicketV1 } from '@motcua/contracts';
import { Button, Card, Result } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n/i18n';
import { PublicFrame } from './public-frame';

/** The ticket just taken at the kiosk: its number, the service and the wait, to print. */
export function TicketCard({ ticket, onDone }: { ticket: TicketV1; onDone(): void }) {
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
