import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEnum,
  IsISO8601,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ActorV1 } from '../shared/actor';
import { IsUnitCode } from '../shared/validators';
import { Label } from '../validation';
import { DoneSignal } from './deadline.events';
import { ResolutionOutcome, Timeliness } from './dossier.events';

export const CONFIRM_RESOLVED_V1 = 'routing.dossier.confirm-resolved.v1';
export const GET_PROCESSING_REPORT_V1 = 'routing.report.processing.v1';
export const LIST_REPORT_DOSSIERS_V1 = 'routing.report.dossiers.v1';

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Command (officer or unit lead of the dossiers' unit): "xác nhận đã xử lý xong" for one dossier or many at
 * once (status 9), all or none. With `resolvedAt` the work is recorded as done earlier than now: only a unit
 * lead may, with a reason and evidence; it is audited and never before the dossier's last hand-over.
 */
export class ConfirmResolvedV1 {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly idempotencyKey?: string;

  @Label('Danh sách hồ sơ')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  readonly dossierIds: string[];

  @Label('Kết quả giải quyết')
  @IsEnum(ResolutionOutcome)
  readonly outcome: ResolutionOutcome;

  /** Number or reference of the result document. */
  @Label('Số, ký hiệu văn bản kết quả')
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly resultReference?: string;

  /** True when a paper result must travel from the unit to the Center. */
  @Label('Kết quả bản giấy')
  @IsOptional()
  @IsBoolean()
  readonly paperResult?: boolean;

  /** When the work was actually done, if earlier than now. */
  @Label('Thời điểm xử lý xong thực tế')
  @IsOptional()
  @IsISO8601({ strict: true })
  readonly resolvedAt?: string;

  @Label('Lý do ghi nhận thời điểm xử lý xong sớm hơn')
  @ValidateIf((command: ConfirmResolvedV1) => command.resolvedAt !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  readonly reason?: string;

  /** The signed result, register entry or message that proves the earlier time. */
  @Label('Tài liệu chứng minh')
  @ValidateIf((command: ConfirmResolvedV1) => command.resolvedAt !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  readonly evidenceReference?: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

export class ConfirmedResolutionV1 {
  @IsUUID()
  readonly dossierId: string;

  @IsString()
  readonly code: string;

  @IsEnum(Timeliness)
  readonly timeliness: Timeliness;

  @IsISO8601()
  readonly resolvedAt: string;

  @IsISO8601()
  readonly confirmedAt: string;
}

export class ConfirmedResolutionsV1 {
  @ValidateNested({ each: true })
  @Type(() => ConfirmedResolutionV1)
  readonly items: ConfirmedResolutionV1[];
}

/** Rows of the processing report: by sector (lĩnh vực, form II.06a), unit or procedure. */
export enum ReportGrouping {
  Sector = 'sector',
  Unit = 'unit',
  Procedure = 'procedure',
}

/** Query (manager): form II.06a for the Vietnamese days `from`..`to`, both included. */
export class GetProcessingReportV1 {
  @Label('Từ ngày')
  @Matches(DAY_PATTERN)
  readonly from: string;

  @Label('Đến ngày')
  @Matches(DAY_PATTERN)
  readonly to: string;

  @Label('Nhóm theo')
  @IsEnum(ReportGrouping)
  readonly groupBy: ReportGrouping;

  @Label('Đơn vị')
  @IsOptional()
  @IsUnitCode()
  readonly unitCode?: string;
}

/**
 * The figures of form II.06a (REFERENCE §2.4) and the on-time rate of QĐ 766 indicator 2.1 (§6). To handle =
 * received online + received directly or by post + carried over = resolved + pending. Stopped and withdrawn
 * dossiers count as resolved on time; a dossier waiting for a supplement is pending within its deadline.
 */
export class ReportFiguresV1 {
  @IsInt()
  readonly total: number;

  @IsInt()
  readonly receivedOnline: number;

  @IsInt()
  readonly receivedDirectAndPostal: number;

  /** Received before the period and still open at its start. */
  @IsInt()
  readonly carriedOver: number;

  @IsInt()
  readonly resolved: number;

  @IsInt()
  readonly resolvedEarly: number;

  @IsInt()
  readonly resolvedOnTime: number;

  /** The work itself was done after the deadline. */
  @IsInt()
  readonly resolvedLate: number;

  /** Done in time but confirmed in the system after the deadline: the false "late" the safeguards end. */
  @IsInt()
  readonly confirmedLate: number;

  @IsInt()
  readonly pending: number;

  @IsInt()
  readonly pendingWithinDeadline: number;

  @IsInt()
  readonly pendingOverdue: number;

  /** (early + on time + pending within deadline) ÷ total, null when there is nothing to count. */
  @IsOptional()
  @IsNumber()
  readonly onTimeRate: number | null;
}

export class ReportRowV1 extends ReportFiguresV1 {
  /** Sector name, unit code or procedure code; null for dossiers whose sector is unknown. */
  @IsOptional()
  @IsString()
  readonly key: string | null;
}

export class ProcessingReportV1 {
  @IsString()
  readonly from: string;

  @IsString()
  readonly to: string;

  @IsEnum(ReportGrouping)
  readonly groupBy: ReportGrouping;

  @ValidateNested({ each: true })
  @Type(() => ReportRowV1)
  readonly rows: ReportRowV1[];

  @ValidateNested()
  @Type(() => ReportFiguresV1)
  readonly totals: ReportFiguresV1;
}

/** A cell of the report, to list the dossiers it counts. */
export enum ReportCategory {
  ReceivedOnline = 'received_online',
  ReceivedDirectAndPostal = 'received_direct_and_postal',
  CarriedOver = 'carried_over',
  ResolvedEarly = 'resolved_early',
  ResolvedOnTime = 'resolved_on_time',
  ResolvedLate = 'resolved_late',
  ConfirmedLate = 'confirmed_late',
  PendingWithinDeadline = 'pending_within_deadline',
  PendingOverdue = 'pending_overdue',
}

/** Query (manager): the dossiers behind one figure of the report, so every figure can be checked. */
export class ListReportDossiersV1 extends GetProcessingReportV1 {
  @Label('Loại số liệu')
  @IsEnum(ReportCategory)
  readonly category: ReportCategory;

  /** The row: sector, unit code or procedure code; absent for the whole report. */
  @Label('Dòng báo cáo')
  @IsOptional()
  @IsString()
  @MaxLength(200)
  readonly key?: string;
}

export class ReportDossierV1 {
  @IsUUID()
  readonly dossierId: string;

  @IsString()
  readonly code: string;

  @IsString()
  readonly unitCode: string;

  @IsString()
  readonly procedureCode: string;

  @IsISO8601()
  readonly receivedAt: string;

  @IsOptional()
  @IsISO8601()
  readonly dueAt: string | null;

  @IsOptional()
  @IsISO8601()
  readonly resolvedAt: string | null;

  @IsOptional()
  @IsISO8601()
  readonly confirmedAt: string | null;
}

export class ReportDossierListV1 {
  @ValidateNested({ each: true })
  @Type(() => ReportDossierV1)
  readonly items: ReportDossierV1[];
}

export const SIGNAL_DONE_V1 = 'routing.dossier.signal-done.v1';

/**
 * Command: a sign that the work on a dossier is done (a result document attached, a result package picked up
 * by the courier). If the dossier is not confirmed resolved yet, its unit lead is alerted, once per signal.
 */
export class SignalDoneV1 {
  @IsUUID()
  readonly dossierId: string;

  @Label('Dấu hiệu')
  @IsEnum(DoneSignal)
  readonly signal: DoneSignal;

  @Label('Số, ký hiệu văn bản hoặc mã bưu gửi')
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly reference?: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

export class DoneSignalV1 {
  @IsUUID()
  readonly dossierId: string;

  @IsEnum(DoneSignal)
  readonly signal: DoneSignal;

  /** True when this signal alerted the unit lead now; false when the dossier is confirmed or already signalled. */
  @IsBoolean()
  readonly isAlerted: boolean;
}
