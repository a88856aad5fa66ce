import type { TicketCallV1 } from '@motcua/contracts';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { api } from '../../api/endpoints';
import { useI18n } from '../../i18n/i18n';
import { addCall, BOARD_ROWS } from './display-board';

/** The hall screen: the latest calls, newest on top, following the gateway's server-sent events. */
export default function DisplayBoardPage() {
  const { t } = useI18n();
  const initial = useQuery({ queryKey: ['display-board'], queryFn: api.displayBoard, staleTime: 0 });
  const [calls, setCalls] = useState<TicketCallV1[] | null>(null);
  const [live, setLive] = useState(false);
  const [now, setNow] = useState(dayjs());

  useEffect(() => {
    if (!initial.data) return;
    const shown = initial.data.items.slice(0, BOARD_ROWS);
    // Calls that arrived live while the first read was on its way are newer: they stay on top.
    setCalls((current) => (current ?? []).reduceRight((list, call) => addCall(list, call), shown));
  }, [initial.data]);

  useEffect(() => {
    const source = new EventSource('/public/v1/display-board/events');
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(false);
    source.addEventListener('called', (event) => {
      const call = JSON.parse((event as MessageEvent<string>).data) as TicketCallV1;
      setCalls((current) => addCall(current ?? [], call));
    });
    return () => source.close();
  }, []);

  useEffect(() => {
    const timer = setInterval(() => setNow(dayjs()), 1000);
    return () => clearInterval(timer);
  }, []);

  const [latest, ...others] = calls ?? [];
  return (
    <div
      style={{
        minHeight: '100vh',
        background: '#0a2540',
        color: '#fff',
        padding: 24,
        display: 'flex',
        flexDirection: 'column',
        gap: 20,
      }}
    >
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <div>
          <div style={{ fontSize: 18, opacity: 0.8, textTransform: 'uppercase' }}>{t('app.centerName')}</div>
          <div style={{ fontSize: 32, fontWeight: 700 }}>{t('board.title')}</div>
        </div>
        <div style={{ textAlign: 'right' }}>
          <div style={{ fontSize: 40, fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}>
            {now.format('HH:mm:ss')}
          </div>
          <div style={{ fontSize: 14, color: live ? '#7ee2a8' : '#ffb4a2' }} data-testid="board-live">
            ● {live ? t('board.live') : t('board.reconnecting')}
          </div>
        </div>
      </header>
      {latest ? (
        <section
          data-testid="board-latest"
          style={{
            background: '#f5b700',
            color: '#0a2540',
            borderRadius: 12,
            padding: '20px 32px',
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
          }}
        >
          <div>
            <div style={{ fontSize: 22 }}>{t('board.inviteNumber')}</div>
            <div style={{ fontSize: 120, fontWeight: 800, lineHeight: 1 }}>{latest.number}</div>
          </div>
          <div style={{ textAlign: 'right' }}>
            <div style={{ fontSize: 22 }}>{t('board.toCounter')}</div>
            <div style={{ fontSize: 96, fontWeight: 800, lineHeight: 1 }}>{latest.counterNumber}</div>
            <div style={{ fontSize: 18, maxWidth: 520 }}>{latest.counterName}</div>
          </div>
        </section>
      ) : (
        <section style={{ fontSize: 28, opacity: 0.7, textAlign: 'center', padding: 48 }}>
          {t('board.empty')}
        </section>
      )}
      <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 28 }} data-testid="board-table">
        <thead>
          <tr style={{ textAlign: 'left', opacity: 0.7, fontSize: 18 }}>
            <th style={{ padding: 8 }}>{t('board.number')}</th>
            <th style={{ padding: 8 }}>{t('board.counter')}</th>
            <th style={{ padding: 8, textAlign: 'right' }}>{t('board.time')}</th>
          </tr>
        </thead>
        <tbody>
          {others.map((call) => (
            <tr
              key={`${call.number}-${call.counterNumber}-${call.calledAt}`}
              style={{ borderTop: '1px solid rgba(255,255,255,0.15)' }}
            >
              <td style={{ padding: 8, fontWeight: 700 }}>{call.number}</td>
              <td style={{ padding: 8 }}>{call.counterName}</td>
              <td style={{ padding: 8, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                {dayjs(call.calledAt).format('HH:mm')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
