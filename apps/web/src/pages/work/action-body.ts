import type { Dayjs } from 'dayjs';
import type { ActionBody } from '../../api/endpoints';
import { ApiError } from '../../api/errors';

/** The actions that ask for more than a click. */
export type FormAction =
  'forward' | 'return' | 'request_supplement' | 'attach_result' | 'resolve' | 'stop' | 'extend';

export interface ActionValues {
  toUnitCode?: string;
  reason?: string;
  documents?: string;
  outcome?: 'approved' | 'refused';
  resultReference?: string;
  newDueAt?: Dayjs;
  note?: string;
}

/** The body of an action from the form: trimmed texts, one document per line, the new date as an instant. */
export function actionBody(action: FormAction, version: number, values: ActionValues): ActionBody {
  const text = (value?: string) => (value?.trim() ? value.trim() : undefined);
  const documents = values.documents
    ?.split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const body: ActionBody = {
    action,
    expectedVersion: version,
    toUnitCode: text(values.toUnitCode),
    reason: text(values.reason),
    documents: documents?.length ? documents : undefined,
    outcome: values.outcome,
    resultReference: text(values.resultReference),
    newDueAt: values.newDueAt?.toISOString(),
    note: text(values.note),
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as ActionBody;
}

/** True when someone else acted on the dossier since it was read: it must be read again. */
export const isStale = (error: Error) => error instanceof ApiError && error.code === 'ROUTING_VERSION_STALE';
