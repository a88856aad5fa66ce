import { message } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';

type MessageApi = ReturnType<typeof message.useMessage>[0];

const Context = createContext<MessageApi | null>(null);

// Ant Design's App would give the same toasts, but it also brings Modal and notifications into every first load.
/** The short confirmations and errors shown at the top of every page, themed by the ConfigProvider above. */
export function MessageProvider({ children }: { children: ReactNode }) {
  const [api, holder] = message.useMessage();
  return (
    <Context.Provider value={api}>
      {holder}
      {children}
    </Context.Provider>
  );
}

export function useMessage(): MessageApi {
  const api = useContext(Context);
  if (!api) throw new Error('useMessage outside MessageProvider');
  return api;
}
