import { Module } from '@nestjs/common';
import { CalendarConsumer } from './calendar.consumer';
import { CalendarService } from './calendar.service';

@Module({
  controllers: [CalendarConsumer],
  providers: [CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
