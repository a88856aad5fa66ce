import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ActorV1 } from '../shared/actor';
import { Channel } from '../shared/channel';
import { IsProcedureCode } from '../shared/validators';
import { Label } from '../validation';

/**
 * What every command from a reception counter carries: the procedure, the channel, the counter, who acts,
 * and the client's idempotency key (the same key with the same content returns the first result).
 */
export abstract class CounterCommandV1 {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly idempotencyKey?: string;

  @Label('Mã thủ tục')
  @IsProcedureCode()
  readonly procedureCode: string;

  @Label('Kênh tiếp nhận')
  @IsEnum(Channel)
  readonly channel: Channel;

  @Label('Quầy tiếp nhận')
  @IsOptional()
  @IsInt()
  @Min(1)
  readonly counterNumber?: number;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}
