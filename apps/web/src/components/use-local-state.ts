import { useCallback, useState } from 'react';

/** State kept in this browser's local storage (the clerk's counter, recently received dossiers). */
export function useLocalState<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = localStorage.getItem(key);
      return stored === null ? initial : (JSON.parse(stored) as T);
    } catch {
      return initial;
    }
  });
  const update = useCallback(
    (next: T) => {
      if (next === null || next === undefined) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(next));
      setValue(next);
    },
    [key],
  );
  return [value, update];
}

export const COUNTER_KEY = 'motcua.counter';
export const SERVING_TICKET_KEY = 'motcua.servingTicket';
export const RECENT_DOSSIERS_KEY = 'motcua.recentDossiers';

/** A ticket being served at this browser's counter, which the reception form attaches to the dossier. */
export interface ServingTicket {
  readonly id: string;
  readonly number: string;
  readonly serviceName: string;
  readonly counterNumber: number;
}

export interface RecentDossier {
  readonly id: string;
  readonly code: string;
  readonly applicantName: string;
  readonly procedureName: string;
  readonly receivedAt: string;
}
