import { Controller } from '@nestjs/common';
import {
  DeliveryReportResultV1,
  DeliveryStatsV1,
  GET_DELIVERY_STATS_V1,
  GetDeliveryStatsV1,
  LIST_SINK_MESSAGES_V1,
  ListSinkMessagesV1,
  RECORD_DELIVERY_REPORT_V2,
  RecordDeliveryReportV2,
  SinkMessagesV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { DevSink } from './dev-sink';
import { DeliveryStatsService } from './delivery-stats.service';
import { DeliveryService } from './delivery.service';

const DEFAULT_SINK_ROWS = 50;

@Controller()
export class DeliveryRpc {
  constructor(
    private readonly delivery: DeliveryService,
    private readonly stats: DeliveryStatsService,
    private readonly sink: DevSink,
  ) {}

  @Respond(RECORD_DELIVERY_REPORT_V2)
  recordReport(request: RecordDeliveryReportV2): Promise<DeliveryReportResultV1> {
    return this.delivery.recordReport(request);
  }

  @Respond(GET_DELIVERY_STATS_V1)
  dayStats(request: GetDeliveryStatsV1): Promise<DeliveryStatsV1> {
    return this.stats.dayStats(request.day);
  }

  @Respond(LIST_SINK_MESSAGES_V1)
  sinkMessages(request: ListSinkMessagesV1): Promise<SinkMessagesV1> {
    return this.sink.listStored(request.limit ?? DEFAULT_SINK_ROWS);
  }
}
