import type { RecentDossier } from '../../components/use-local-state';

export const RECENT_DOSSIERS_LIMIT = 30;

/** The list with `dossier` first, without an older copy of it, cut to the limit. */
export function rememberDossier(list: readonly RecentDossier[], dossier: RecentDossier): RecentDossier[] {
  return [dossier, ...list.filter((item) => item.id !== dossier.id)].slice(0, RECENT_DOSSIERS_LIMIT);
}
