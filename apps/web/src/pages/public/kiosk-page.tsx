import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Spin } from 'antd';
import { lazy, Suspense, useEffect } from 'react';
import { api } from '../../api/endpoints';
import { useI18n } from '../../i18n/i18n';
import { PublicFrame } from './public-frame';

// The ticket (Ant Design's Result, with its illustrations) loads once the buttons show, while the kiosk waits.
const loadTicketCard = () => import('./ticket-card');
const TicketCard = lazy(async () => ({ default: (await loadTicketCard()).TicketCard }));

/** Lấy số thứ tự: one large button per department or counter kind; the ticket shows its number and the wait. */
export default function KioskPage() {
  const { t } = useI18n();
  const services = useQuery({
    queryKey: ['ticket-services'],
    queryFn: api.ticketServices,
    staleTime: 5 * 60_000,
  });
  const take = useMutation({ mutationFn: api.takeTicket });
  const hasServices = services.data !== undefined;
  useEffect(() => {
    if (hasServices) void loadTicketCard();
  }, [hasServices]);

  if (take.data) {
    return (
      <Suspense fallback={null}>
        <TicketCard ticket={take.data} onDone={() => take.reset()} />
      </Suspense>
    );
  }

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
