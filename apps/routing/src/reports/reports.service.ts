import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { atVietnamTime } from '@motcua/calendar';
import {
  GetProcessingReportV1,
  ListReportDossiersV1,
  ProcessingReportV1,
  ReportCategory,
  ReportDossierListV1,
  ReportFiguresV1,
  ReportRowV1,
} from '@motcua/contracts';
import { DataSource } from 'typeorm';
import { TimeSource } from '../deadlines/time-source';
import { ReportError, ReportErrorCode } from './reports.errors';
import {
  CATEGORY_PREDICATES,
  GROUP_COLUMNS,
  PENDING_PREDICATE,
  RESOLVED_PREDICATE,
  periodDossiers,
} from './report-query';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_PERIOD_DAYS = 366;

const COLUMNS =
  'dossier_id, dossier_code, unit_code, procedure_code, sector_code, channel, status, timeliness, received_at, due_at, resolved_at, confirmed_at, ended_at';

type Counts = Omit<ReportFiguresV1, 'onTimeRate'>;

const COUNTED: Record<Exclude<keyof Counts, 'total' | 'resolved' | 'pending'>, ReportCategory> = {
  receivedOnline: ReportCategory.ReceivedOnline,
  receivedDirectAndPostal: ReportCategory.ReceivedDirectAndPostal,
  carriedOver: ReportCategory.CarriedOver,
  resolvedEarly: ReportCategory.ResolvedEarly,
  resolvedOnTime: ReportCategory.ResolvedOnTime,
  resolvedLate: ReportCategory.ResolvedLate,
  confirmedLate: ReportCategory.ConfirmedLate,
  pendingWithinDeadline: ReportCategory.PendingWithinDeadline,
  pendingOverdue: ReportCategory.PendingOverdue,
};

/** Statistics of processing: form II.06a per sector, unit or procedure, and the on-time rate of QĐ 766. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly time: TimeSource,
  ) {}

  async getProcessingReport(query: GetProcessingReportV1): Promise<ProcessingReportV1> {
    const group = GROUP_COLUMNS[query.groupBy];
    const figures = Object.entries(COUNTED).map(
      ([name, category]) => `count(*) FILTER (WHERE ${CATEGORY_PREDICATES[category]})::int AS "${name}"`,
    );
    const rows: (Counts & { key: string | null })[] = await this.dataSource.query(
      `SELECT ${group} AS key, count(*)::int AS total,
              count(*) FILTER (WHERE ${RESOLVED_PREDICATE})::int AS resolved,
              count(*) FILTER (WHERE ${PENDING_PREDICATE})::int AS pending,
              ${figures.join(',\n              ')}
       FROM ${periodDossiers(COLUMNS)} AS period
       GROUP BY ${group} ORDER BY ${group} NULLS LAST`,
      this.parameters(query),
    );
    const reportRows: ReportRowV1[] = rows.map((row) => ({ ...row, onTimeRate: onTimeRate(row) }));
    return {
      from: query.from,
      to: query.to,
      groupBy: query.groupBy,
      rows: reportRows,
      totals: sumFigures(reportRows),
    };
  }

  async listReportDossiers(query: ListReportDossiersV1): Promise<ReportDossierListV1> {
    const keyFilter = query.key === undefined ? '' : `AND ${GROUP_COLUMNS[query.groupBy]} = $5`;
    const rows: Record<string, Date | string | null>[] = await this.dataSource.query(
      `SELECT * FROM ${periodDossiers(COLUMNS)} AS period
       WHERE ${CATEGORY_PREDICATES[query.category]} ${keyFilter}
       ORDER BY received_at, dossier_id`,
      [...this.parameters(query), ...(query.key === undefined ? [] : [query.key])],
    );
    return {
      items: rows.map((row) => ({
        dossierId: row.dossier_id as string,
        code: row.dossier_code as string,
        unitCode: row.unit_code as string,
        procedureCode: row.procedure_code as string,
        receivedAt: (row.received_at as Date).toISOString(),
        dueAt: iso(row.due_at),
        resolvedAt: iso(row.resolved_at),
        confirmedAt: iso(row.confirmed_at),
      })),
    };
  }

  private parameters(query: GetProcessingReportV1): (Date | string | null)[] {
    const start = dayStart(query.from, 'from');
    const end = new Date(dayStart(query.to, 'to').getTime() + DAY_MS);
    if (end.getTime() <= start.getTime()) {
      throw new ReportError(ReportErrorCode.InvalidPeriod, { field: 'to' });
    }
    if (end.getTime() - start.getTime() > MAX_PERIOD_DAYS * DAY_MS) {
      throw new ReportError(ReportErrorCode.PeriodTooLong, { field: 'to', maxDays: MAX_PERIOD_DAYS });
    }
    const judgedAt = new Date(Math.min(end.getTime(), this.time.now().getTime()));
    return [start, end, judgedAt, query.unitCode ?? null];
  }
}

function dayStart(day: string, field: string): Date {
  try {
    return atVietnamTime(day);
  } catch (error) {
    throw new ReportError(ReportErrorCode.InvalidPeriod, { field }, { cause: error });
  }
}

function iso(value: Date | string | null): string | null {
  return value instanceof Date ? value.toISOString() : null;
}

/** QĐ 766 indicator 2.1: resolved early or on time, or pending within the deadline, over everything handled. */
export function onTimeRate(counts: Counts): number | null {
  if (counts.total === 0) return null;
  const good = counts.resolvedEarly + counts.resolvedOnTime + counts.pendingWithinDeadline;
  return Math.round((good / counts.total) * 10_000) / 10_000;
}

export function sumFigures(rows: readonly ReportFiguresV1[]): ReportFiguresV1 {
  const totals = {} as Record<keyof Counts, number>;
  const names: (keyof Counts)[] = [
    'total',
    'resolved',
    'pending',
    ...(Object.keys(COUNTED) as (keyof Counts)[]),
  ];
  for (const name of names) totals[name] = rows.reduce((sum, row) => sum + row[name], 0);
  return { ...totals, onTimeRate: onTimeRate(totals) };
}
