import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ActorV1 } from '../shared/actor';
import { Label } from '../validation';

export const LIST_TICKET_SERVICES_V1 = 'intake.ticket.services.list.v1';
export const TAKE_TICKET_V1 = 'intake.ticket.take.v1';
export const CALL_NEXT_TICKET_V1 = 'intake.ticket.call-next.v1';
export const RECALL_TICKET_V1 = 'intake.ticket.recall.v1';
export const SKIP_TICKET_V1 = 'intake.ticket.skip.v1';
export const TRANSFER_TICKET_V1 = 'intake.ticket.transfer.v1';
export const COMPLETE_TICKET_V1 = 'intake.ticket.complete.v1';
export const GET_QUEUE_STATS_V1 = 'intake.ticket.stats.v1';
export const LIST_RECENT_CALLS_V1 = 'intake.ticket.recent-calls.v1';

export const TICKET_STATUSES = ['waiting', 'called', 'done', 'skipped'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** What a kiosk offers: a department (its unit code) or a kind of counter (`result_return`, `fee`, `postal`, `inter_agency`). */
export class TicketServiceV1 {
  @IsString()
  readonly key: string;

  @IsString()
  readonly name: string;

  @IsInt({ each: true })
  readonly counters: number[];
}

export class TicketServiceListV1 {
  @ValidateNested({ each: true })
  @Type(() => TicketServiceV1)
  readonly items: TicketServiceV1[];
}

export class ListTicketServicesV1 {}

/** Command (kiosk, public): a queue ticket for a service. */
export class TakeTicketV1 {
  @Label('Dịch vụ')
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  readonly serviceKey: string;
}

export class TicketV1 {
  @IsUUID()
  readonly id: string;

  /** Shown on the ticket and the hall screen: `0042`, the day's sequence. */
  @IsString()
  readonly number: string;

  @IsString()
  readonly serviceKey: string;

  @IsString()
  readonly serviceName: string;

  @IsIn(TICKET_STATUSES)
  readonly status: TicketStatus;

  @IsISO8601()
  readonly issuedAt: string;

  /** Waiting tickets of the same service issued before this one. */
  @IsInt()
  readonly waitingAhead: number;

  @IsInt()
  readonly estimatedWaitMinutes: number;

  /** Set when called, or when transferred to one counter. */
  @IsOptional()
  @IsInt()
  readonly counterNumber?: number;

  @IsOptional()
  @IsISO8601()
  readonly calledAt?: string;

  @IsOptional()
  @IsUUID()
  readonly dossierId?: string;
}

/** Command (counter staff): the next waiting ticket this counter serves, oldest first; none when the queue is empty. */
export class CallNextTicketV1 {
  @Label('Quầy')
  @IsInt()
  @Min(1)
  readonly counterNumber: number;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

export class CallNextResultV1 {
  @IsOptional()
  @ValidateNested()
  @Type(() => TicketV1)
  readonly ticket?: TicketV1;
}

/** Command (counter staff): act on one ticket. */
export class TicketActionV1 {
  @IsUUID()
  readonly ticketId: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

export class TransferTicketV1 extends TicketActionV1 {
  @Label('Chuyển đến quầy')
  @IsInt()
  @Min(1)
  readonly toCounterNumber: number;
}

export class CompleteTicketV1 extends TicketActionV1 {
  /** The dossier received from this ticket, when there is one. */
  @IsOptional()
  @IsUUID()
  readonly dossierId?: string;
}

export class GetQueueStatsV1 {
  @Label('Ngày')
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  readonly day: string;
}

export class CounterStatsV1 {
  @IsInt()
  readonly counterNumber: number;

  @IsInt()
  readonly tickets: number;

  /** Issue to call, averaged over the day's called tickets. */
  @IsInt()
  readonly averageWaitSeconds: number;

  /** Call to completion, averaged over the day's completed tickets. */
  @IsInt()
  readonly averageServiceSeconds: number;
}

export class QueueStatsV1 {
  @IsString()
  readonly day: string;

  @ValidateNested({ each: true })
  @Type(() => CounterStatsV1)
  readonly counters: CounterStatsV1[];
}

/** Query (public): today's latest calls, newest first, for a display board that just connected. */
export class ListRecentCallsV1 {
  @Label('Số dòng')
  @IsInt()
  @Min(1)
  @Max(50)
  readonly limit: number;
}

export class TicketCallV1 {
  @IsString()
  readonly number: string;

  @IsInt()
  readonly counterNumber: number;

  @IsString()
  readonly counterName: string;

  @IsISO8601()
  readonly calledAt: string;
}

export class RecentCallsV1 {
  @ValidateNested({ each: true })
  @Type(() => TicketCallV1)
  readonly items: TicketCallV1[];
}
