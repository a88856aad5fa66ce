import { Controller } from '@nestjs/common';
import {
  CALL_NEXT_TICKET_V1,
  COMPLETE_TICKET_V1,
  CallNextResultV1,
  CallNextTicketV1,
  CompleteTicketV1,
  GET_QUEUE_STATS_V1,
  GetQueueStatsV1,
  LIST_RECENT_CALLS_V1,
  LIST_TICKET_SERVICES_V1,
  ListRecentCallsV1,
  RecentCallsV1,
  QueueStatsV1,
  RECALL_TICKET_V1,
  SKIP_TICKET_V1,
  TAKE_TICKET_V1,
  TRANSFER_TICKET_V1,
  TakeTicketV1,
  TicketActionV1,
  TicketServiceListV1,
  TicketV1,
  TransferTicketV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { TicketsService } from './tickets.service';

@Controller()
export class TicketsRpc {
  constructor(private readonly tickets: TicketsService) {}

  @Respond(LIST_TICKET_SERVICES_V1)
  listServices(): Promise<TicketServiceListV1> {
    return this.tickets.listServices();
  }

  @Respond(TAKE_TICKET_V1)
  take(request: TakeTicketV1): Promise<TicketV1> {
    return this.tickets.takeTicket(request.serviceKey);
  }

  @Respond(CALL_NEXT_TICKET_V1)
  callNext(request: CallNextTicketV1): Promise<CallNextResultV1> {
    return this.tickets.callNext(request.counterNumber);
  }

  @Respond(RECALL_TICKET_V1)
  recall(request: TicketActionV1): Promise<TicketV1> {
    return this.tickets.recall(request.ticketId);
  }

  @Respond(SKIP_TICKET_V1)
  skip(request: TicketActionV1): Promise<TicketV1> {
    return this.tickets.skip(request.ticketId);
  }

  @Respond(TRANSFER_TICKET_V1)
  transfer(request: TransferTicketV1): Promise<TicketV1> {
    return this.tickets.transfer(request.ticketId, request.toCounterNumber);
  }

  @Respond(COMPLETE_TICKET_V1)
  complete(request: CompleteTicketV1): Promise<TicketV1> {
    return this.tickets.complete(request.ticketId, request.dossierId);
  }

  @Respond(GET_QUEUE_STATS_V1)
  stats(request: GetQueueStatsV1): Promise<QueueStatsV1> {
    return this.tickets.stats(request.day);
  }

  @Respond(LIST_RECENT_CALLS_V1)
  recentCalls(request: ListRecentCallsV1): Promise<RecentCallsV1> {
    return this.tickets.recentCalls(request.limit);
  }
}
