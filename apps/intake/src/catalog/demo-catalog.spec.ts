import {
  Channel,
  CounterDefinitionV1,
  FeeKind,
  ProcedureDefinitionV1,
  TimeUnit,
  UnitDefinitionV1,
  validateContract,
} from '@motcua/contracts';
import { DEMO_COUNTERS } from '../counters/demo-counters';
import { DEMO_UNITS } from '../units/demo-units';
import { DEMO_PROCEDURES } from './demo-procedures';

const unitCodes = new Set(DEMO_UNITS.map((unit) => unit.code));

describe('Demo seed of the Nghệ An Center', () => {
  describe('units', () => {
    it.each(DEMO_UNITS.map((unit) => [unit.code, unit] as const))(
      '%s should satisfy UnitDefinitionV1',
      async (_code, unit) => {
        const result = await validateContract(UnitDefinitionV1, unit);

        expect(result.ok ? [] : result.errors).toEqual([]);
      },
    );

    it('should list UBND tỉnh Nghệ An with its real code, the Center and at least 14 departments', () => {
      expect(DEMO_UNITS.find((unit) => unit.code === '000.00.00.H41')).toMatchObject({
        kind: 'provincial_committee',
        isDemoData: false,
      });
      expect(DEMO_UNITS.filter((unit) => unit.kind === 'center')).toHaveLength(1);
      expect(DEMO_UNITS.filter((unit) => unit.kind === 'department').length).toBeGreaterThanOrEqual(14);
    });

    it('should give Sở Tư pháp the code the rest of the code base uses', () => {
      expect(DEMO_UNITS.find((unit) => unit.code === '000.00.20.H41')).toMatchObject({
        kind: 'department',
        name: 'Sở Tư pháp tỉnh Nghệ An',
      });
    });

    it('should keep the provincial Police off e-receipts', () => {
      const police = DEMO_UNITS.filter((unit) => unit.kind === 'police');

      expect(police).toHaveLength(1);
      expect(police[0].canIssueEReceipts).toBe(false);
    });

    it('should use unique codes, flag every invented code as demo data and name only known parents', () => {
      expect(unitCodes.size).toBe(DEMO_UNITS.length);
      for (const unit of DEMO_UNITS) {
        if (unit.code !== '000.00.00.H41') expect(unit.isDemoData).toBe(true);
        if (unit.parentCode) expect(unitCodes).toContain(unit.parentCode);
      }
      // The catalog tests use 000.00.99.H41 as a unit that does not exist.
      expect(unitCodes).not.toContain('000.00.99.H41');
    });
  });

  describe('counters', () => {
    it.each(DEMO_COUNTERS.map((counter) => [counter.number, counter] as const))(
      'counter %i should satisfy CounterDefinitionV1',
      async (_number, counter) => {
        const result = await validateContract(CounterDefinitionV1, counter);

        expect(result.ok ? [] : result.errors).toEqual([]);
      },
    );

    it('should have the 37 counters of the seed article numbered 1–37: 34 intake, 1 inter-agency, 2 result-return', () => {
      const main = DEMO_COUNTERS.filter((counter) => counter.number <= 37);
      const count = (kind: CounterDefinitionV1['kind']) =>
        main.filter((counter) => counter.kind === kind).length;

      expect(main.map((counter) => counter.number).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 37 }, (_, i) => i + 1),
      );
      expect(count('intake')).toBe(34);
      expect(count('inter_agency')).toBe(1);
      expect(count('result_return')).toBe(2);
    });

    it('should add the postal counter (38) and the fee counter (39)', () => {
      expect(DEMO_COUNTERS).toHaveLength(39);
      expect(DEMO_COUNTERS.find((counter) => counter.number === 38)?.kind).toBe('postal');
      expect(DEMO_COUNTERS.find((counter) => counter.number === 39)?.kind).toBe('fee');
    });

    it('should map every intake counter to existing units and the inter-agency counter to UBND tỉnh', () => {
      for (const counter of DEMO_COUNTERS.filter((c) => c.kind === 'intake')) {
        expect(counter.unitCodes.length).toBeGreaterThan(0);
        for (const code of counter.unitCodes) expect(unitCodes).toContain(code);
      }
      expect(DEMO_COUNTERS.find((counter) => counter.kind === 'inter_agency')?.unitCodes).toEqual([
        '000.00.00.H41',
      ]);
      for (const counter of DEMO_COUNTERS.filter((c) =>
        ['result_return', 'postal', 'fee'].includes(c.kind),
      )) {
        expect(counter.unitCodes).toEqual([]);
      }
    });

    it('should give every department an intake counter and let the low-volume ones share one', () => {
      const served = new Set(DEMO_COUNTERS.filter((c) => c.kind === 'intake').flatMap((c) => c.unitCodes));
      for (const unit of DEMO_UNITS.filter((u) => u.kind === 'department' || u.kind === 'police')) {
        expect(served).toContain(unit.code);
      }
      expect(DEMO_COUNTERS.some((counter) => counter.kind === 'intake' && counter.unitCodes.length > 1)).toBe(
        true,
      );
    });

    it('should name counters in Vietnamese after their number', () => {
      for (const counter of DEMO_COUNTERS)
        expect(counter.name.startsWith(`Quầy ${counter.number} - `)).toBe(true);
    });
  });

  describe('procedures', () => {
    it.each(DEMO_PROCEDURES.map((procedure) => [procedure.code, procedure] as const))(
      '%s should satisfy ProcedureDefinitionV1',
      async (_code, procedure) => {
        const result = await validateContract(ProcedureDefinitionV1, procedure);

        expect(result.ok ? [] : result.errors).toEqual([]);
      },
    );

    it('should hold at least 30 procedures with unique codes', () => {
      expect(DEMO_PROCEDURES.length).toBeGreaterThanOrEqual(30);
      expect(new Set(DEMO_PROCEDURES.map((p) => p.code)).size).toBe(DEMO_PROCEDURES.length);
    });

    it('should cover at least 8 sectors, including those the issue names', () => {
      const sectors = new Set(DEMO_PROCEDURES.map((p) => p.sector));

      expect(sectors.size).toBeGreaterThanOrEqual(8);
      for (const sector of [
        'Thành lập và hoạt động của doanh nghiệp',
        'Hoạt động xây dựng',
        'Đất đai',
        'Hộ tịch',
        'Lý lịch tư pháp',
        'Chứng thực',
        'Văn hóa',
        'Lữ hành',
        'Hội nghị, hội thảo quốc tế',
        'Đường bộ',
      ]) {
        expect(sectors).toContain(sector);
      }
    });

    it('should name only handling units of the demo directory', () => {
      for (const procedure of DEMO_PROCEDURES) {
        for (const code of procedure.handlingUnitCodes) expect(unitCodes).toContain(code);
      }
    });

    it('should include the same-day civil-status and certification copies with the 15:00 cut-off', () => {
      for (const code of ['2.000635', '2.000908']) {
        expect(DEMO_PROCEDURES.find((p) => p.code === code)?.processingTime).toEqual({
          amount: 0,
          unit: TimeUnit.WorkingDays,
          sameDayCutoff: '15:00',
        });
      }
    });

    it('should cover calendar days, inter-agency, postal exclusion, phí with lệ phí, and free procedures', () => {
      expect(DEMO_PROCEDURES.some((p) => p.processingTime.unit === TimeUnit.CalendarDays)).toBe(true);
      expect(
        DEMO_PROCEDURES.some((p) => p.interAgency && p.handlingUnitCodes.includes('000.00.00.H41')),
      ).toBe(true);
      expect(DEMO_PROCEDURES.some((p) => !p.channels.includes(Channel.Postal))).toBe(true);
      expect(
        DEMO_PROCEDURES.some(
          (p) =>
            p.fees.some((fee) => fee.kind === FeeKind.Phi) &&
            p.fees.some((fee) => fee.kind === FeeKind.LePhi),
        ),
      ).toBe(true);
      expect(DEMO_PROCEDURES.some((p) => p.fees.length === 0)).toBe(true);
    });

    it('should price fees in whole positive đồng and ask payment at submission only when something is due', () => {
      for (const procedure of DEMO_PROCEDURES) {
        for (const fee of procedure.fees) {
          expect(Number.isInteger(fee.amountDong)).toBe(true);
          expect(fee.amountDong).toBeGreaterThan(0);
        }
        if (procedure.payBeforeProcessing) expect(procedure.fees.length).toBeGreaterThan(0);
        expect(procedure.partialPaymentAllowed).toBe(false);
      }
    });

    it('should always accept direct submission and offer online exactly where there is an online service', () => {
      for (const procedure of DEMO_PROCEDURES) {
        expect(procedure.channels).toContain(Channel.Direct);
        expect(procedure.channels.includes(Channel.Online)).toBe(procedure.onlineLevel !== 'none');
      }
    });

    it('should flag procedures whose national code is invented (9.xxxxxx) as demo data', () => {
      for (const procedure of DEMO_PROCEDURES.filter((p) => p.code.startsWith('9.'))) {
        expect(procedure.isDemoData).toBe(true);
        // The catalog e2e test reserves 9.990001–9.990004 for its own procedures.
        expect(procedure.code.startsWith('9.99')).toBe(false);
      }
    });

    it('should keep the verified judicial-records procedure', () => {
      expect(DEMO_PROCEDURES.find((p) => p.code === '2.000488')).toMatchObject({
        sector: 'Lý lịch tư pháp',
        isDemoData: false,
        processingTime: { amount: 10, unit: TimeUnit.CalendarDays },
        fees: [{ kind: FeeKind.Phi, amountDong: 200_000 }],
      });
    });
  });
});
