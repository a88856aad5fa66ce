import { Controller } from '@nestjs/common';
import { CALENDAR_CHANGED_V1, CalendarChangedV1 } from '@motcua/contracts';
import { MessageContext, Subscribe } from '@motcua/messaging';
import { CalendarService } from './calendar.service';

@Controller()
export class CalendarConsumer {
  constructor(private readonly calendar: CalendarService) {}

  @Subscribe(CALENDAR_CHANGED_V1)
  onCalendarChanged(change: CalendarChangedV1, context: MessageContext): Promise<void> {
    return this.calendar.replaceYear(context.tx, change);
  }
}
