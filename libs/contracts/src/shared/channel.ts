/** How a dossier reached the Center; the national reporting codes are 1, 2 and 3. */
export enum Channel {
  Direct = 'direct',
  Online = 'online',
  Postal = 'postal',
}

export const NATIONAL_CHANNEL_CODE: Record<Channel, number> = {
  [Channel.Direct]: 1,
  [Channel.Online]: 2,
  [Channel.Postal]: 3,
};

/** How the UI and the slips name each channel. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  [Channel.Direct]: 'Trực tiếp',
  [Channel.Online]: 'Trực tuyến',
  [Channel.Postal]: 'Qua dịch vụ bưu chính công ích',
};
