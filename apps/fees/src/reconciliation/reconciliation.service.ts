import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CloseDayV1,
  CorrectionAction,
  DayCloseV1,
  GetPeriodReportV1,
  GetReconciliationV1,
  MethodTotalV1,
  PaymentMethod,
  PeriodDayV1,
  PeriodReportV1,
  ReconciliationV1,
} from '@motcua/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { CounterDay } from './counter-day.entity';
import { ReconciliationError, ReconciliationErrorCode } from './reconciliation.errors';

const MAX_PERIOD_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Which rows a reconciliation covers: a day (or period), optionally one counter or one unit. */
interface Scope {
  readonly from: string;
  readonly to: string;
  readonly counterNumber?: number;
  readonly unitCode?: string;
}

// `WHERE` of a scope over a table with `day`, `counter_number` and `unit_code` columns.
function where(scope: Scope): { sql: string; params: unknown[] } {
  const params: unknown[] = [scope.from, scope.to];
  let sql = 'day BETWEEN $1 AND $2';
  if (scope.counterNumber !== undefined) {
    params.push(scope.counterNumber);
    sql += ` AND counter_number = $${params.length}`;
  }
  if (scope.unitCode !== undefined) {
    params.push(scope.unitCode);
    sql += ` AND unit_code = $${params.length}`;
  }
  return { sql, params };
}

const toInt = (value: unknown): number => Number(value ?? 0);

function dayClosedError(day: string, counterNumber: number): ReconciliationError {
  return new ReconciliationError(
    ReconciliationErrorCode.DayClosed,
    `Quầy ${counterNumber} đã chốt sổ ngày ${day}, không ghi nhận thêm được`,
    { day, counterNumber },
  );
}

