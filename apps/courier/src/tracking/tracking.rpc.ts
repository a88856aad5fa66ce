import { Controller } from '@nestjs/common';
import {
  RECORD_TRACKING_WEBHOOK_V1,
  RecordTrackingWebhookV1,
  TrackingWebhookResultV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { TrackingService } from './tracking.service';

@Controller()
export class TrackingRpc {
  constructor(private readonly tracking: TrackingService) {}

  @Respond(RECORD_TRACKING_WEBHOOK_V1)
  recordWebhook(request: RecordTrackingWebhookV1): Promise<TrackingWebhookResultV1> {
    return this.tracking.recordWebhook(request);
  }
}
