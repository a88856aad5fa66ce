import { WorkingCalendar, createWorkingCalendar } from '../working-calendar';
import { OFFICIAL_SPECIAL_DAYS_2025 } from './special-days-2025';
import { OFFICIAL_SPECIAL_DAYS_2026 } from './special-days-2026';

/**
 * The Center's calendar with every default (07:00–11:30 and 13:30–17:00, Saturday and Sunday off, no
 * Saturday-morning service) and the official special days of 2025 and 2026. Dates after 2026 have no
 * holidays until their year's rows are added.
 */
export function defaultCenterCalendar(): WorkingCalendar {
  return createWorkingCalendar({
    specialDays: [...OFFICIAL_SPECIAL_DAYS_2025, ...OFFICIAL_SPECIAL_DAYS_2026],
  });
}
