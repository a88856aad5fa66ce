import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { followInbox } from './inbox-stream';

// Only while the stream is down: the inbox is read again this often.
const POLL_MS = 15_000;

const LiveContext = createContext(false);

/**
 * Follows the user's inbox stream while a staff page is open: each new item refreshes every inbox query (the
 * menu badge, the inbox page). The server keeps no replay, so after each (re)connection the inbox is read once.
 */
export function LiveInboxProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [isLive, setLive] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    const refresh = () => void queryClient.invalidateQueries({ queryKey: ['inbox'] });
    void followInbox(controller.signal, {
      onReady: () => {
        setLive(true);
        refresh();
      },
      onItem: refresh,
      onLost: () => setLive(false),
    });
    return () => controller.abort();
  }, [queryClient]);
  return <LiveContext.Provider value={isLive}>{children}</LiveContext.Provider>;
}

/** How often an inbox query reads again: never while the stream is live, every 15 s while it is down. */
export function useInboxRefetchInterval(): number | false {
  return useContext(LiveContext) ? false : POLL_MS;
}
