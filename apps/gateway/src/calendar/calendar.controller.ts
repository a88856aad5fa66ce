import { Body, Controller, Get, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ActorV1,
  CalendarYearV1,
  DueDateV1,
  GET_CALENDAR_YEAR_V1,
  PREVIEW_DUE_DATE_V1,
  REPLACE_CALENDAR_YEAR_V1,
  Role,
} from '@motcua/contracts';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { RpcClient } from '@motcua/messaging';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import { validationFailed } from '../http/validation';
import { DueDateQuery, REPLACE_CALENDAR_YEAR_BODY_SCHEMA, ReplaceCalendarYearBody } from './calendar.dto';

const yearPipe = new ParseIntPipe({
  exceptionFactory: () =>
    validationFailed([{ field: 'year', constraint: 'isInt', message: 'Năm không hợp lệ' }]),
});

/** The Center's working calendar (lịch làm việc): due-date previews for the UI and department systems. */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('api/v1/calendar')
export class CalendarController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('due-date')
  @ApiOperation({
    summary: 'When a time limit counted from a reception runs out (working days keep the hour)',
  })
  @ApiOkResponse({ schema: contractSchema('DueDateV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  dueDate(@Query() query: DueDateQuery): Promise<DueDateV1> {
    return this.rpc.send(PREVIEW_DUE_DATE_V1, {
      from: new Date(query.from).toISOString(),
      amount: query.amount,
      unit: query.unit,
      ...(query.cutoff ? { cutoff: query.cutoff } : {}),
    });
  }

  @Get('years/:year')
  @ApiOperation({
    summary:
      'A year of the calendar: working hours, weekends, holidays and swapped days with their legal basis',
  })
  @ApiOkResponse({ schema: contractSchema('CalendarYearV1') })
  year(@Param('year', yearPipe) year: number): Promise<CalendarYearV1> {
    return this.rpc.send(GET_CALENDAR_YEAR_V1, { year });
  }

  @Put('years/:year')
  @Roles(Role.Admin)
  @ApiOperation({
    summary: "Replace a year's holidays and swapped days (admin); promised due dates do not move",
  })
  @ApiBody({ schema: REPLACE_CALENDAR_YEAR_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('CalendarYearV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  replaceYear(
    @Param('year', yearPipe) year: number,
    @Body() body: ReplaceCalendarYearBody,
    @CurrentActor() actor: ActorV1,
  ): Promise<CalendarYearV1> {
    return this.rpc.send(REPLACE_CALENDAR_YEAR_V1, { year, days: body.days, actor });
  }
}
