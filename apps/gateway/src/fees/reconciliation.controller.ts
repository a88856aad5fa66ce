import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  ActorV1,
  CLOSE_DAY_V1,
  DAY_PATTERN,
  EXPORT_RECONCILIATION_V1,
  GET_PERIOD_REPORT_V1,
  GET_RECONCILIATION_V1,
  PeriodReportV1,
  ReconciliationV1,
  Role,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { AuthError, AuthErrorCode } from '../auth/auth.errors';
import { canSee } from '../dossiers/dossiers.service';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import { validationFailed } from '../http/validation';
import {
  CLOSE_DAY_BODY_SCHEMA,
  CloseDayBody,
  ExportQuery,
  PeriodReportQuery,
  ReconciliationQuery,
} from './reconciliation.dto';

function checkDay(day: string): string {
  if (!DAY_PATTERN.test(day) || Number.isNaN(Date.parse(day))) {
    throw validationFailed([
      { field: 'day', constraint: 'matches', message: 'Ngày phải có dạng YYYY-MM-DD' },
    ]);
  }
  return day;
}

/** The cashier's day close and reconciliation per counter, unit and day; the report per unit and period. */
@ApiTags('fees')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@ApiForbiddenResponse({ type: ErrorDto })
@Controller('api/v1')
export class ReconciliationController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('reconciliations/:day')
  @Roles(Role.Cashier, Role.Manager, Role.Admin)
  @ApiOperation({
    summary:
      'A day by counter, unit or Center: totals by method, receipts, corrections, expected cash, closes',
  })
  @ApiOkResponse({ schema: contractSchema('ReconciliationV1') })
  reconcile(@Param('day') day: string, @Query() query: ReconciliationQuery): Promise<ReconciliationV1> {
    return this.rpc.send(GET_RECONCILIATION_V1, { day: checkDay(day), ...query });
  }

  @Get('reconciliations/:day/export')
  @Roles(Role.Cashier, Role.Manager, Role.Admin)
  @ApiOperation({ summary: 'The reconciliation as CSV or XLSX' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(@Param('day') day: string, @Query() query: ExportQuery): Promise<StreamableFile> {
    const file = await this.rpc.send(EXPORT_RECONCILIATION_V1, { day: checkDay(day), ...query });
    return new StreamableFile(Buffer.from(file.contentBase64, 'base64'), {
      type: file.contentType,
      disposition: `attachment; filename="${file.filename}"`,
    });
  }

  @Post('reconciliations/:day/close')
  @HttpCode(200)
  @Roles(Role.Cashier, Role.Admin)
  @ApiOperation({
    summary: "Close a counter's day with the cash counted (chốt sổ); the day takes no more payments",
  })
  @ApiBody({ schema: CLOSE_DAY_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('ReconciliationV1') })
  @ApiConflictResponse({ type: ErrorDto, description: 'FEE_DAY_CLOSED' })
  close(
    @Param('day') day: string,
    @Body() body: CloseDayBody,
    @CurrentActor() actor: ActorV1,
  ): Promise<ReconciliationV1> {
    return this.rpc.send(CLOSE_DAY_V1, { ...body, day: checkDay(day), actor });
  }

  @Get('fee-reports')
  @Roles(Role.Cashier, Role.Manager, Role.Admin, Role.UnitLead)
  @ApiOperation({ summary: "A unit's collections per day over a period (at most a year)" })
  @ApiOkResponse({ schema: contractSchema('PeriodReportV1') })
  report(@Query() query: PeriodReportQuery, @CurrentActor() actor: ActorV1): Promise<PeriodReportV1> {
    if (!canSee(actor, query.unitCode)) throw new AuthError(AuthErrorCode.UnitForbidden);
    return this.rpc.send(GET_PERIOD_REPORT_V1, { ...query });
  }
}
