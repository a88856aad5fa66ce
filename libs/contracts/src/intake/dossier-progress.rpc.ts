import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ActorV1 } from '../shared/actor';
import { DossierStatus } from '../shared/dossier-status';
import { IsUnitCode } from '../shared/validators';
import { Label } from '../validation';
import { DossierV1 } from './dossier.rpc';

export const RECEIVE_SUPPLEMENT_V1 = 'intake.dossier.supplement.receive.v1';
export const RETURN_RESULT_V1 = 'intake.dossier.result.return.v1';
export const LIST_DOSSIERS_V1 = 'intake.dossier.list.v1';
export const EXPORT_DOSSIER_REGISTER_V1 = 'intake.dossier.register.export.v1';

/** Command: the applicant brought the documents a supplement request asked for (status 5 → 4). */
export class ReceiveSupplementV1 {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly idempotencyKey?: string;

  @IsUUID()
  readonly dossierId: string;

  @Label('Giấy tờ bổ sung')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  readonly documents: string[];

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

/** Command: the return counter hands the result to the applicant or their representative (status 9 → 10). */
export class ReturnResultV1 {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly idempotencyKey?: string;

  @IsUUID()
  readonly dossierId: string;

  /** Who signs for the result: the applicant or an authorised person. */
  @Label('Người nhận kết quả')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly receivedBy: string;

  @Label('Ghi chú')
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  readonly note?: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

/** Which dossiers a list shows. */
export enum DossierListView {
  All = 'all',
  /** Resolved, with the result at the Center: the return counter's list. */
  ReadyForReturn = 'ready_for_return',
}

/** Query: dossiers as received, newest first, paged; `q` matches a code, a phone number or a name. */
export class ListDossiersV1 {
  @Label('Danh sách')
  @IsEnum(DossierListView)
  readonly view: DossierListView;

  @Label('Từ khóa')
  @IsOptional()
  @IsString()
  @MaxLength(200)
  readonly q?: string;

  @Label('Trạng thái')
  @IsOptional()
  @IsEnum(DossierStatus)
  readonly status?: DossierStatus;

  @Label('Đơn vị giải quyết')
  @IsOptional()
  @IsUnitCode()
  readonly handlingUnitCode?: string;

  @Label('Trang')
  @IsInt()
  @Min(1)
  @Max(10_000)
  readonly page: number;

  @Label('Số dòng mỗi trang')
  @IsInt()
  @Min(1)
  @Max(200)
  readonly pageSize: number;
}

export class DossierPageV1 {
  @ValidateNested({ each: true })
  @Type(() => DossierV1)
  readonly items: DossierV1[];

  @IsInt()
  readonly total: number;

  @IsInt()
  readonly page: number;

  @IsInt()
  readonly pageSize: number;
}

export const REGISTER_FORMATS = ['csv', 'xlsx'] as const;
export type RegisterFormat = (typeof REGISTER_FORMATS)[number];

/** Query: the dossier register (form 06, sổ theo dõi hồ sơ) of dossiers received in a period. */
export class ExportDossierRegisterV1 {
  @Label('Từ ngày')
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  readonly from: string;

  @Label('Đến ngày')
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  readonly to: string;

  @Label('Đơn vị giải quyết')
  @IsOptional()
  @IsUnitCode()
  readonly handlingUnitCode?: string;

  @Label('Định dạng')
  @IsIn(REGISTER_FORMATS)
  readonly format: RegisterFormat;
}

export class ExportedFileV1 {
  @IsString()
  readonly filename: string;

  @IsIn(['text/csv; charset=utf-8', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'])
  readonly contentType: string;

  @IsString()
  readonly contentBase64: string;
}
