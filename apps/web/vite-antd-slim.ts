import type { Plugin } from 'vite';

// Ant Design's parts are not tree-shaken where one component imports another it needs only for a feature this UI
// never uses. These imports are redirected at build time, so a page does not download what it cannot show.
interface Redirect {
  /** The importing module, inside node_modules. */
  readonly importer: string;
  readonly source: string;
  /** A module with the same export. */
  readonly to?: string;
  /** The module written out, when the original also builds something heavy. */
  readonly code?: string;
  /** What the import was for; without `to` or `code`, a component this UI never renders, which throws if it does. */
  readonly why: string;
}

export const REDIRECTS: Redirect[] = [
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
    // Radio.Group (which every table with row selection loads) takes only toNamePathStr from the Form's useForm
    // hook module, which builds the whole form store too: the same one-line function, from Form's util module.
    importer: 'antd/es/radio/group.js',
    source: '../form/hooks/useForm',
    code: "import { toArray } from 'antd/es/form/util';\nexport const toNamePathStr = (name) => toArray(name).join('_');",
    why: "Radio.Group's field name",
  },
  {
    // Card draws Tabs only for its `tabList`, which no page uses.
    importer: 'antd/es/card/Card.js',
    source: '../tabs',
    why: "Card's tabList",
  },
  {
    // Card draws a Skeleton only while `loading`, which no page sets (a page shows its own placeholder).
    importer: 'antd/es/card/Card.js',
    source: '../skeleton',
    why: "Card's loading skeleton",
  },
  {
    // Statistic wraps its value in a Skeleton that draws only while `loading`, which no page sets; otherwise the
    // Skeleton shows its children, as this written-out one does.
    importer: 'antd/es/statistic/Statistic.js',
    source: '../skeleton',
    code: [
      'export default function Skeleton({ loading, children }) {',
      '  if (loading) throw new Error("Statistic\'s loading skeleton is left out of the build (apps/web/vite-antd-slim.ts)");',
      '  return children ?? null;',
      '}',
    ].join('\n'),
    why: "Statistic's loading skeleton",
  },
  {
    // Typography edits text in place (with a TextArea) only when `editable`, which no page uses.
    importer: 'antd/es/typography/Base/index.js',
    source: '../Editable',
    why: "Typography's editable text",
  },
  {
    // A virtual table (rows drawn as they scroll) only with `virtual`, which no table sets.
    importer: 'antd/es/table/InternalTable.js',
    source: './RcTable/VirtualTable',
    why: 'the virtual table',
  },
  {
    // Row selection opens a Dropdown only for `rowSelection.selections`, which no table sets.
    importer: 'antd/es/table/hooks/useSelection.js',
    source: '../../dropdown',
    why: "row selection's selections menu",
  },
  {
    // A table column's filter menu (with Dropdown, Menu, Tree, Radio and a search box) is drawn only for a column
    // with `filters` or `filterDropdown`, which no page uses. The filter hook also flattens filter values; that
    // small function is written out.
    importer: 'antd/es/table/hooks/useFilter/index.js',
    source: './FilterDropdown',
    code: [
      'export default function LeftOut() { throw new Error("a table column\'s filter menu is left out of the build (apps/web/vite-antd-slim.ts)"); }',
      'export const flattenKeys = (filters) => (filters ?? []).flatMap(({ value, children }) => [value, ...flattenKeys(children)]);',
    ].join('\n'),
    why: "a table column's filter menu",
  },
];

const LEFT_OUT = '\0motcua-left-out:';
const WRITTEN_OUT = '\0motcua-written-out:';

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
      return `${redirect.code ? WRITTEN_OUT : LEFT_OUT}${redirect.why}`;
    },
    load(id) {
      if (id.startsWith(WRITTEN_OUT)) {
        return REDIRECTS.find((redirect) => redirect.why === id.slice(WRITTEN_OUT.length))?.code;
      }
      if (!id.startsWith(LEFT_OUT)) return null;
      const why = JSON.stringify(
        `${id.slice(LEFT_OUT.length)} is left out of the build (apps/web/vite-antd-slim.ts)`,
      );
      return `export default function LeftOut() { throw new Error(${why}); }`;
    },
  };
}
