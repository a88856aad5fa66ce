/** Queue that wakes the closing of dossiers whose supplement never came (Postgres holds the deadlines). */
export const SUPPLEMENTS_QUEUE = 'routing.supplements';

export enum SupplementJobName {
  CloseExpired = 'close-expired-supplements',
}

export type SupplementJob = { name: SupplementJobName.CloseExpired; data: Record<string, never> };
