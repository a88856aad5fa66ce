import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CallNextResultV1,
  QueueStatsV1,
  RecentCallsV1,
  TICKET_CALLED_V1,
  TicketServiceListV1,
  TicketServiceV1,
  TicketStatus,
  TicketV1,
} from '@motcua/contracts';
import { OutboxService } from '@motcua/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Counter } from '../counters/counter.entity';
import { vietnamDay } from '../dossiers/dossier-code';
import { Unit } from '../units/unit.entity';
import { servicesOfCounter, ticketServices } from './ticket-services';
import { Ticket } from './ticket.entity';
import { TicketError, TicketErrorCode } from './tickets.errors';

// Until a service has completed tickets today, a visit is assumed to take this long.
const DEFAULT_SERVICE_MINUTES = 5;

@Injectable()
export class TicketsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async listServices(): Promise<TicketServiceListV1> {
    return { items: await this.services() };
  }

  /** A kiosk ticket: the day's next number, with how many wait before it and a rough wait time. */
  async takeTicket(serviceKey: string): Promise<TicketV1> {
    const service = (await this.services()).find((s) => s.key === serviceKey);
    if (!service) {
      throw new TicketError(TicketErrorCode.UnknownService, 'Dịch vụ không có tại Trung tâm', [
        { field: 'serviceKey', constraint: 'serviceExists', message: 'Dịch vụ không có tại Trung tâm' },
      ]);
    }
    const ticket = await this.dataSource.transaction(async (tx) => {
      const issuedAt = new Date();
      const day = vietnamDay(issuedAt);
      const sequence = await this.nextSequence(tx, day);
      const row = tx.create(Ticket, {
        id: uuidv7(),
        day,
        sequence,
        number: String(sequence).padStart(4, '0'),
        serviceKey,
        serviceName: service.name,
        status: 'waiting',
        targetCounter: null,
        counterNumber: null,
        callCount: 0,
        issuedAt,
        calledAt: null,
        doneAt: null,
        dossierId: null,
      });
      await tx.insert(Ticket, row);
      return row;
    });
    return this.view(ticket, service);
  }

  /** The oldest waiting ticket this counter serves (or was transferred to it); none when nobody waits. */
  async callNext(counterNumber: number): Promise<CallNextResultV1> {
    const counter = await this.counter(counterNumber);
    const called = await this.dataSource.transaction(async (tx) => {
      const [next] = await tx
        .getRepository(Ticket)
        .createQueryBuilder('t')
        .where(`t.day = :day AND t.status = 'waiting'`, { day: vietnamDay(new Date()) })
        .andWhere(
          '(t.target_counter = :counter OR (t.target_counter IS NULL AND t.service_key = ANY(:services)))',
          {
            counter: counterNumber,
            services: servicesOfCounter(counter),
          },
        )
        .orderBy('t.issued_at')
        .limit(1)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (!next) return null;
      Object.assign(next, {
        status: 'called',
        counterNumber,
        calledAt: new Date(),
        callCount: 1,
        targetCounter: null,
      });
      await tx.save(next);
      await this.announce(tx, next, counter, false);
      return next;
    });
    return called ? { ticket: await this.view(called) } : {};
  }

  /** Calls the same ticket again (the citizen did not come forward). */
  recall(ticketId: string): Promise<TicketV1> {
    return this.change(ticketId, ['called'], async (tx, ticket) => {
      ticket.callCount += 1;
      await this.announce(tx, ticket, await this.counter(ticket.counterNumber ?? 0), true);
    });
  }

  skip(ticketId: string): Promise<TicketV1> {
    return this.change(ticketId, ['waiting', 'called'], async (_tx, ticket) => {
      ticket.status = 'skipped';
      ticket.doneAt = new Date();
    });
  }

  /** Back in the queue, for one counter only; it keeps its place (its issue time). */
  async transfer(ticketId: string, toCounterNumber: number): Promise<TicketV1> {
    await this.counter(toCounterNumber, 'toCounterNumber');
    return this.change(ticketId, ['waiting', 'called'], async (_tx, ticket) => {
      Object.assign(ticket, {
        status: 'waiting',
        targetCounter: toCounterNumber,
        counterNumber: null,
        calledAt: null,
      });
    });
  }

  complete(ticketId: string, dossierId?: string): Promise<TicketV1> {
    return this.change(ticketId, ['called'], async (_tx, ticket) => {
      Object.assign(ticket, { status: 'done', doneAt: new Date(), dossierId: dossierId ?? null });
    });
  }

  /** Links a called ticket to the dossier received from it, in the reception's transaction. */
  async completeWithDossier(tx: EntityManager, ticketId: string, dossierId: string): Promise<void> {
    const result = await tx.update(
      Ticket,
      { id: ticketId, status: 'called' },
      { status: 'done', doneAt: new Date(), dossierId },
    );
    if (!result.affected) {
      throw new TicketError(TicketErrorCode.WrongState, 'Số thứ tự này chưa được gọi hoặc đã xong', [
        {
          field: 'ticketId',
          constraint: 'ticketCalled',
          message: 'Số thứ tự này chưa được gọi hoặc đã xong',
        },
      ]);
    }
  }

  /** Today's latest calls, newest first. */
  async recentCalls(limit: number): Promise<RecentCallsV1> {
    const rows: { number: string; counter_number: number; counter_name: string; called_at: Date }[] =
      await this.dataSource.query(
        `SELECT t.number, t.counter_number, c.name AS counter_name, t.called_at
         FROM intake.tickets t JOIN intake.counters c ON c.number = t.counter_number
        WHERE t.day = $1 AND t.called_at IS NOT NULL
        ORDER BY t.called_at DESC LIMIT $2`,
        [vietnamDay(new Date()), limit],
      );
    return {
      items: rows.map((r) => ({
        number: r.number,
        counterNumber: r.counter_number,
        counterName: r.counter_name,
        calledAt: r.called_at.toISOString(),
      })),
    };
  }

  /** Per counter and day: tickets called there, average wait before the call, average time at the counter. */
  async stats(day: string): Promise<QueueStatsV1> {
    const rows: { counter_number: number; tickets: number; wait: number | null; service: number | null }[] =
      await this.dataSource.query(
        `SELECT counter_number, count(*)::int AS tickets,
                avg(extract(epoch FROM called_at - issued_at))::float AS wait,
                avg(extract(epoch FROM done_at - called_at)) FILTER (WHERE status = 'done')::float AS service
           FROM intake.tickets
          WHERE day = $1 AND counter_number IS NOT NULL AND called_at IS NOT NULL
          GROUP BY counter_number ORDER BY counter_number`,
        [day],
      );
    return {
      day,
      counters: rows.map((r) => ({
        counterNumber: r.counter_number,
        tickets: r.tickets,
        averageWaitSeconds: Math.round(r.wait ?? 0),
        averageServiceSeconds: Math.round(r.service ?? 0),
      })),
    };
  }

  private async change(
    ticketId: string,
    allowed: TicketStatus[],
    apply: (tx: EntityManager, ticket: Ticket) => Promise<void>,
  ): Promise<TicketV1> {
    const ticket = await this.dataSource.transaction(async (tx) => {
      const row = await tx.findOne(Ticket, { where: { id: ticketId }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new TicketError(TicketErrorCode.NotFound, 'Không tìm thấy số thứ tự', { ticketId });
      if (!allowed.includes(row.status)) {
        throw new TicketError(
          TicketErrorCode.WrongState,
          `Số thứ tự ${row.number} đang ở trạng thái ${row.status}`,
          {
            status: row.status,
          },
        );
      }
      await apply(tx, row);
      await tx.save(row);
      return row;
    });
    return this.view(ticket);
  }

  private async announce(
    tx: EntityManager,
    ticket: Ticket,
    counter: Counter,
    isRecall: boolean,
  ): Promise<void> {
    await this.outbox.publish(tx, TICKET_CALLED_V1, {
      ticketId: ticket.id,
      number: ticket.number,
      counterNumber: counter.number,
      counterName: counter.name,
      calledAt: new Date().toISOString(),
      isRecall,
    });
  }

  private async counter(number: number, field = 'counterNumber'): Promise<Counter> {
    const counter = await this.dataSource.getRepository(Counter).findOneBy({ number });
    if (!counter) {
      throw new TicketError(TicketErrorCode.UnknownCounter, `Không có quầy số ${number}`, [
        { field, constraint: 'counterExists', message: `Không có quầy số ${number}` },
      ]);
    }
    return counter;
  }

  private async services(): Promise<TicketServiceV1[]> {
    const [counters, units] = await Promise.all([
      this.dataSource.getRepository(Counter).find({ order: { number: 'ASC' } }),
      this.dataSource.getRepository(Unit).find(),
    ]);
    return ticketServices(counters, units);
  }

  private async view(ticket: Ticket, known?: TicketServiceV1): Promise<TicketV1> {
    const service = known ?? (await this.services()).find((s) => s.key === ticket.serviceKey);
    const [ahead] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM intake.tickets
        WHERE day = $1 AND status = 'waiting' AND service_key = $2 AND issued_at < $3`,
      [ticket.day, ticket.serviceKey, ticket.issuedAt],
    );
    const [pace] = await this.dataSource.query(
      `SELECT avg(extract(epoch FROM done_at - called_at))::float AS seconds FROM intake.tickets
        WHERE day = $1 AND service_key = $2 AND status = 'done'`,
      [ticket.day, ticket.serviceKey],
    );
    const minutesPerVisit = pace.seconds ? pace.seconds / 60 : DEFAULT_SERVICE_MINUTES;
    const waitingAhead = ticket.status === 'waiting' ? ahead.n : 0;
    return {
      id: ticket.id,
      number: ticket.number,
      serviceKey: ticket.serviceKey,
      serviceName: ticket.serviceName,
      status: ticket.status,
      issuedAt: ticket.issuedAt.toISOString(),
      waitingAhead,
      estimatedWaitMinutes: Math.ceil(
        (waitingAhead * minutesPerVisit) / Math.max(1, service?.counters.length ?? 1),
      ),
      ...((ticket.counterNumber ?? ticket.targetCounter)
        ? { counterNumber: (ticket.counterNumber ?? ticket.targetCounter) as number }
        : {}),
      ...(ticket.calledAt ? { calledAt: ticket.calledAt.toISOString() } : {}),
      ...(ticket.dossierId ? { dossierId: ticket.dossierId } : {}),
    };
  }

  private async nextSequence(tx: EntityManager, day: string): Promise<number> {
    const [row]: { last_sequence: number }[] = await tx.query(
      `INSERT INTO intake.ticket_sequences AS s (day, last_sequence) VALUES ($1, 1)
       ON CONFLICT (day) DO UPDATE SET last_sequence = s.last_sequence + 1 RETURNING last_sequence`,
      [day],
    );
    return row.last_sequence;
  }
}
