import { Controller } from '@nestjs/common';
import {
  CLOSE_DAY_V1,
  CloseDayV1,
  EXPORT_RECONCILIATION_V1,
  ExportReconciliationV1,
  ExportedFileV1,
  GET_PERIOD_REPORT_V1,
  GET_RECONCILIATION_V1,
  GetPeriodReportV1,
  GetReconciliationV1,
  PeriodReportV1,
  ReconciliationV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { exportReconciliation } from './reconciliation-export';
import { ReconciliationService } from './reconciliation.service';

@Controller()
export class ReconciliationRpc {
  constructor(private readonly reconciliation: ReconciliationService) {}

  @Respond(GET_RECONCILIATION_V1)
  get(request: GetReconciliationV1): Promise<ReconciliationV1> {
    return this.reconciliation.getReconciliation(request);
  }

  @Respond(CLOSE_DAY_V1)
  close(request: CloseDayV1): Promise<ReconciliationV1> {
    return this.reconciliation.closeDay(request);
  }

  @Respond(EXPORT_RECONCILIATION_V1)
  async export(request: ExportReconciliationV1): Promise<ExportedFileV1> {
    const { format, ...scope } = request;
    return exportReconciliation(await this.reconciliation.getReconciliation(scope), format);
  }

  @Respond(GET_PERIOD_REPORT_V1)
  report(request: GetPeriodReportV1): Promise<PeriodReportV1> {
    return this.reconciliation.getPeriodReport(request);
  }
}
