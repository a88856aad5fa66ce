import { Controller } from '@nestjs/common';
import {
  CalendarYearV1,
  DueDateV1,
  GET_CALENDAR_YEAR_V1,
  GetCalendarYearV1,
  PREVIEW_DUE_DATE_V1,
  PreviewDueDateV1,
  REPLACE_CALENDAR_YEAR_V1,
  ReplaceCalendarYearV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { CalendarService } from './calendar.service';

@Controller()
export class CalendarRpc {
  constructor(private readonly calendar: CalendarService) {}

  @Respond(PREVIEW_DUE_DATE_V1)
  previewDueDate(request: PreviewDueDateV1): Promise<DueDateV1> {
    return this.calendar.previewDueDate(request.from, {
      amount: request.amount,
      unit: request.unit,
      cutoff: request.cutoff,
    });
  }

  @Respond(GET_CALENDAR_YEAR_V1)
  getYear(request: GetCalendarYearV1): Promise<CalendarYearV1> {
    return this.calendar.getYear(request.year);
  }

  @Respond(REPLACE_CALENDAR_YEAR_V1)
  replaceYear(request: ReplaceCalendarYearV1): Promise<CalendarYearV1> {
    return this.calendar.replaceYear(request.year, request.days);
  }
}
