import { Role } from '@motcua/contracts';
import type { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ApiClient } from '../api-clients/api-client.entity';
import { hashSecret } from '../auth/passwords';
import { User } from './user.entity';

/** The demo department: Sở Tư pháp (code as in the domain brief's example). */
export const DEMO_UNIT_CODE = '000.00.20.H41';

export const DEMO_CLIENT_ID = 'demo-so-tu-phap';

/** Demo units of the inter-agency process (see apps/routing/src/processes/demo-processes.ts). */
export const DEMO_INTER_AGENCY_UNITS = {
  SO_KHDT: '000.00.10.H41',
  SO_XAY_DUNG: '000.00.12.H41',
  UBND_TINH: '000.00.00.H41',
} as const;

export const DEMO_INTER_AGENCY_CLIENT_ID = 'demo-so-xay-dung';

const DEMO_USERS: { role: Role; fullName: string; unitCode: string | null; username?: string }[] = [
  { role: Role.Reception, fullName: 'Nguyễn Thị Tiếp Nhận', unitCode: null },
  { role: Role.Officer, fullName: 'Trần Văn Chuyên Viên', unitCode: DEMO_UNIT_CODE },
  { role: Role.UnitLead, fullName: 'Lê Văn Lãnh Đạo', unitCode: DEMO_UNIT_CODE },
  { role: Role.Cashier, fullName: 'Phạm Thị Thu Phí', unitCode: null },
  { role: Role.Postal, fullName: 'Hoàng Văn Bưu Điện', unitCode: null },
  { role: Role.Manager, fullName: 'Võ Thị Giám Đốc', unitCode: null },
  { role: Role.Admin, fullName: 'Quản Trị Hệ Thống', unitCode: null },
  // Officers and leads along the demo inter-agency process: Sở KH&ĐT → Sở Xây dựng → UBND tỉnh.
  {
    role: Role.Officer,
    fullName: 'Nguyễn Văn Thẩm Định',
    unitCode: DEMO_INTER_AGENCY_UNITS.SO_KHDT,
    username: 'officer.khdt',
  },
  {
    role: Role.UnitLead,
    fullName: 'Hồ Thị Trưởng Phòng',
    unitCode: DEMO_INTER_AGENCY_UNITS.SO_KHDT,
    username: 'lead.khdt',
  },
  {
    role: Role.Officer,
    fullName: 'Đặng Văn Xây Dựng',
    unitCode: DEMO_INTER_AGENCY_UNITS.SO_XAY_DUNG,
    username: 'officer.xd',
  },
  {
    role: Role.UnitLead,
    fullName: 'Bùi Văn Chủ Tịch',
    unitCode: DEMO_INTER_AGENCY_UNITS.UBND_TINH,
    username: 'lead.ubnd',
  },
];

/**
 * One demo user per role, named after it, officers and leads of the demo inter-agency process, and two
 * department clients, all with `password`. Only what is
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
      DEMO_USERS.map(({ role, fullName, unitCode, username }) => ({
        id: uuidv7(),
        username: username ?? role,
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
    .values([
      {
        id: uuidv7(),
        clientId: DEMO_CLIENT_ID,
        name: 'Hệ thống một cửa Sở Tư pháp (demo)',
        secretHash: passwordHash,
        roles: [Role.Officer],
        unitCode: DEMO_UNIT_CODE,
        isActive: true,
        createdAt: now,
      },
      {
        id: uuidv7(),
        clientId: DEMO_INTER_AGENCY_CLIENT_ID,
        name: 'Hệ thống quản lý hồ sơ Sở Xây dựng (demo)',
        secretHash: passwordHash,
        roles: [Role.Officer],
        unitCode: DEMO_INTER_AGENCY_UNITS.SO_XAY_DUNG,
        isActive: true,
        createdAt: now,
      },
    ])
    .orIgnore()
    .execute();
}
