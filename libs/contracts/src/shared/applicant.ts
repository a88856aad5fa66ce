import { IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Label } from '../validation';
import { IsVietnameseMobile } from './validators';

/** The person or business that submits a dossier (người nộp / chủ hồ sơ). */
export class ApplicantV1 {
  /** Full name as on the citizen ID card or the business registration. */
  @Label('Họ và tên')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly fullName: string;

  /** Vietnamese mobile number in E.164 form (`+84912345678`). */
  @Label('Số điện thoại')
  @IsVietnameseMobile()
  readonly phone: string;

  @Label('Thư điện tử')
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  readonly email?: string;
}
