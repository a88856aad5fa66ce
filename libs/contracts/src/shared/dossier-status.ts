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

/** How citizens and staff read each status. */
export const DOSSIER_STATUS_LABELS: Record<DossierStatus, string> = {
  [DossierStatus.RegisteredOnline]: 'Đã đăng ký trực tuyến',
  [DossierStatus.Received]: 'Đã tiếp nhận',
  [DossierStatus.RefusedAtReception]: 'Từ chối tiếp nhận',
  [DossierStatus.Processing]: 'Đang giải quyết',
  [DossierStatus.SupplementRequested]: 'Yêu cầu bổ sung hồ sơ',
  [DossierStatus.AwaitingFinancialObligation]: 'Chờ thực hiện nghĩa vụ tài chính',
  [DossierStatus.Withdrawn]: 'Công dân rút hồ sơ',
  [DossierStatus.Stopped]: 'Dừng xử lý',
  [DossierStatus.Resolved]: 'Đã có kết quả',
  [DossierStatus.Returned]: 'Đã trả kết quả',
};
