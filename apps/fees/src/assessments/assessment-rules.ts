import { AssessedFeeV1, AssessmentStatus, FeeKind } from '@motcua/contracts';
import type { ProcedureCopy } from '../catalog/procedure-copy.entity';
import type { Allocation } from '../payments/payment.entity';
import { AssessmentError, AssessmentErrorCode } from './assessments.errors';

/** `200.000 đồng`: an amount as Vietnamese staff read it. */
export function formatDong(amountDong: number): string {
  return `${amountDong.toLocaleString('vi-VN')} đồng`;
}

/** Receipts are issued per kind in this order: phí, then lệ phí. */
export const KIND_ORDER: readonly FeeKind[] = [FeeKind.Phi, FeeKind.LePhi];

/** The fee lines of a procedure version, phí and lệ phí kept apart, and what they add up to. */
export function assessFees(procedure: ProcedureCopy): {
  items: AssessedFeeV1[];
  totalDong: number;
  status: AssessmentStatus;
} {
  const items = procedure.fees.map(({ kind, name, amountDong }) => ({ kind, name, amountDong }));
  const totalDong = items.reduce((sum, item) => sum + item.amountDong, 0);
  return { items, totalDong, status: totalDong > 0 ? AssessmentStatus.Due : AssessmentStatus.NothingDue };
}

/** Status of an assessment after a payment, from what is paid. */
export function statusAfterPayment(totalDong: number, paidDong: number): AssessmentStatus {
  return paidDong >= totalDong ? AssessmentStatus.Paid : AssessmentStatus.PartlyPaid;
}

/** Processing waits (status 6) while a pay-first procedure still has something owed. */
export function awaitsPayment(assessment: {
  payBeforeProcessing: boolean;
  status: AssessmentStatus;
}): boolean {
  return (
    assessment.payBeforeProcessing &&
    (assessment.status === AssessmentStatus.Due || assessment.status === AssessmentStatus.PartlyPaid)
  );
}

/**
 * Checks a payment against what is owed: the whole outstanding amount, or less when the procedure allows
 * partial payments. Refuses a dossier that owes nothing, is paid or waived, or is not assessed yet.
 */
export function checkPayable(
  assessment: {
    status: AssessmentStatus;
    totalDong: number;
    paidDong: number;
    partialPaymentAllowed: boolean;
  },
  amountDong: number,
): void {
  switch (assessment.status) {
    case AssessmentStatus.NothingDue:
      throw new AssessmentError(AssessmentErrorCode.NothingDue, 'Hồ sơ không phải nộp phí, lệ phí');
    case AssessmentStatus.Paid:
    case AssessmentStatus.Waived:
      throw new AssessmentError(
        AssessmentErrorCode.AlreadySettled,
        assessment.status === AssessmentStatus.Paid
          ? 'Hồ sơ đã nộp đủ phí, lệ phí'
          : 'Phí, lệ phí của hồ sơ đã được miễn',
      );
    case AssessmentStatus.AwaitingProcedure:
      throw new AssessmentError(
        AssessmentErrorCode.NotAssessed,
        'Chưa xác định được phí, lệ phí của hồ sơ (thủ tục chưa được đồng bộ), vui lòng thử lại sau',
      );
    case AssessmentStatus.Due:
    case AssessmentStatus.PartlyPaid:
      break;
  }
  const outstanding = assessment.totalDong - assessment.paidDong;
  const shown = formatDong(outstanding);
  const isAcceptable =
    amountDong === outstanding || (assessment.partialPaymentAllowed && amountDong < outstanding);
  if (!isAcceptable) {
    const message = assessment.partialPaymentAllowed
      ? `Số tiền không được vượt quá số còn phải nộp (${shown})`
      : `Số tiền phải đúng bằng số phải nộp (${shown}); thủ tục không cho phép nộp từng phần`;
    throw new AssessmentError(AssessmentErrorCode.WrongAmount, message, [
      { field: 'amountDong', constraint: 'equalsOutstanding', message, outstandingDong: outstanding },
    ]);
  }
}

/**
 * Splits a payment over the fee kinds still owed, phí first: each kind with a share gets its own receipt.
 * `paidBefore` are the allocations of earlier payments.
 */
export function allocate(
  items: readonly AssessedFeeV1[],
  paidBefore: readonly Allocation[],
  amountDong: number,
): Allocation[] {
  let left = amountDong;
  const allocations: Allocation[] = [];
  for (const kind of KIND_ORDER) {
    const owed =
      items.filter((item) => item.kind === kind).reduce((sum, item) => sum + item.amountDong, 0) -
      paidBefore.filter((a) => a.kind === kind).reduce((sum, a) => sum + a.amountDong, 0);
    const share = Math.min(owed, left);
    if (share > 0) allocations.push({ kind, amountDong: share });
    left -= share;
  }
  return allocations;
}
