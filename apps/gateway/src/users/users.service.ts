import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@motcua/contracts';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { hashSecret } from '../auth/passwords';
import { User } from './user.entity';
import {
  CreateUserBody,
  PasswordResetDto,
  UserCreatedDto,
  UserDto,
  UserPageDto,
  UserProfileBody,
  hasUnitRole,
} from './users.dto';
import { UserError, UserErrorCode } from './users.errors';

const UNIQUE_VIOLATION = '23505';

export const toUserDto = (user: User): UserDto => ({
  id: user.id,
  username: user.username,
  fullName: user.fullName,
  roles: user.roles,
  unitCode: user.unitCode,
  isActive: user.isActive,
  createdAt: user.createdAt.toISOString(),
});

/** 16 characters from 96 random bits, for a password the admin hands over once. */
const generatePassword = () => randomBytes(12).toString('base64url');

// Center-wide staff carry no unit; a user acting for a unit must name one.
function unitOf(profile: UserProfileBody): string | null {
  if (!hasUnitRole(profile.roles)) return null;
  if (!profile.unitCode) throw new UserError(UserErrorCode.UnitRequired);
  return profile.unitCode;
}

// Lower case without diacritics, `đ` as `d`: "thu phi" finds "Phạm Thị Thu Phí".
const fold = (expression: string) =>
  `translate(regexp_replace(normalize(lower(${expression}), NFD), '[\\u0300-\\u036f]', '', 'g'), 'đ', 'd')`;

const isAdmin = (user: Pick<User, 'roles' | 'isActive'>) => user.isActive && user.roles.includes(Role.Admin);

/**
 * Staff accounts: an admin creates them, edits roles and unit, disables and enables them and resets their
 * password. At least one active admin always remains. A disabled user can no longer log in; a token issued
 * before works until it expires (`MOTCUA_JWT_TTL_SECONDS`).
 */
@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listUsers(query: { q?: string; role?: Role; page: number; pageSize: number }): Promise<UserPageDto> {
    const builder = this.dataSource.getRepository(User).createQueryBuilder('u');
    const q = query.q?.trim();
    if (q) {
      builder.andWhere(
        `(${fold('u.username')} LIKE ${fold(':pattern')} OR ${fold('u.fullName')} LIKE ${fold(':pattern')})`,
        {
          pattern: `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
        },
      );
    }
    if (query.role) builder.andWhere(':role = ANY(u.roles)', { role: query.role });
    const [users, total] = await builder
      .orderBy('u.username', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: users.map(toUserDto), total };
  }

  async createUser(body: CreateUserBody): Promise<UserCreatedDto> {
    const unitCode = unitOf(body);
    const generatedPassword = body.password ? null : generatePassword();
    const user: User = {
      id: uuidv7(),
      username: body.username,
      fullName: body.fullName,
      passwordHash: await hashSecret(body.password ?? generatedPassword ?? ''),
      roles: [...new Set(body.roles)],
      unitCode,
      isActive: true,
      createdAt: new Date(),
    };
    try {
      await this.dataSource.getRepository(User).insert(user);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new UserError(UserErrorCode.UsernameTaken);
      }
      throw error;
    }
    return { user: toUserDto(user), generatedPassword };
  }

  /** New full name, roles and unit; refused when it would leave no active admin. */
  async updateUser(id: string, profile: UserProfileBody): Promise<UserDto> {
    const unitCode = unitOf(profile);
    const roles = [...new Set(profile.roles)];
    return this.changeGuardingAdmins(id, (user) => ({
      ...user,
      fullName: profile.fullName,
      roles,
      unitCode,
    }));
  }

  async disableUser(actorId: string, id: string): Promise<UserDto> {
    if (actorId === id) throw new UserError(UserErrorCode.SelfDisable);
    return this.changeGuardingAdmins(id, (user) => ({ ...user, isActive: false }));
  }

  async enableUser(id: string): Promise<UserDto> {
    return this.changeGuardingAdmins(id, (user) => ({ ...user, isActive: true }));
  }

  /** Sets the admin's password, or generates one returned once. */
  async resetPassword(id: string, password?: string): Promise<PasswordResetDto> {
    const generatedPassword = password ? null : generatePassword();
    const passwordHash = await hashSecret(password ?? generatedPassword ?? '');
    const { affected } = await this.dataSource.getRepository(User).update({ id }, { passwordHash });
    if (!affected) throw new UserError(UserErrorCode.NotFound);
    return { generatedPassword };
  }

  // Active admins are locked while one changes, so two admins demoting each other cannot leave none.
  private changeGuardingAdmins(id: string, change: (user: User) => User): Promise<UserDto> {
    return this.dataSource.transaction(async (tx) => {
      const admins = await this.lockActiveAdmins(tx);
      const user = await tx.getRepository(User).findOneBy({ id });
      if (!user) throw new UserError(UserErrorCode.NotFound);
      const changed = change(user);
      if (isAdmin(user) && !isAdmin(changed) && admins.length <= 1) {
        throw new UserError(UserErrorCode.LastAdmin);
      }
      await tx.getRepository(User).save(changed);
      return toUserDto(changed);
    });
  }

  private lockActiveAdmins(tx: EntityManager): Promise<User[]> {
    return tx
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.isActive')
      .andWhere(':admin = ANY(u.roles)', { admin: Role.Admin })
      .setLock('pessimistic_write')
      .getMany();
  }
}
