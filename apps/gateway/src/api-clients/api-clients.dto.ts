import { ApiProperty } from '@nestjs/swagger';
import { IsUnitCode, Label, Role } from '@motcua/contracts';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export class ApiClientDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'so-xay-dung' })
  clientId: string;

  @ApiProperty({ example: 'Hệ thống quản lý hồ sơ Sở Xây dựng' })
  name: string;

  @ApiProperty({ example: '000.00.12.H41' })
  unitCode: string;

  @ApiProperty({ enum: Role, isArray: true })
  roles: Role[];

  @ApiProperty({ description: 'False once revoked: no new token is issued' })
  isActive: boolean;

  @ApiProperty()
  createdAt: string;
}

export class ApiClientListDto {
  @ApiProperty({ type: [ApiClientDto] })
  items: ApiClientDto[];
}

export class ApiClientSecretDto {
  @ApiProperty({ type: ApiClientDto })
  client: ApiClientDto;

  @ApiProperty({ description: 'Shown once; only its argon2id hash is stored' })
  clientSecret: string;
}

export class CreateApiClientBody {
  @ApiProperty({ example: 'so-xay-dung', description: 'Lower-case letters, digits and dashes' })
  @Label('Mã ứng dụng')
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{2,62}$/)
  clientId: string;

  @ApiProperty({ example: '000.00.12.H41' })
  @Label('Mã đơn vị')
  @IsUnitCode()
  unitCode: string;

  @ApiProperty({ example: 'Hệ thống quản lý hồ sơ Sở Xây dựng' })
  @Label('Tên ứng dụng')
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;
}
