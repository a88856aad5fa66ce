import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  GET_PROCESSING_REPORT_V1,
  LIST_REPORT_DOSSIERS_V1,
  ProcessingReportV1,
  ReportDossierListV1,
  Role,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { Roles } from '../auth/auth.decorators';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import { ProcessingReportQuery, ReportDossiersQuery } from './deadlines.dto';

@ApiTags('reports')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@ApiForbiddenResponse({ type: ErrorDto })
@Controller('api/v1/reports/processing')
export class ReportsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles(Role.Manager, Role.Admin)
  @ApiOperation({
    summary:
      'Form II.06a (tình hình, kết quả giải quyết TTHC) per sector, unit or procedure, with on-time rates (QĐ 766)',
  })
  @ApiOkResponse({ schema: contractSchema('ProcessingReportV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  report(@Query() query: ProcessingReportQuery): Promise<ProcessingReportV1> {
    return this.rpc.send(GET_PROCESSING_REPORT_V1, { ...query });
  }

  @Get('dossiers')
  @Roles(Role.Manager, Role.Admin)
  @ApiOperation({ summary: 'The dossiers behind one figure of the report' })
  @ApiOkResponse({ schema: contractSchema('ReportDossierListV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  dossiers(@Query() query: ReportDossiersQuery): Promise<ReportDossierListV1> {
    return this.rpc.send(LIST_REPORT_DOSSIERS_V1, { ...query });
  }
}
