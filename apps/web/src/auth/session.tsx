import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/endpoints';
import { configureHttp } from '../api/http';
import type { Actor } from './roles';

const STORAGE_KEY = 'motcua.session';

interface Session {
  readonly accessToken: string;
  readonly expiresAt: number;
  readonly actor: Actor;
}

interface SessionContext {
  readonly actor: Actor | null;
  login(username: string, password: string): Promise<Actor>;
  logout(): void;
}

function readStoredSession(): Session | null {
  try {
    const session = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Session | null;
    return session && session.expiresAt > Date.now() ? session : null;
  } catch {
    return null;
  }
}

const Context = createContext<SessionContext | null>(null);

/** The logged-in staff member: the gateway's JWT in local storage until it expires or the user logs out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(readStoredSession);
  const queryClient = useQueryClient();

  const logout = useCallback(() => {
    localStorage.removeItem(STORAGE_KEY);
    setSession(null);
    queryClient.clear();
  }, [queryClient]);

  // Set during render: children's queries start in their effects, which run before this component's.
  configureHttp(() => session?.accessToken ?? null, logout);

  useEffect(() => {
    if (!session) return;
    const timer = setTimeout(logout, session.expiresAt - Date.now());
    return () => clearTimeout(timer);
  }, [session, logout]);

  const login = useCallback(
    async (username: string, password: string) => {
      const answer = await api.login(username, password);
      const next: Session = {
        accessToken: answer.accessToken,
        expiresAt: Date.now() + answer.expiresIn * 1000,
        actor: answer.actor,
      };
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      configureHttp(() => next.accessToken, logout);
      setSession(next);
      return next.actor;
    },
    [logout],
  );

  const value = useMemo(() => ({ actor: session?.actor ?? null, login, logout }), [session, login, logout]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): SessionContext {
  const context = useContext(Context);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

/** The logged-in actor on a page behind the login. */
export function useActor(): Actor {
  const { actor } = useSession();
  if (!actor) throw new Error('useActor on a page without login');
  return actor;
}
