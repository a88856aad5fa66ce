import type { MessageKey } from '../i18n/messages';

/** Colours of the national dossier statuses: blue in progress, orange waiting on the applicant, green done. */
export const STATUS_COLORS: Record<string, string> = {
  registered_online: 'default',
  received: 'blue',
  refused_at_reception: 'red',
  processing: 'processing',
  supplement_requested: 'orange',
  awaiting_financial_obligation: 'gold',
  withdrawn: 'default',
  stopped: 'red',
  resolved: 'green',
  returned: 'cyan',
};

/** Statuses after which a dossier can no longer be withdrawn. */
export const FINAL_STATUSES = ['resolved', 'returned', 'stopped', 'withdrawn', 'refused_at_reception'];

export const statusKey = (status: string) => `status.${status}` as MessageKey;
export const channelKey = (channel: string) => `channel.${channel}` as MessageKey;
export const documentFormKey = (form: string) => `documentForm.${form}` as MessageKey;
export const timeUnitKey = (unit: string) => `timeUnit.${unit}` as MessageKey;
export const feeKindKey = (kind: string) => `feeKind.${kind}` as MessageKey;
export const dayKindKey = (kind: string) => `dayKind.${kind}` as MessageKey;

const DONG = new Intl.NumberFormat('vi-VN');
export const formatDong = (amount: number) => `${DONG.format(amount)} đ`;
