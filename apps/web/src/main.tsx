// Ant Design's styles for our theme, written by the build (vite-antd-styles.ts) before any other CSS: the
// components' own classes stay lowest in the cascade, as when Ant Design injected them at the top of <head>.
import 'virtual:antd-styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { SessionProvider } from './auth/session';
import { I18nProvider } from './i18n/i18n';
import { preloadPath } from './lazy-pages';
import { AppRoutes } from './router';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

const root = createRoot(document.getElementById('root') as HTMLElement);
// The visited page's chunks first (index.html started their download beside the entry): the first render draws
// the page itself rather than a spinner the page replaces later.
void preloadPath(window.location.pathname).then(() =>
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <SessionProvider>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </SessionProvider>
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  ),
);
