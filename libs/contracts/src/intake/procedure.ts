import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Channel } from '../shared/channel';
import { IsProcedureCode, IsUnitCode } from '../shared/validators';
import { Label } from '../validation';

/** How a processing time is counted (on the Center's working calendar for the first two). */
export enum TimeUnit {
  WorkingDays = 'working_days',
  WorkingHours = 'working_hours',
  CalendarDays = 'calendar_days',
}

/** Thành phần hồ sơ: bản chính, bản sao có chứng thực, bản sao, bản chính để đối chiếu. */
export enum DocumentForm {
  Original = 'original',
  CertifiedCopy = 'certified_copy',
  Copy = 'copy',
  OriginalForComparison = 'original_for_comparison',
}

export enum DocumentRequirement {
  Mandatory = 'mandatory',
  Conditional = 'conditional',
}

/** Phí and lệ phí are receipted separately. */
export enum FeeKind {
  Phi = 'phi',
  LePhi = 'le_phi',
}

export enum FeeDue {
  AtReception = 'at_reception',
  AtResult = 'at_result',
}

/** Dịch vụ công trực tuyến: none, một phần (partial), toàn trình (full). */
export enum OnlineLevel {
  None = 'none',
  Partial = 'partial',
  Full = 'full',
}

/** What a supplement does to the time limit: restart from zero (Decree 118/2025, default) or pause. */
export enum SupplementRule {
  Restart = 'restart',
  Pause = 'pause',
}

export const HH_MM_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export class ProcessingTimeV1 {
  @Label('Thời hạn giải quyết')
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(365)
  readonly amount: number;

  @Label('Đơn vị thời hạn')
  @IsEnum(TimeUnit)
  readonly unit: TimeUnit;

  /** Received after this local time ('15:00') counts as received the next working morning. */
  @Label('Giờ chốt trong ngày')
  @IsOptional()
  @Matches(HH_MM_PATTERN)
  readonly sameDayCutoff?: string;
}

export class RequiredDocumentV1 {
  @Label('Tên thành phần hồ sơ')
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  readonly name: string;

  @Label('Loại bản')
  @IsEnum(DocumentForm)
  readonly form: DocumentForm;

  @Label('Số lượng')
  @IsInt()
  @Min(1)
  @Max(50)
  readonly count: number;

  @Label('Bắt buộc')
  @IsEnum(DocumentRequirement)
  readonly requirement: DocumentRequirement;

  /** When a conditional document is needed. */
  @Label('Điều kiện')
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  readonly condition?: string;
}

export class FeeItemV1 {
  @Label('Loại khoản thu')
  @IsEnum(FeeKind)
  readonly kind: FeeKind;

  @Label('Tên khoản thu')
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  readonly name: string;

  /** Integer đồng. */
  @Label('Số tiền')
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  readonly amountDong: number;

  @Label('Thời điểm nộp')
  @IsEnum(FeeDue)
  readonly due: FeeDue;
}

/**
 * Everything a procedure version says: what the admin enters, what reception pins, what other services copy.
 * The first handling unit decides and receives the first step.
 */
export class ProcedureDefinitionV1 {
  @Label('Mã thủ tục')
  @IsProcedureCode()
  readonly code: string;

  @Label('Tên thủ tục')
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  readonly name: string;

  @Label('Lĩnh vực')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly sector: string;

  @Label('Đơn vị giải quyết')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsUnitCode({ each: true })
  readonly handlingUnitCodes: string[];

  @Label('Căn cứ pháp lý')
  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  readonly legalBasis: string[];

  @Label('Thời hạn giải quyết')
  @IsDefined()
  @ValidateNested()
  @Type(() => ProcessingTimeV1)
  readonly processingTime: ProcessingTimeV1;

  @Label('Thành phần hồ sơ')
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RequiredDocumentV1)
  readonly requiredDocuments: RequiredDocumentV1[];

  @Label('Phí, lệ phí')
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FeeItemV1)
  readonly fees: FeeItemV1[];

  /** Ways the dossier may be submitted; a procedure excluded from the postal service omits `postal`. */
  @Label('Kênh tiếp nhận')
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(Channel, { each: true })
  readonly channels: Channel[];

  /** Whether the result may be returned by post. */
  @Label('Trả kết quả qua bưu chính')
  @IsBoolean()
  readonly postalReturn: boolean;

  @Label('Mức độ trực tuyến')
  @IsEnum(OnlineLevel)
  readonly onlineLevel: OnlineLevel;

  @Label('Kết quả thực hiện')
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  readonly resultForm: string;

  /** Hồ sơ liên thông: decided across several units (often ending at UBND tỉnh). */
  @Label('Liên thông')
  @IsBoolean()
  readonly interAgency: boolean;

  @Label('Quy tắc bổ sung hồ sơ')
  @IsEnum(SupplementRule)
  readonly supplementRule: SupplementRule;

  /** Fees must be paid before processing starts (status 6 until paid). */
  @Label('Nộp phí trước khi giải quyết')
  @IsBoolean()
  readonly payBeforeProcessing: boolean;

  @Label('Cho phép nộp từng phần')
  @IsBoolean()
  readonly partialPaymentAllowed: boolean;

  /** Invented for the demo (not a real national procedure or not verified). */
  @Label('Dữ liệu mẫu')
  @IsBoolean()
  readonly isDemoData: boolean;
}

/** Kinds of unit in the Center's directory. */
export const UNIT_KINDS = [
  'center',
  'department',
  'provincial_committee',
  'police',
  'district',
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export class UnitDefinitionV1 {
  @Label('Mã đơn vị')
  @IsUnitCode()
  readonly code: string;

  @Label('Tên đơn vị')
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  readonly name: string;

  @Label('Tên viết tắt')
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  readonly shortName: string;

  @Label('Loại đơn vị')
  @IsIn(UNIT_KINDS)
  readonly kind: UnitKind;

  @Label('Đơn vị cấp trên')
  @IsOptional()
  @IsUnitCode()
  readonly parentCode?: string;

  /** False for units that may not issue e-receipts (the provincial Police writes paper receipts). */
  @Label('Được phát hành biên lai điện tử')
  @IsBoolean()
  readonly canIssueEReceipts: boolean;

  /** Tax code (10 digits, or 10-3 for a dependent unit), printed on fee receipts when known. */
  @Label('Mã số thuế')
  @IsOptional()
  @Matches(/^\d{10}(-\d{3})?$/)
  readonly taxCode?: string;

  @Label('Dữ liệu mẫu')
  @IsBoolean()
  readonly isDemoData: boolean;
}

export const COUNTER_KINDS = ['intake', 'inter_agency', 'result_return', 'postal', 'fee'] as const;
export type CounterKind = (typeof COUNTER_KINDS)[number];

export class CounterDefinitionV1 {
  @Label('Số quầy')
  @IsInt()
  @Min(1)
  @Max(999)
  readonly number: number;

  @Label('Tên quầy')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly name: string;

  @Label('Loại quầy')
  @IsIn(COUNTER_KINDS)
  readonly kind: CounterKind;

  /** Units whose dossiers this counter receives (empty for return, postal and fee counters). */
  @Label('Đơn vị phục vụ')
  @IsArray()
  @IsUnitCode({ each: true })
  readonly unitCodes: string[];
}
