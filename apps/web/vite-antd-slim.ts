import type { Plugin } from 'vite';

// Ant Design's parts are not tree-shaken where one component imports another it needs only for a feature this UI
// never uses. These imports are redirected at build time, so a page does not download what it cannot show.
interface Redirect {
  /** The importing module, inside node_modules. */
  readonly importer: string;
  readonly source: string;
  /** A module with the same export, or undefined for a component this UI never renders there. */
  readonly to?: string;
  readonly why: string;
}

const REDIRECTS: Redirect[] = [
  {
    // Button, Input, Modal and most components reach the form context, which takes only FormProvider; the
    // package's index builds the whole Form on load (fields, store, async-validator). FormProvider comes from
    // its own module, the one the Form itself uses.
    importer: 'antd/es/form/context.js',
    source: '@rc-component/form',
    to: '@rc-component/form/es/FormContext',
    why: 'FormProvider only',
  },
  {
    // Card draws Tabs only for its `tabList`, which no page uses.
    importer: 'antd/es/card/Card.js',
    source: '../tabs',
    why: "Card's tabList",
  },
  {
    // A table column's filter draws a Tree only with `filterMode: 'tree'`, which no page uses.
    importer: 'antd/es/table/hooks/useFilter/FilterDropdown.js',
    source: '../../../tree',
    why: "a table filter's tree mode",
  },
];

const LEFT_OUT = '\0motcua-left-out:';

/** Vite plugin: the redirects above. A left-out component throws, naming this file, if a page ever renders it. */
export function antdSlim(): Plugin {
  return {
    name: 'motcua-antd-slim',
    enforce: 'pre',
    async resolveId(source, importer) {
      const from = importer?.replace(/\\/g, '/');
      const redirect = REDIRECTS.find(
        (candidate) => candidate.source === source && from?.endsWith(`/node_modules/${candidate.importer}`),
      );
      if (!redirect) return null;
      if (redirect.to) return this.resolve(redirect.to, importer, { skipSelf: true });
      return `${LEFT_OUT}${redirect.why}`;
    },
    load(id) {
      if (!id.startsWith(LEFT_OUT)) return null;
      const why = JSON.stringify(
        `${id.slice(LEFT_OUT.length)} is left out of the build (apps/web/vite-antd-slim.ts)`,
      );
      return `export default function LeftOut() { throw new Error(${why}); }`;
    },
  };
}
