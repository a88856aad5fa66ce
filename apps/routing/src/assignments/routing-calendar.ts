import { Injectable } from '@nestjs/common';
import { WorkingCalendar, defaultCenterCalendar } from '@motcua/calendar';

/**
 * The working calendar routing counts step deadlines and supplement restarts on: the Center's defaults with
 * the official 2025–2026 holidays. Intake's calendar changes (`intake.calendar.changed.v1`) reach routing
 * with the SLA clock, which keeps routing's copy.
 */
@Injectable()
export class RoutingCalendar {
  private readonly calendar = defaultCenterCalendar();

  current(): WorkingCalendar {
    return this.calendar;
  }
}
