import { extractStyle } from '@ant-design/static-style-extract';
import { ConfigProvider, type ThemeConfig } from 'antd';
import { createElement } from 'react';
import type { Plugin } from 'vite';

// Ant Design writes its components' CSS in the browser as each first renders (CSS-in-JS), about 30 % of the main
// thread until a page answers. The build writes it once instead, every component's styles for our theme, into a
// hashed stylesheet that index.html links; the ConfigProvider then runs in zero-runtime mode (src/i18n/i18n.tsx).

/** The stylesheet's module: imported once, by the entry (src/main.tsx). */
export const ANTD_STYLES_ID = 'virtual:antd-styles.css';

/** Every Ant Design component's CSS for `theme`, as the browser would have generated it. */
export function extractAntdStyles(theme: ThemeConfig): string {
  return extractStyle({ customTheme: (node) => createElement(ConfigProvider, { theme }, node) });
}

/** Vite plugin: the stylesheet's module, extracted on first load (about 2 s) and reused by a dev server. */
export function antdStyles(theme: ThemeConfig): Plugin {
  let css: string | undefined;
  return {
    name: 'motcua-antd-styles',
    resolveId(source) {
      return source === ANTD_STYLES_ID ? ANTD_STYLES_ID : null;
    },
    load(id) {
      if (id !== ANTD_STYLES_ID) return null;
      css ??= extractAntdStyles(theme);
      return css;
    },
  };
}
