import { Controller } from '@nestjs/common';
import {
  GET_PROCESSING_REPORT_V1,
  GetProcessingReportV1,
  LIST_REPORT_DOSSIERS_V1,
  ListReportDossiersV1,
  ProcessingReportV1,
  ReportDossierListV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { ReportsService } from './reports.service';

@Controller()
export class ReportsRpc {
  constructor(private readonly reports: ReportsService) {}

  @Respond(GET_PROCESSING_REPORT_V1)
  getProcessingReport(query: GetProcessingReportV1): Promise<ProcessingReportV1> {
    return this.reports.getProcessingReport(query);
  }

  @Respond(LIST_REPORT_DOSSIERS_V1)
  listReportDossiers(query: ListReportDossiersV1): Promise<ReportDossierListV1> {
    return this.reports.listReportDossiers(query);
  }
}
