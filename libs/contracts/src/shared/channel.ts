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
