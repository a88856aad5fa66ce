import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ActorV1,
  CALL_NEXT_TICKET_V1,
  COMPLETE_TICKET_V1,
  CallNextResultV1,
  GET_QUEUE_STATS_V1,
  QueueStatsV1,
  RECALL_TICKET_V1,
  Role,
  SKIP_TICKET_V1,
  TRANSFER_TICKET_V1,
  TicketV1,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { contractSchema } from '../http/contract-schemas';
import { idPipe } from '../http/validation';
import { CompleteTicketBody, CounterParam, QueueStatsQuery, TransferTicketBody } from './queue.dto';

const COUNTER_STAFF = [Role.Reception, Role.Cashier, Role.Postal, Role.Admin];

const ticketIdPipe = idPipe('Mã số thứ tự');

/** Queue calling at the counters (gọi số): call next, recall, skip, transfer, complete; the day's figures. */
@ApiTags('queue')
@ApiBearerAuth()
@Controller('api/v1')
export class QueueController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('counters/:number/call-next')
  @HttpCode(200)
  @Roles(...COUNTER_STAFF)
  @ApiOperation({
    summary: 'Call the next waiting ticket this counter serves; `ticket` is absent when nobody waits',
  })
  @ApiOkResponse({ schema: contractSchema('CallNextResultV1') })
  callNext(@Param() params: CounterParam, @CurrentActor() actor: ActorV1): Promise<CallNextResultV1> {
    return this.rpc.send(CALL_NEXT_TICKET_V1, { counterNumber: params.number, actor });
  }

  @Post('tickets/:id/recall')
  @HttpCode(200)
  @Roles(...COUNTER_STAFF)
  @ApiOperation({ summary: 'Call the same ticket again' })
  @ApiOkResponse({ schema: contractSchema('TicketV1') })
  recall(@Param('id', ticketIdPipe) ticketId: string, @CurrentActor() actor: ActorV1): Promise<TicketV1> {
    return this.rpc.send(RECALL_TICKET_V1, { ticketId, actor });
  }

  @Post('tickets/:id/skip')
  @HttpCode(200)
  @Roles(...COUNTER_STAFF)
  @ApiOperation({ summary: 'Skip a ticket whose holder did not come' })
  @ApiOkResponse({ schema: contractSchema('TicketV1') })
  skip(@Param('id', ticketIdPipe) ticketId: string, @CurrentActor() actor: ActorV1): Promise<TicketV1> {
    return this.rpc.send(SKIP_TICKET_V1, { ticketId, actor });
  }

  @Post('tickets/:id/transfer')
  @HttpCode(200)
  @Roles(...COUNTER_STAFF)
  @ApiOperation({ summary: 'Send a ticket to another counter; it keeps its place in the queue' })
  @ApiOkResponse({ schema: contractSchema('TicketV1') })
  transfer(
    @Param('id', ticketIdPipe) ticketId: string,
    @Body() body: TransferTicketBody,
    @CurrentActor() actor: ActorV1,
  ): Promise<TicketV1> {
    return this.rpc.send(TRANSFER_TICKET_V1, { ticketId, toCounterNumber: body.toCounterNumber, actor });
  }

  @Post('tickets/:id/complete')
  @HttpCode(200)
  @Roles(...COUNTER_STAFF)
  @ApiOperation({ summary: 'Finish serving a ticket (reception links it to its dossier by itself)' })
  @ApiOkResponse({ schema: contractSchema('TicketV1') })
  complete(
    @Param('id', ticketIdPipe) ticketId: string,
    @Body() body: CompleteTicketBody,
    @CurrentActor() actor: ActorV1,
  ): Promise<TicketV1> {
    return this.rpc.send(COMPLETE_TICKET_V1, {
      ticketId,
      ...(body.dossierId ? { dossierId: body.dossierId } : {}),
      actor,
    });
  }

  @Get('queue/stats')
  @Roles(Role.Manager, Role.Admin, ...COUNTER_STAFF)
  @ApiOperation({ summary: 'Per counter and day: tickets, average wait, average service time' })
  @ApiOkResponse({ schema: contractSchema('QueueStatsV1') })
  stats(@Query() query: QueueStatsQuery): Promise<QueueStatsV1> {
    return this.rpc.send(GET_QUEUE_STATS_V1, { day: query.day });
  }
}
