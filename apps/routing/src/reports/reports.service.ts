import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { atVietnamTime } from '@motcua/calendar';
import {
  GetProcessingReportV1,
  ListReportDossiersV1,
  ProcessingReportV1,
  ReportDossierListV1,
  ReportFiguresV1,
  ReportRowV1,
} from '@motcua/contracts';
import { DataSource } from 'typeorm';
import { TimeSource } from '../deadlines/time-source';
import { ReportError, ReportErrorCode } from './reports.errors';
import { COUNTED, ReportCounts, dossiersQuery, figuresQuery } from './report-query';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_PERIOD_DAYS = 366;
// The report's index is read in key order from SSD. At PostgreSQL's default (4, a spinning disk's seek) the
// planner reads the whole table for a year rather than half of that index, at twice the CPU.
const RANDOM_PAGE_COST = 1.1;

/** Statistics of processing: form II.06a per sector, unit or procedure, and the on-time rate of QĐ 766. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly time: TimeSource,
  ) {}

  async getProcessingReport(query: GetProcessingReportV1): Promise<ProcessingReportV1> {
    const parameters = this.parameters(query);
    const rows: (ReportCounts & { key: string | null })[] = await this.dataSource.transaction(
      async (manager) => {
        await manager.query(`SET LOCAL random_page_cost = ${RANDOM_PAGE_COST}`);
        return manager.query(figuresQuery(query.groupBy), parameters);
      },
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
    const rows: Record<string, Date | string | null>[] = await this.dataSource.query(
      dossiersQuery(query.groupBy, query.category, query.key !== undefined),
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
export function onTimeRate(counts: ReportCounts): number | null {
  if (counts.total === 0) return null;
  const good = counts.resolvedEarly + counts.resolvedOnTime + counts.pendingWithinDeadline;
  return Math.round((good / counts.total) * 10_000) / 10_000;
}

export function sumFigures(rows: readonly ReportFiguresV1[]): ReportFiguresV1 {
  const totals = {} as Record<keyof ReportCounts, number>;
  const names: (keyof ReportCounts)[] = [
    'total',
    'resolved',
    'pending',
    ...(Object.keys(COUNTED) as (keyof ReportCounts)[]),
  ];
  for (const name of names) totals[name] = rows.reduce((sum, row) => sum + row[name], 0);
  return { ...totals, onTimeRate: onTimeRate(totals) };
}
