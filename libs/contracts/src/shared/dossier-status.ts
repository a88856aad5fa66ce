/** Dossier statuses of the national list; `NATIONAL_STATUS_CODE` gives the number used for sync and KPIs. */
export enum DossierStatus {
  RegisteredOnline = 'registered_online',
  Received = 'received',
  RefusedAtReception = 'refused_at_reception',
  Processing = 'processing',
  SupplementRequested = 'supplement_requested',
  AwaitingFinancialObligation = 'awaiting_financial_obligation',
  Withdrawn = 'withdrawn',
  Stopped = 'stopped',
  Resolved = 'resolved',
  Returned = 'returned',
}

export const NATIONAL_STATUS_CODE: Record<DossierStatus, number> = {
  [DossierStatus.RegisteredOnline]: 1,
  [DossierStatus.Received]: 2,
  [DossierStatus.RefusedAtReception]: 3,
  [DossierStatus.Processing]: 4,
  [DossierStatus.SupplementRequested]: 5,
  [DossierStatus.AwaitingFinancialObligation]: 6,
  [DossierStatus.Withdrawn]: 7,
  [DossierStatus.Stopped]: 8,
  [DossierStatus.Resolved]: 9,
  [DossierStatus.Returned]: 10,
};
