import { ReportCategory, ReportGrouping } from '@motcua/contracts';

/** What a report row is keyed by. */
export const GROUP_COLUMNS: Record<ReportGrouping, string> = {
  [ReportGrouping.Sector]: 'sector_code',
  [ReportGrouping.Unit]: 'unit_code',
  [ReportGrouping.Procedure]: 'procedure_code',
};

// Parameters of every report query, named by `periodDossiers`: period_start, period_end (exclusive), judged_at
// (when pending dossiers are judged: the period end, or now for a period not over yet) and the unit or null.
const ENDED = 'ended_at < period_end';
const PENDING = '(ended_at IS NULL OR ended_at >= period_end)';
// Pending within its deadline; waiting for the applicant's supplement counts within (form II.06a, col. 12).
const WITHIN = `(due_at IS NULL OR due_at >= judged_at OR (ended_at IS NULL AND status = 'paused'))`;

/**
 * One predicate per figure of form II.06a (REFERENCE §2.4): the counts and the dossier lists use the same
 * ones, so a figure is exactly the length of its list. Stopped and withdrawn dossiers count resolved on time.
 */
export const CATEGORY_PREDICATES: Record<ReportCategory, string> = {
  [ReportCategory.ReceivedOnline]: `received_at >= period_start AND channel = 'online'`,
  [ReportCategory.ReceivedDirectAndPostal]: `received_at >= period_start AND channel <> 'online'`,
  [ReportCategory.CarriedOver]: 'received_at < period_start',
  [ReportCategory.ResolvedEarly]: `${ENDED} AND status = 'resolved' AND timeliness = 'early'`,
  [ReportCategory.ResolvedOnTime]: `${ENDED} AND (status = 'stopped' OR timeliness = 'on_time')`,
  [ReportCategory.ResolvedLate]: `${ENDED} AND status = 'resolved' AND timeliness = 'late'`,
  [ReportCategory.ConfirmedLate]: `${ENDED} AND status = 'resolved' AND timeliness <> 'late' AND confirmed_at > due_at`,
  [ReportCategory.PendingWithinDeadline]: `${PENDING} AND ${WITHIN}`,
  [ReportCategory.PendingOverdue]: `${PENDING} AND NOT ${WITHIN}`,
};

export const RESOLVED_PREDICATE = ENDED;
export const PENDING_PREDICATE = PENDING;

/**
 * The dossiers a period concerns, with the period's bounds as columns: received before its end and not ended
 * before its start. Two index scans (ended in or after the period; still open) instead of one pass over every
 * dossier ever received. $1 period start, $2 period end, $3 judged at, $4 unit code or null.
 */
export function periodDossiers(columns: string): string {
  const unit = '($4::text IS NULL OR unit_code = $4::text)';
  return `(SELECT ${columns}, $1::timestamptz AS period_start, $2::timestamptz AS period_end,
                  $3::timestamptz AS judged_at
           FROM routing.dossier_clocks WHERE ended_at >= $1::timestamptz AND received_at < $2::timestamptz AND ${unit}
           UNION ALL
           SELECT ${columns}, $1::timestamptz, $2::timestamptz, $3::timestamptz
           FROM routing.dossier_clocks WHERE ended_at IS NULL AND received_at < $2::timestamptz AND ${unit})`;
}
