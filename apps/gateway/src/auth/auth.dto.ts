import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Label, Role } from '@motcua/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginBody {
  @ApiProperty({ example: 'reception' })
  @Label('Tên đăng nhập')
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  username: string;

  @ApiProperty({ example: 'motcua-demo' })
  @Label('Mật khẩu')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}

export class ClientTokenBody {
  @ApiProperty({ example: 'so-tu-phap' })
  @Label('Mã ứng dụng')
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  clientId: string;

  @ApiProperty()
  @Label('Khóa bí mật')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  clientSecret: string;
}

export class ActorDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Username or client id' })
  name: string;

  @ApiPropertyOptional({ example: 'Nguyễn Thị Tiếp Nhận' })
  displayName?: string;

  @ApiProperty({ enum: ['user', 'client'] })
  kind: 'user' | 'client';

  @ApiProperty({ enum: Role, isArray: true })
  roles: Role[];

  @ApiPropertyOptional({ example: '000.00.20.H41' })
  unitCode?: string;
}

export class TokenDto {
  @ApiProperty()
  accessToken: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ description: 'Seconds until the token expires' })
  expiresIn: number;

  @ApiProperty({ type: ActorDto })
  actor: ActorDto;
}
