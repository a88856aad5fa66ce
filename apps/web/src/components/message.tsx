import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react';

type Level = 'success' | 'error' | 'info' | 'warning';

/** The toasts a page shows: a short confirmation or error at the top of the screen. */
export type MessageApi = Record<Level, (content: string) => void>;

/** A toast waiting for the host to show it. */
export interface Toast {
  readonly id: number;
  readonly level: Level;
  readonly content: string;
}

// Ant Design's message (with its notification machinery) loads with the first toast, not with every page; Ant
// Design's App would also bring Modal and notifications into every first load.
const MessageHost = lazy(() => import('./message-host'));

const Context = createContext<MessageApi | null>(null);

/** The toasts of every page, themed by the ConfigProvider above. */
export function MessageProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [isHostNeeded, setHostNeeded] = useState(false);
  const api = useMemo<MessageApi>(() => {
    let lastId = 0;
    const show = (level: Level) => (content: string) => {
      lastId += 1;
      const toast = { id: lastId, level, content };
      setToasts((waiting) => [...waiting, toast]);
      setHostNeeded(true);
    };
    return { success: show('success'), error: show('error'), info: show('info'), warning: show('warning') };
  }, []);
  const onShown = useCallback(
    (id: number) => setToasts((waiting) => waiting.filter((toast) => toast.id !== id)),
    [],
  );
  return (
    <Context.Provider value={api}>
      {isHostNeeded && (
        <Suspense fallback={null}>
          <MessageHost toasts={toasts} onShown={onShown} />
        </Suspense>
      )}
      {children}
    </Context.Provider>
  );
}

export function useMessage(): MessageApi {
  const api = useContext(Context);
  if (!api) throw new Error('useMessage outside MessageProvider');
  return api;
}
