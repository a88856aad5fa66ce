import { Controller } from '@nestjs/common';
import {
  DeliveryReportResultV1,
  DeliveryStatsV1,
  GET_DELIVERY_STATS_V1,
  GetDeliveryStatsV1,
  RECORD_DELIVERY_REPORT_V1,
  RecordDeliveryReportV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { DeliveryStatsService } from './delivery-stats.service';
import { DeliveryService } from './delivery.service';

@Controller()
export class DeliveryRpc {
  constructor(
    private readonly delivery: DeliveryService,
    private readonly stats: DeliveryStatsService,
  ) {}

  @Respond(RECORD_DELIVERY_REPORT_V1)
  recordReport(request: RecordDeliveryReportV1): Promise<DeliveryReportResultV1> {
    return this.delivery.recordReport(request);
  }

  @Respond(GET_DELIVERY_STATS_V1)
  dayStats(request: GetDeliveryStatsV1): Promise<DeliveryStatsV1> {
    return this.stats.dayStats(request.day);
  }
}
