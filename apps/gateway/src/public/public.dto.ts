import { ApiProperty } from '@nestjs/swagger';
import { Label } from '@motcua/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LookupQuery {
  @ApiProperty({ example: '0912345678', description: "The applicant's phone, as given at reception" })
  @Label('Số điện thoại')
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  phone: string;
}
