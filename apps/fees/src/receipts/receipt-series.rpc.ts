import { Controller } from '@nestjs/common';
import {
  CANCEL_RECEIPT_SERIES_V1,
  CREATE_RECEIPT_SERIES_V1,
  CancelReceiptSeriesV1,
  CreateReceiptSeriesV1,
  LIST_RECEIPT_SERIES_V1,
  ListReceiptSeriesV1,
  ReceiptSeriesListV1,
  ReceiptSeriesV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { ReceiptSeriesService } from './receipt-series.service';

@Controller()
export class ReceiptSeriesRpc {
  constructor(private readonly series: ReceiptSeriesService) {}

  @Respond(CREATE_RECEIPT_SERIES_V1)
  create(request: CreateReceiptSeriesV1): Promise<ReceiptSeriesV1> {
    return this.series.createSeries(request);
  }

  @Respond(LIST_RECEIPT_SERIES_V1)
  list(request: ListReceiptSeriesV1): Promise<ReceiptSeriesListV1> {
    return this.series.listSeries(request);
  }

  @Respond(CANCEL_RECEIPT_SERIES_V1)
  cancel(request: CancelReceiptSeriesV1): Promise<ReceiptSeriesV1> {
    return this.series.cancelSeries(request);
  }
}
