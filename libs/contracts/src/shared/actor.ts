import { IsArray, IsEnum, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Role } from './role';
import { IsUnitCode } from './validators';

/** Who acts: a staff user or a department API client, as the gateway authenticated it. */
export class ActorV1 {
  /** User or API-client id. */
  @IsUUID(7)
  readonly id: string;

  /** Login name or client id, kept for the audit trail. */
  @IsString()
  @MaxLength(100)
  readonly name: string;

  /** Full name of a staff member, printed where they sign (slips, records). */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  readonly displayName?: string;

  /** `user` for staff, `client` for a department system. */
  @IsIn(['user', 'client'])
  readonly kind: 'user' | 'client';

  /** Roles granted at authentication. */
  @IsArray()
  @IsEnum(Role, { each: true })
  readonly roles: Role[];

  /** Unit the actor belongs to; department clients are always scoped to one. */
  @IsOptional()
  @IsUnitCode()
  readonly unitCode?: string;
}
