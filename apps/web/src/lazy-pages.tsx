import { Spin } from 'antd';
import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import { modulesAt } from './route-modules';

type PageModule = { default: ComponentType };

// Every page and the staff frame are chunks of their own: the first screen loads only what it shows (the entry
// keeps React, the router, TanStack Query and Ant Design's core).
const LOADERS = import.meta.glob<PageModule>(['./pages/**/*-page.tsx', './layout/staff-layout.tsx']);

const loading = new Map<string, Promise<PageModule>>();
const loaded = new Map<string, PageModule>();

function load(module: string): Promise<PageModule> {
  let pending = loading.get(module);
  if (!pending) {
    const loader = LOADERS[module];
    if (!loader) return Promise.reject(new Error(`${module} is not a page module`));
    pending = loader().then((page) => {
      loaded.set(module, page);
      return page;
    });
    loading.set(module, pending);
  }
  return pending;
}

// A loaded module answers React.lazy with a thenable that calls back at once: the page renders in the same pass
// instead of suspending, so React's 300 ms throttle on revealing suspended content never delays it.
function loadForLazy(module: string): Promise<PageModule> {
  const page = loaded.get(module);
  if (!page) return load(module);
  const settled = { then: (resolve: (value: PageModule) => void) => resolve(page) };
  return settled as unknown as Promise<PageModule>;
}

/** The page of `module` (from apps/web/src), with a spinner while its chunk loads. */
export function lazyPage(module: string): ReactElement {
  const Page = lazy(() => loadForLazy(module));
  return (
    <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />}>
      <Page />
    </Suspense>
  );
}

/** Loads the modules a visit to `pathname` draws at once; never fails (a failed chunk fails when it renders). */
export async function preloadPath(pathname: string): Promise<void> {
  await Promise.all(modulesAt(pathname).map((module) => load(module).catch(() => undefined)));
}
