import { Role } from '@motcua/contracts';
import type { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ApiClient } from '../api-clients/api-client.entity';
import { hashSecret } from '../auth/passwords';
import { User } from './user.entity';

/** The demo department: Sở Tư pháp (code as in the domain brief's example). */
export const DEMO_UNIT_CODE = '000.00.20.H41';

export const DEMO_CLIENT_ID = 'demo-so-tu-phap';

const DEMO_USERS: { role: Role; fullName: string; unitCode: string | null }[] = [
  { role: Role.Reception, fullName: 'Nguyễn Thị Tiếp Nhận', unitCode: null },
  { role: Role.Officer, fullName: 'Trần Văn Chuyên Viên', unitCode: DEMO_UNIT_CODE },
  { role: Role.UnitLead, fullName: 'Lê Văn Lãnh Đạo', unitCode: DEMO_UNIT_CODE },
  { role: Role.Cashier, fullName: 'Phạm Thị Thu Phí', unitCode: null },
  { role: Role.Postal, fullName: 'Hoàng Văn Bưu Điện', unitCode: null },
  { role: Role.Manager, fullName: 'Võ Thị Giám Đốc', unitCode: null },
  { role: Role.Admin, fullName: 'Quản Trị Hệ Thống', unitCode: null },
];

/**
 * One demo user per role, named after it, and one department client, all with `password`. Only what is
 * missing is created, so running it twice changes nothing and never resets a changed password.
 */
export async function seedDemoIdentities(dataSource: DataSource, password: string): Promise<void> {
  const passwordHash = await hashSecret(password);
  const now = new Date();
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(User)
    .values(
      DEMO_USERS.map(({ role, fullName, unitCode }) => ({
        id: uuidv7(),
        username: role,
        fullName,
        passwordHash,
        roles: [role],
        unitCode,
        isActive: true,
        createdAt: now,
      })),
    )
    .orIgnore()
    .execute();
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(ApiClient)
    .values({
      id: uuidv7(),
      clientId: DEMO_CLIENT_ID,
      name: 'Hệ thống một cửa Sở Tư pháp (demo)',
      secretHash: passwordHash,
      roles: [Role.Officer],
      unitCode: DEMO_UNIT_CODE,
      isActive: true,
      createdAt: now,
    })
    .orIgnore()
    .execute();
}
