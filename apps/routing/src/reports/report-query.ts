import { ReportCategory, ReportFiguresV1, ReportGrouping } from '@motcua/contracts';

/** What a report row is keyed by. */
const GROUP_COLUMNS: Record<ReportGrouping, string> = {
  [ReportGrouping.Sector]: 'sector_code',
  [ReportGrouping.Unit]: 'unit_code',
  [ReportGrouping.Procedure]: 'procedure_code',
};

// Parameters of every report query: $1 period start, $2 period end (exclusive), $3 judged at (when pending
// dossiers are judged: the period end, or now for a period not over yet), $4 the unit or null. The predicates
// name them in place rather than as columns of the period's subquery, so the planner folds them into
// constants: that halves the cost of evaluating them over a year of dossiers.
const PERIOD_START = '$1::timestamptz';
const PERIOD_END = '$2::timestamptz';
const JUDGED_AT = '$3::timestamptz';
const UNIT = '$4::text';

const ENDED = `ended_at < ${PERIOD_END}`;
const PENDING = `(ended_at IS NULL OR ended_at >= ${PERIOD_END})`;
// Pending within its deadline; waiting for the applicant's supplement counts within (form II.06a, col. 12).
const WITHIN = `(due_at IS NULL OR due_at >= ${JUDGED_AT} OR (ended_at IS NULL AND status = 'paused'))`;

/**
 * One predicate per figure of form II.06a (REFERENCE §2.4): the counts and the dossier lists use the same
 * ones, so a figure is exactly the length of its list. Stopped and withdrawn dossiers count resolved on time.
 */
const CATEGORY_PREDICATES: Record<ReportCategory, string> = {
  [ReportCategory.ReceivedOnline]: `received_at >= ${PERIOD_START} AND channel = 'online'`,
  [ReportCategory.ReceivedDirectAndPostal]: `received_at >= ${PERIOD_START} AND channel <> 'online'`,
  [ReportCategory.CarriedOver]: `received_at < ${PERIOD_START}`,
  [ReportCategory.ResolvedEarly]: `${ENDED} AND status = 'resolved' AND timeliness = 'early'`,
  [ReportCategory.ResolvedOnTime]: `${ENDED} AND (status = 'stopped' OR timeliness = 'on_time')`,
  [ReportCategory.ResolvedLate]: `${ENDED} AND status = 'resolved' AND timeliness = 'late'`,
  [ReportCategory.ConfirmedLate]: `${ENDED} AND status = 'resolved' AND timeliness <> 'late' AND confirmed_at > due_at`,
  [ReportCategory.PendingWithinDeadline]: `${PENDING} AND ${WITHIN}`,
  [ReportCategory.PendingOverdue]: `${PENDING} AND NOT ${WITHIN}`,
};

export type ReportCounts = Omit<ReportFiguresV1, 'onTimeRate'>;

/** The figures that have a dossier list, by the category that lists them. */
export const COUNTED: Record<
  Exclude<keyof ReportCounts, 'total' | 'resolved' | 'pending'>,
  ReportCategory
> = {
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

// What a dossier list shows besides the predicates' columns.
const LISTED_COLUMNS = 'dossier_id, dossier_code, unit_code, procedure_code, sector_code, resolved_at';

/**
 * Every column the predicates read. With the group column they are all in dossier_clocks_report_idx, so the
 * counts are read from that index alone (an index-only scan) and never visit the table's rows.
 */
const PREDICATE_COLUMNS = 'channel, status, timeliness, received_at, due_at, confirmed_at, ended_at';

/**
 * The dossiers a period concerns: received before its end and not ended before its start. Two index scans
 * (ended in or after the period; still open) instead of one pass over every dossier ever received.
 */
function periodDossiers(columns: string): string {
  const unit = `(${UNIT} IS NULL OR unit_code = ${UNIT})`;
  return `(SELECT ${columns} FROM routing.dossier_clocks
           WHERE ended_at >= ${PERIOD_START} AND received_at < ${PERIOD_END} AND ${unit}
           UNION ALL
           SELECT ${columns} FROM routing.dossier_clocks
           WHERE ended_at IS NULL AND received_at < ${PERIOD_END} AND ${unit})`;
}

/** Form II.06a's figures per row of the grouping, over the period. */
export function figuresQuery(grouping: ReportGrouping): string {
  const group = GROUP_COLUMNS[grouping];
  const figures = Object.entries(COUNTED).map(
    ([name, category]) => `count(*) FILTER (WHERE ${CATEGORY_PREDICATES[category]})::int AS "${name}"`,
  );
  return `SELECT ${group} AS key, count(*)::int AS total,
            count(*) FILTER (WHERE ${ENDED})::int AS resolved,
            count(*) FILTER (WHERE ${PENDING})::int AS pending,
            ${figures.join(',\n            ')}
          FROM ${periodDossiers(`${group}, ${PREDICATE_COLUMNS}`)} AS period
          GROUP BY ${group} ORDER BY ${group} NULLS LAST`;
}

/**
 * The dossiers behind one figure, with $5 the row's key when `hasKey`. The judging time is selected so that
 * PostgreSQL knows its type also for a category that does not judge deadlines.
 */
export function dossiersQuery(grouping: ReportGrouping, category: ReportCategory, hasKey: boolean): string {
  const keyFilter = hasKey ? `AND ${GROUP_COLUMNS[grouping]} = $5` : '';
  return `SELECT *, ${JUDGED_AT} AS judged_at FROM ${periodDossiers(`${LISTED_COLUMNS}, ${PREDICATE_COLUMNS}`)} AS period
          WHERE ${CATEGORY_PREDICATES[category]} ${keyFilter}
          ORDER BY received_at, dossier_id`;
}
