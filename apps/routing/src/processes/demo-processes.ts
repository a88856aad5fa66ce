import { ProcessDefinitionV1, ProcessStepV1, ProcessingTimeV1, Role, TimeUnit } from '@motcua/contracts';
import type { DataSource } from 'typeorm';
import { ProcessVersion } from './process-version.entity';
import { checkProcess, timeLimitHours } from './process-rules';
import { insertProcessVersion } from './processes.service';

/*
 * Demo internal processes (quy trình nội bộ). Invented for the demo, like the department codes: the real
 * processes are each department's, approved by UBND tỉnh. Unit codes as in intake's demo directory:
 * 000.00.00.H41 UBND tỉnh (real), 000.00.10.H41 Sở KH&ĐT, 000.00.12.H41 Sở Xây dựng, 000.00.11.H41 Sở Tài
 * chính, 000.00.13.H41 Sở TN&MT, 000.00.20.H41 Sở Tư pháp.
 */
const UBND_TINH = '000.00.00.H41';
const SO_KHDT = '000.00.10.H41';
const SO_TAI_CHINH = '000.00.11.H41';
const SO_XAY_DUNG = '000.00.12.H41';
const SO_TNMT = '000.00.13.H41';
const SO_TU_PHAP = '000.00.20.H41';

function step(
  key: string,
  name: string,
  unitCode: string,
  role: Role.Officer | Role.UnitLead,
  days: number,
  next: string[],
): ProcessStepV1 {
  return { key, name, unitCode, role, duration: { amount: days, unit: TimeUnit.WorkingDays }, next };
}

export const DEMO_PROCESSES: ProcessDefinitionV1[] = [
  // Inter-agency (liên thông), decided by UBND tỉnh: Sở KH&ĐT appraises, Sở Xây dựng gives its opinion,
  // UBND tỉnh decides; the result goes back to the Center. 22 of the 25 working days in 35 calendar days.
  {
    procedureCode: '9.800001',
    steps: [
      step('tham-dinh', 'Thẩm định hồ sơ', SO_KHDT, Role.Officer, 10, ['lay-y-kien']),
      step('lay-y-kien', 'Cho ý kiến về quy hoạch, xây dựng', SO_XAY_DUNG, Role.Officer, 5, ['quyet-dinh']),
      step('quyet-dinh', 'Quyết định chấp thuận chủ trương đầu tư', UBND_TINH, Role.UnitLead, 7, []),
    ],
  },
  // Inter-agency with parallel opinions that join: Sở TN&MT appraises, Sở Xây dựng and Sở Tài chính give
  // their opinions at once, Sở TN&MT sums up, UBND tỉnh decides. 17 of 20 working days.
  {
    procedureCode: '9.800002',
    steps: [
      step('tham-dinh', 'Thẩm định hồ sơ', SO_TNMT, Role.Officer, 6, ['y-kien-xay-dung', 'y-kien-tai-chinh']),
      step('y-kien-xay-dung', 'Cho ý kiến về quy hoạch', SO_XAY_DUNG, Role.Officer, 3, ['tong-hop']),
      step('y-kien-tai-chinh', 'Cho ý kiến về giá đất', SO_TAI_CHINH, Role.Officer, 3, ['tong-hop']),
      step('tong-hop', 'Tổng hợp, trình UBND tỉnh', SO_TNMT, Role.UnitLead, 3, ['quyet-dinh']),
      step('quyet-dinh', 'Quyết định giao đất, cho thuê đất', UBND_TINH, Role.UnitLead, 5, []),
    ],
  },
  // Ordinary: an officer appraises, the unit lead signs. 6 of the 7 working days in 10 calendar days.
  {
    procedureCode: '2.000488',
    steps: [
      step('tham-dinh', 'Thẩm định hồ sơ', SO_TU_PHAP, Role.Officer, 4, ['phe-duyet']),
      step('phe-duyet', 'Phê duyệt, ký kết quả', SO_TU_PHAP, Role.UnitLead, 2, []),
    ],
  },
];

/**
 * Publishes the demo processes whose procedures have none yet, each checked against its procedure's time
 * limit (given by the caller, who has the demo catalog: routing's copy fills only once intake's events flow).
 */
export async function seedDemoProcesses(
  dataSource: DataSource,
  timeLimits: ReadonlyMap<string, ProcessingTimeV1>,
): Promise<number> {
  let added = 0;
  for (const definition of DEMO_PROCESSES) {
    const time = timeLimits.get(definition.procedureCode);
    const { problems } = checkProcess(definition, time ? timeLimitHours(time) : null);
    if (problems.length > 0) {
      throw new Error(
        `demo process ${definition.procedureCode}: ${problems.map((p) => p.message).join('; ')}`,
      );
    }
    if (await dataSource.getRepository(ProcessVersion).existsBy({ procedureCode: definition.procedureCode }))
      continue;
    await dataSource.transaction((tx) => insertProcessVersion(tx, definition, 'demo-seed'));
    added += 1;
  }
  return added;
}
