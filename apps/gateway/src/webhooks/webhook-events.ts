import {
  DOSSIER_ASSIGNED_V1,
  DOSSIER_DUE_SOON_V1,
  DOSSIER_EXTENDED_V1,
  DOSSIER_HANDED_OVER_V1,
  DOSSIER_OVERDUE_V1,
  DOSSIER_RESOLVED_V1,
  DOSSIER_STOPPED_V1,
  DOSSIER_SUPPLEMENT_REQUESTED_V1,
} from '@motcua/contracts';

/** Events a department system may subscribe to: what happens to the dossiers its unit holds. */
export const WEBHOOK_EVENT_TYPES = [
  DOSSIER_ASSIGNED_V1,
  DOSSIER_HANDED_OVER_V1,
  DOSSIER_SUPPLEMENT_REQUESTED_V1,
  DOSSIER_EXTENDED_V1,
  DOSSIER_DUE_SOON_V1,
  DOSSIER_OVERDUE_V1,
  DOSSIER_RESOLVED_V1,
  DOSSIER_STOPPED_V1,
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The units an event is about: the unit acting, or both ends of a hand-over. */
export function unitsConcerned(payload: unknown): string[] {
  const fields = payload as { unitCode?: unknown; fromUnitCode?: unknown; toUnitCode?: unknown };
  return [fields.unitCode, fields.fromUnitCode, fields.toUnitCode].filter(
    (code): code is string => typeof code === 'string',
  );
}
