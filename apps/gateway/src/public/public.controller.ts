import { Body, Controller, Get, MessageEvent, Param, Post, Query, Sse } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import {
  DOSSIER_CODE_PATTERN,
  LIST_RECENT_CALLS_V1,
  LIST_TICKET_SERVICES_V1,
  RecentCallsV1,
  TICKET_CALLED_V1,
  LOOKUP_DOSSIER_V1,
  PublicDossierV1,
  TAKE_TICKET_V1,
  TicketServiceListV1,
  TicketV1,
} from '@motcua/contracts';
import { TakeTicketBody } from '../queue/queue.dto';
import { LiveFeed, RpcClient } from '@motcua/messaging';
import { Observable, interval, map, merge } from 'rxjs';
import { Public } from '../auth/auth.decorators';
import { PublicRateLimit } from '../auth/rate-limits';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import { validationFailed } from '../http/validation';
import { LookupQuery } from './public.dto';

const DISPLAY_BOARD_ROWS = 10;
// Keeps proxies and the browser from closing an idle stream.
const HEARTBEAT_MS = 15_000;

/** Pages and data for citizens, without login (tra cứu hồ sơ). Rate limited per address. */
@ApiTags('public')
@Public()
@PublicRateLimit()
@Controller('public/v1')
export class PublicController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly live: LiveFeed,
  ) {}

  @Get('dossiers/:code')
  @ApiOperation({
    summary: 'Look a dossier up by its code and the applicant phone: status, due date, milestones',
  })
  @ApiOkResponse({ schema: contractSchema('PublicDossierV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'Unknown code and wrong phone look the same' })
  @ApiTooManyRequestsResponse({ type: ErrorDto })
  lookUp(@Param('code') code: string, @Query() query: LookupQuery): Promise<PublicDossierV1> {
    if (!DOSSIER_CODE_PATTERN.test(code)) {
      throw validationFailed([
        {
          field: 'code',
          constraint: 'matches',
          message: 'Mã hồ sơ không đúng định dạng (ví dụ 000.00.20.H41-261128-0001)',
        },
      ]);
    }
    return this.rpc.send(LOOKUP_DOSSIER_V1, { code, phone: query.phone });
  }

  @Get('queue/services')
  @ApiOperation({ summary: 'Kiosk menu: the services one can take a ticket for, and their counters' })
  @ApiOkResponse({ schema: contractSchema('TicketServiceListV1') })
  services(): Promise<TicketServiceListV1> {
    return this.rpc.send(LIST_TICKET_SERVICES_V1, {});
  }

  @Post('queue/tickets')
  @ApiOperation({
    summary: 'Kiosk: take a queue ticket; answers its number, how many wait before it and a wait estimate',
  })
  @ApiOkResponse({ schema: contractSchema('TicketV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  takeTicket(@Body() body: TakeTicketBody): Promise<TicketV1> {
    return this.rpc.send(TAKE_TICKET_V1, { serviceKey: body.serviceKey });
  }

  @Get('display-board')
  @ApiOperation({
    summary: "Hall screen: today's latest calls, newest first (read once, then follow the events)",
  })
  @ApiOkResponse({ schema: contractSchema('RecentCallsV1') })
  displayBoard(): Promise<RecentCallsV1> {
    return this.rpc.send(LIST_RECENT_CALLS_V1, { limit: DISPLAY_BOARD_ROWS });
  }

  @Sse('display-board/events')
  @ApiOperation({
    summary: 'Hall screen, live: server-sent `called` events (number, counter), `ping` every 15 s',
  })
  displayBoardEvents(): Observable<MessageEvent> {
    return merge(
      this.live
        .of(TICKET_CALLED_V1)
        .pipe(map((envelope) => ({ type: 'called', id: envelope.id, data: envelope.payload }))),
      interval(HEARTBEAT_MS).pipe(map(() => ({ type: 'ping', data: {} }))),
    ).pipe(this.live.untilShutdown());
  }
}
