import { TicketServiceListV1, TicketV1 } from '@motcua/contracts';
import { TestSystem, receptionFor } from '@motcua/testing';

interface ErrorBody {
  code: string;
  details?: { field: string; constraint: string }[];
}

const SO_TU_PHAP = '000.00.20.H41';

describe('Queue tickets: kiosk, counter calling, link to dossiers, daily figures', () => {
  let system: TestSystem;
  let reception: string;
  let counters: number[];

  const take = (serviceKey: string) =>
    system.request<TicketV1 & ErrorBody>('POST', '/public/v1/queue/tickets', { body: { serviceKey } });
  const callNext = (counter: number) =>
    system.request<{ ticket?: TicketV1 } & ErrorBody>('POST', `/api/v1/counters/${counter}/call-next`, {
      token: reception,
    });
  const act = (ticketId: string, action: string, body?: unknown) =>
    system.request<TicketV1 & ErrorBody>('POST', `/api/v1/tickets/${ticketId}/${action}`, {
      token: reception,
      body,
    });

  beforeAll(async () => {
    system = await TestSystem.start('queue');
    reception = await system.login('reception');
    const services = await system.request<TicketServiceListV1>('GET', '/public/v1/queue/services');
    counters = services.body.items.find((s) => s.key === SO_TU_PHAP)?.counters ?? [];
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('should offer the departments and the other counters at the kiosk', async () => {
    const services = await system.request<TicketServiceListV1>('GET', '/public/v1/queue/services');

    expect(services.body.items.map((s) => s.key)).toEqual(
      expect.arrayContaining([SO_TU_PHAP, 'result_return', 'fee', 'postal']),
    );
    expect(counters.length).toBeGreaterThanOrEqual(2);
  });

  it('should number tickets in order, say how many wait before, call the oldest and announce the call', async () => {
    const first = await take(SO_TU_PHAP);
    const second = await take(SO_TU_PHAP);
    const third = await take(SO_TU_PHAP);

    const called = await callNext(counters[0]);
    const recalled = await act(first.body.id, 'recall');

    expect([first.status, second.status, third.status]).toEqual([201, 201, 201]);
    expect(Number(second.body.number)).toBe(Number(first.body.number) + 1);
    expect(third.body).toMatchObject({ status: 'waiting', waitingAhead: 2 });
    expect(third.body.estimatedWaitMinutes).toBeGreaterThan(0);
    expect(called.body.ticket).toMatchObject({
      id: first.body.id,
      status: 'called',
      counterNumber: counters[0],
    });
    expect(recalled.status).toBe(200);
    const db = await system.db();
    try {
      const { rows } = await db.query(
        `SELECT envelope->'payload' AS payload FROM intake.outbox WHERE message_type = 'intake.ticket.called.v1'
          AND envelope->'payload'->>'ticketId' = $1 ORDER BY created_at`,
        [first.body.id],
      );
      expect(rows.map((r) => [r.payload.number, r.payload.counterNumber, r.payload.isRecall])).toEqual([
        [first.body.number, counters[0], false],
        [first.body.number, counters[0], true],
      ]);
    } finally {
      await db.end();
    }
    await act(first.body.id, 'complete', {});
    await act(second.body.id, 'skip');
    await act(third.body.id, 'skip');
  });

  it('should give a transferred ticket to the chosen counter only, keeping its place', async () => {
    const ticket = await take(SO_TU_PHAP);
    const later = await take(SO_TU_PHAP);
    await callNext(counters[0]);

    const transferred = await act(ticket.body.id, 'transfer', { toCounterNumber: counters[1] });
    const atFirstCounter = await callNext(counters[0]);
    const atSecondCounter = await callNext(counters[1]);

    expect(transferred.body).toMatchObject({ status: 'waiting', counterNumber: counters[1] });
    expect(atFirstCounter.body.ticket?.id).toBe(later.body.id);
    expect(atSecondCounter.body.ticket?.id).toBe(ticket.body.id);
  });

  it('should complete the ticket and link it when a dossier is received from it', async () => {
    const ticket = await take(SO_TU_PHAP);
    let called = await callNext(counters[0]);
    while (called.body.ticket && called.body.ticket.id !== ticket.body.id) {
      await act(called.body.ticket.id, 'skip');
      called = await callNext(counters[0]);
    }

    const dossier = await system.request<{ id: string }>('POST', '/api/v1/dossiers', {
      token: reception,
      body: { ...(await receptionFor(system, reception, '2.000488')), ticketId: ticket.body.id },
    });

    expect(dossier.status).toBe(201);
    const db = await system.db();
    try {
      const { rows } = await db.query('SELECT status, dossier_id FROM intake.tickets WHERE id = $1', [
        ticket.body.id,
      ]);
      expect(rows[0]).toEqual({ status: 'done', dossier_id: dossier.body.id });
    } finally {
      await db.end();
    }
  });

  it('should count tickets, waiting and service time per counter for the day', async () => {
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

    const stats = await system.request<{
      counters: { counterNumber: number; tickets: number; averageWaitSeconds: number }[];
    }>('GET', `/api/v1/queue/stats?day=${today}`, { token: reception });

    const first = stats.body.counters.find((c) => c.counterNumber === counters[0]);
    expect(first?.tickets).toBeGreaterThanOrEqual(3);
    expect(first?.averageWaitSeconds).toBeGreaterThanOrEqual(0);
  });

  describe('display board', () => {
    it('should push each call live to every gateway replica and list the latest calls', async () => {
      await system.startService('gateway#2');
      const streams = await Promise.all(
        (['gateway', 'gateway#2'] as const).map(async (gateway) => {
          const controller = new AbortController();
          const response = await fetch(`${system.serviceUrl(gateway)}/public/v1/display-board/events`, {
            signal: controller.signal,
          });
          return { controller, reader: (response.body as ReadableStream<Uint8Array>).getReader(), text: '' };
        }),
      );
      const ticket = await take(SO_TU_PHAP);
      let called = await callNext(counters[1]);
      while (called.body.ticket && called.body.ticket.id !== ticket.body.id) {
        await act(called.body.ticket.id, 'skip');
        called = await callNext(counters[1]);
      }

      for (const stream of streams) {
        while (!stream.text.includes(ticket.body.id)) {
          const chunk = await stream.reader.read();
          if (chunk.done) break;
          stream.text += new TextDecoder().decode(chunk.value);
        }
        stream.controller.abort();
      }
      const board = await system.request<{ items: { number: string; counterNumber: number }[] }>(
        'GET',
        '/public/v1/display-board',
      );

      for (const stream of streams) {
        expect(stream.text).toContain('event: called');
        expect(stream.text).toContain(`"number":"${ticket.body.number}"`);
      }
      expect(board.body.items[0]).toMatchObject({ number: ticket.body.number, counterNumber: counters[1] });
    }, 60_000);
  });

  describe('refusals', () => {
    it('should name the field for an unknown service or counter, refuse a wrong state with 409 and an officer with 403', async () => {
      const unknownService = await take('000.00.99.H41');
      const unknownCounter = await callNext(999);
      const waiting = await take(SO_TU_PHAP);
      const recallWaiting = await act(waiting.body.id, 'recall');
      const officer = await system.login('officer');
      const byOfficer = await system.request('POST', `/api/v1/counters/${counters[0]}/call-next`, {
        token: officer,
      });

      expect(unknownService.status).toBe(400);
      expect(unknownService.body.details?.map((d) => d.field)).toEqual(['serviceKey']);
      expect(unknownCounter.status).toBe(400);
      expect(unknownCounter.body.details?.map((d) => d.field)).toEqual(['counterNumber']);
      expect(recallWaiting.status).toBe(409);
      expect(recallWaiting.body.code).toBe('TICKET_WRONG_STATE');
      expect(byOfficer.status).toBe(403);
    });

    it('should answer without a ticket when nobody waits', async () => {
      const fee = await system.request<TicketServiceListV1>('GET', '/public/v1/queue/services');
      const feeCounter = fee.body.items.find((s) => s.key === 'fee')?.counters[0] ?? 0;

      const called = await callNext(feeCounter);

      expect(called.status).toBe(200);
      expect(called.body.ticket).toBeUndefined();
    });
  });
});
