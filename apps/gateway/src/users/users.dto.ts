import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsUnitCode, Label, Role, inheritLabels } from '@motcua/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PageQuery } from '../http/page-query';

/** Roles that act for one unit, so a user holding one needs a unit code. */
export const UNIT_ROLES: readonly Role[] = [Role.Officer, Role.UnitLead];

export const hasUnitRole = (roles: readonly Role[] | undefined) =>
  (roles ?? []).some((role) => UNIT_ROLES.includes(role));

/** Shortest password an admin may set; a generated one is longer. */
export const MIN_PASSWORD_LENGTH = 10;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'chuyenvien.stp' })
  username: string;

  @ApiProperty({ example: 'Trần Văn Chuyên Viên' })
  fullName: string;

  @ApiProperty({ enum: Role, isArray: true })
  roles: Role[];

  @ApiProperty({ example: '000.00.20.H41', nullable: true })
  unitCode: string | null;

  @ApiProperty({ description: 'False once disabled: the user can no longer log in' })
  isActive: boolean;

  @ApiProperty()
  createdAt: string;
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] })
  items: UserDto[];

  @ApiProperty()
  total: number;
}

export class UserCreatedDto {
  @ApiProperty({ type: UserDto })
  user: UserDto;

  @ApiPropertyOptional({
    description: 'Shown once: the generated password when the admin did not set one',
    nullable: true,
  })
  generatedPassword: string | null;
}

export class PasswordResetDto {
  @ApiPropertyOptional({
    description: 'Shown once: the generated password when the admin did not set one',
    nullable: true,
  })
  generatedPassword: string | null;
}

export class ListUsersQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the username or the full name' })
  @Label('Từ khóa')
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: Role })
  @Label('Vai trò')
  @IsOptional()
  @IsEnum(Role)
  role?: Role;
}

export class UserProfileBody {
  @ApiProperty({ example: 'Trần Văn Chuyên Viên' })
  @Label('Họ và tên')
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName: string;

  @ApiProperty({ enum: Role, isArray: true, example: [Role.Officer] })
  @Label('Vai trò')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsEnum(Role, { each: true })
  roles: Role[];

  @ApiPropertyOptional({
    example: '000.00.20.H41',
    description: 'Required for officers and unit leads; ignored for Center-wide staff',
  })
  @Label('Mã đơn vị')
  @IsOptional()
  @IsUnitCode()
  unitCode?: string;
}

export class PasswordBody {
  @ApiPropertyOptional({
    minLength: MIN_PASSWORD_LENGTH,
    description: 'Set by the admin; left out, a password is generated and shown once',
  })
  @Label('Mật khẩu')
  @IsOptional()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password?: string;
}

export class CreateUserBody extends IntersectionType(UserProfileBody, PasswordBody) {
  @ApiProperty({
    example: 'chuyenvien.stp',
    description: 'Lower-case letters, digits, dot, dash, underscore',
  })
  @Label('Tên đăng nhập')
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{2,49}$/)
  username: string;
}
inheritLabels(CreateUserBody, UserProfileBody);
inheritLabels(CreateUserBody, PasswordBody);