/** The cashier's day: totals by method, receipts and corrections, expected against counted cash, the close. */
@Injectable()
export class ReconciliationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Called by a counter payment in its transaction: refuses a closed day, and holds the day open (shared
   * lock) until the payment commits, so a close waits for it and counts it.
   */
  async holdOpenDay(tx: EntityManager, day: string, counterNumber: number): Promise<void> {
    await tx.query(
      `INSERT INTO fees.counter_days (day, counter_number) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [day, counterNumber],
    );
    const [row]: { closed_at: Date | null }[] = await tx.query(
      `SELECT closed_at FROM fees.counter_days WHERE day = $1 AND counter_number = $2 FOR SHARE`,
      [day, counterNumber],
    );
    if (row.closed_at) throw dayClosedError(day, counterNumber);
  }

  getReconciliation(request: GetReconciliationV1): Promise<ReconciliationV1> {
    return this.reconcile(this.dataSource.manager, request);
  }

  /** Closes a counter's day with the cash counted; the day takes no more payments. */
  closeDay(request: CloseDayV1): Promise<ReconciliationV1> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO fees.counter_days (day, counter_number) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [request.day, request.counterNumber],
      );
      const day = await tx.findOne(CounterDay, {
        where: { day: request.day, counterNumber: request.counterNumber },
        lock: { mode: 'pessimistic_write' },
      });
      if (day?.closedAt) throw dayClosedError(request.day, request.counterNumber);
      const before = await this.reconcile(tx, { day: request.day, counterNumber: request.counterNumber });
      await tx.update(
        CounterDay,
        { day: request.day, counterNumber: request.counterNumber },
        {
          closedAt: new Date(),
          closedBy: request.actor.id,
          closedByName: request.actor.displayName ?? request.actor.name,
          expectedCashDong: before.expectedCashDong,
          countedCashDong: request.countedCashDong,
          note: request.note ?? null,
        },
      );
      return this.reconcile(tx, { day: request.day, counterNumber: request.counterNumber });
    });
  }

  async getPeriodReport(request: GetPeriodReportV1): Promise<PeriodReportV1> {
    const days = (Date.parse(request.to) - Date.parse(request.from)) / DAY_MS;
    if (!(days >= 0 && days < MAX_PERIOD_DAYS)) {
      throw new ReconciliationError(
        ReconciliationErrorCode.InvalidPeriod,
        'Kỳ báo cáo không hợp lệ: "Từ ngày" phải trước "Đến ngày" và kỳ không quá một năm',
        [{ field: 'to', constraint: 'period', message: 'Kỳ báo cáo không hợp lệ' }],
      );
    }
    const scope: Scope = { from: request.from, to: request.to, unitCode: request.unitCode };
    const manager = this.dataSource.manager;
    const [payments, receipts, corrections] = await Promise.all([
      this.paymentTotals(manager, scope, ['day']),
      this.receiptCounts(manager, scope),
      this.correctionTotals(manager, scope),
    ]);
    const dayList = [
      ...new Set([...payments, ...receipts, ...corrections].map((row) => row.day as string)),
    ].sort();
    const perDay: PeriodDayV1[] = dayList.map((day) => {
      const byMethod = methodTotals(payments.filter((row) => row.day === day));
      const cancelled = corrections.filter(
        (row) => row.day === day && row.action === CorrectionAction.Cancel,
      );
      return {
        day,
        byMethod,
        totalDong: byMethod.reduce((sum, m) => sum + m.amountDong, 0),
        receiptsIssued: toInt(receipts.find((row) => row.day === day)?.count),
        receiptsCancelled: cancelled.reduce((sum, row) => sum + toInt(row.count), 0),
        refundedDong: cancelled.reduce((sum, row) => sum + toInt(row.amount), 0),
      };
    });
    const byMethod = methodTotals(payments);
    return {
      unitCode: request.unitCode,
      from: request.from,
      to: request.to,
      days: perDay,
      byMethod,
      totalDong: byMethod.reduce((sum, m) => sum + m.amountDong, 0),
      refundedDong: perDay.reduce((sum, d) => sum + d.refundedDong, 0),
    };
  }

  private async reconcile(manager: EntityManager, request: GetReconciliationV1): Promise<ReconciliationV1> {
    const scope: Scope = {
      from: request.day,
      to: request.day,
      ...(request.counterNumber === undefined ? {} : { counterNumber: request.counterNumber }),
      ...(request.unitCode === undefined ? {} : { unitCode: request.unitCode }),
    };
    const [lines, receipts, corrections, closes] = await Promise.all([
      this.paymentTotals(manager, scope, ['counter_number', 'unit_code']),
      this.receiptCounts(manager, scope),
      this.correctionTotals(manager, scope),
      this.closes(manager, request),
    ]);
    const byMethod = methodTotals(lines);
    const correctionCount = (action: CorrectionAction) =>
      corrections.filter((row) => row.action === action).reduce((sum, row) => sum + toInt(row.count), 0);
    const cancelled = corrections.filter((row) => row.action === CorrectionAction.Cancel);
    const cashIn = byMethod.find((m) => m.method === PaymentMethod.Cash)?.amountDong ?? 0;
    const cashBack = cancelled.reduce((sum, row) => sum + toInt(row.cash_amount), 0);
    return {
      day: request.day,
      ...(request.counterNumber === undefined ? {} : { counterNumber: request.counterNumber }),
      ...(request.unitCode === undefined ? {} : { unitCode: request.unitCode }),
      byMethod,
      totalDong: byMethod.reduce((sum, m) => sum + m.amountDong, 0),
      receipts: {
        issued: receipts.reduce((sum, row) => sum + toInt(row.count), 0),
        cancelled: correctionCount(CorrectionAction.Cancel),
        replaced: correctionCount(CorrectionAction.Replace),
        adjusted: correctionCount(CorrectionAction.Adjust),
      },
      refundedDong: cancelled.reduce((sum, row) => sum + toInt(row.amount), 0),
      expectedCashDong: cashIn - cashBack,
      lines: lines.map((row) => ({
        ...(row.counter_number === null ? {} : { counterNumber: toInt(row.counter_number) }),
        unitCode: row.unit_code as string,
        method: row.method as PaymentMethod,
        payments: toInt(row.count),
        amountDong: toInt(row.amount),
      })),
      closes,
    };
  }

  private paymentTotals(
    manager: EntityManager,
    scope: Scope,
    groupBy: readonly string[],
  ): Promise<Record<string, unknown>[]> {
    const { sql, params } = where(scope);
    const columns = [...groupBy, 'method'].join(', ');
    // Dates as text: the driver would turn them into local-midnight Date objects.
    const selected = [...groupBy, 'method'].map((column) => (column === 'day' ? 'day::text AS day' : column));
    return manager.query(
      `SELECT ${selected.join(', ')}, count(*) AS count, sum(amount_dong) AS amount FROM fees.payments
       WHERE ${sql} GROUP BY ${columns} ORDER BY ${columns}`,
      params,
    );
  }

  private receiptCounts(manager: EntityManager, scope: Scope): Promise<Record<string, unknown>[]> {
    const { sql, params } = where(scope);
    return manager.query(
      `SELECT day::text AS day, count(*) AS count FROM fees.receipts WHERE ${sql} AND number IS NOT NULL
       GROUP BY day`,
      params,
    );
  }

  private correctionTotals(manager: EntityManager, scope: Scope): Promise<Record<string, unknown>[]> {
    const { sql, params } = where(scope);
    return manager.query(
      `SELECT day::text AS day, action, count(*) AS count, sum(amount_dong) AS amount,
              sum(amount_dong) FILTER (WHERE method = 'cash') AS cash_amount
       FROM fees.receipt_corrections WHERE ${sql} GROUP BY day, action`,
      params,
    );
  }

  private async closes(manager: EntityManager, request: GetReconciliationV1): Promise<DayCloseV1[]> {
    const rows = await manager.find(CounterDay, {
      where: {
        day: request.day,
        ...(request.counterNumber === undefined ? {} : { counterNumber: request.counterNumber }),
      },
      order: { counterNumber: 'ASC' },
    });
    return rows
      .filter((row) => row.closedAt !== null)
      .map((row) => ({
        counterNumber: row.counterNumber,
        closedAt: (row.closedAt as Date).toISOString(),
        closedBy: row.closedBy as string,
        closedByName: row.closedByName as string,
        expectedCashDong: row.expectedCashDong ?? 0,
        countedCashDong: row.countedCashDong ?? 0,
        differenceDong: (row.countedCashDong ?? 0) - (row.expectedCashDong ?? 0),
        ...(row.note ? { note: row.note } : {}),
      }));
  }
}

function methodTotals(rows: readonly Record<string, unknown>[]): MethodTotalV1[] {
  return Object.values(PaymentMethod)
    .map((method) => {
      const own = rows.filter((row) => row.method === method);
      return {
        method,
        payments: own.reduce((sum, row) => sum + toInt(row.count), 0),
        amountDong: own.reduce((sum, row) => sum + toInt(row.amount), 0),
      };
    })
    .filter((total) => total.payments > 0);
}
