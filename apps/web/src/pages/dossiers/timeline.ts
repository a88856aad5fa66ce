import type { DossierView } from '../../api/endpoints';

/** One line of a dossier's history as the staff see it, from whichever service knows it. */
export interface TimelineEntry {
  readonly at: string;
  readonly kind: 'received' | 'assigned' | 'message';
  readonly id: string;
}

/** Reception, routing's assignments and the messages sent, oldest first (ties keep that order). */
export function buildTimeline(view: DossierView): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    { at: view.dossier.receivedAt, kind: 'received', id: view.dossier.id },
    ...(view.routing?.assignments ?? []).map((assignment) => ({
      at: assignment.assignedAt,
      kind: 'assigned' as const,
      id: assignment.id,
    })),
    ...(view.messages ?? []).map((message) => ({
      at: message.createdAt,
      kind: 'message' as const,
      id: message.id,
    })),
  ];
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => Date.parse(a.entry.at) - Date.parse(b.entry.at) || a.order - b.order)
    .map(({ entry }) => entry);
}
