import { AssessmentStatus, FeeDue, FeeKind } from '@motcua/contracts';
import type { ProcedureCopy } from '../catalog/procedure-copy.entity';
import { allocate, assessFees, awaitsPayment, checkPayable, formatDong } from './assessment-rules';
import { AssessmentErrorCode } from './assessments.errors';

const PHI = { kind: FeeKind.Phi, name: 'Phí công bố', amountDong: 100_000 };
const LE_PHI = { kind: FeeKind.LePhi, name: 'Lệ phí đăng ký', amountDong: 50_000 };

function due(overrides: Partial<Parameters<typeof checkPayable>[0]> = {}) {
  return {
    status: AssessmentStatus.Due,
    totalDong: 150_000,
    paidDong: 0,
    partialPaymentAllowed: false,
    ...overrides,
  };
}

describe('assessment rules', () => {
  describe(assessFees.name, () => {
    it('should keep each fee line and add them up when the procedure charges', () => {
      const procedure = {
        fees: [
          { ...LE_PHI, due: FeeDue.AtReception },
          { ...PHI, due: FeeDue.AtReception },
        ],
      } as ProcedureCopy;

      const result = assessFees(procedure);

      expect(result).toEqual({ items: [LE_PHI, PHI], totalDong: 150_000, status: AssessmentStatus.Due });
    });

    it('should owe nothing when the procedure has no fee', () => {
      const result = assessFees({ fees: [] } as unknown as ProcedureCopy);

      expect(result.status).toBe(AssessmentStatus.NothingDue);
    });
  });

  describe(checkPayable.name, () => {
    it('should accept exactly what is owed', () => {
      expect(() => checkPayable(due(), 150_000)).not.toThrow();
    });

    it('should refuse less than owed when partial payment is not allowed, naming amountDong', () => {
      expect(() => checkPayable(due(), 100_000)).toThrow(
        expect.objectContaining({
          code: AssessmentErrorCode.WrongAmount,
          details: [expect.objectContaining({ field: 'amountDong' })],
        }),
      );
    });

    it('should accept part of what is owed when the procedure allows it, but never more', () => {
      const assessment = due({ partialPaymentAllowed: true });

      expect(() => checkPayable(assessment, 100_000)).not.toThrow();
      expect(() => checkPayable(assessment, 150_001)).toThrow(
        expect.objectContaining({ code: AssessmentErrorCode.WrongAmount }),
      );
    });

    it.each([
      [AssessmentStatus.NothingDue, AssessmentErrorCode.NothingDue],
      [AssessmentStatus.Paid, AssessmentErrorCode.AlreadySettled],
      [AssessmentStatus.Waived, AssessmentErrorCode.AlreadySettled],
      [AssessmentStatus.AwaitingProcedure, AssessmentErrorCode.NotAssessed],
    ])('should refuse a dossier whose fees are %s', (status, code) => {
      expect(() => checkPayable(due({ status }), 150_000)).toThrow(expect.objectContaining({ code }));
    });
  });

  describe(allocate.name, () => {
    it('should split a full payment by kind, phí first', () => {
      const allocations = allocate([LE_PHI, PHI], [], 150_000);

      expect(allocations).toEqual([
        { kind: FeeKind.Phi, amountDong: 100_000 },
        { kind: FeeKind.LePhi, amountDong: 50_000 },
      ]);
    });

    it('should give a later partial payment to what is still owed', () => {
      const allocations = allocate([LE_PHI, PHI], [{ kind: FeeKind.Phi, amountDong: 80_000 }], 40_000);

      expect(allocations).toEqual([
        { kind: FeeKind.Phi, amountDong: 20_000 },
        { kind: FeeKind.LePhi, amountDong: 20_000 },
      ]);
    });
  });

  describe(awaitsPayment.name, () => {
    it('should hold a pay-first dossier only while something is owed', () => {
      expect(awaitsPayment({ payBeforeProcessing: true, status: AssessmentStatus.PartlyPaid })).toBe(true);
      expect(awaitsPayment({ payBeforeProcessing: true, status: AssessmentStatus.Paid })).toBe(false);
      expect(awaitsPayment({ payBeforeProcessing: false, status: AssessmentStatus.Due })).toBe(false);
    });
  });

  describe(formatDong.name, () => {
    it('should group thousands with dots', () => {
      expect(formatDong(1_250_000)).toBe('1.250.000 đồng');
    });
  });
});
