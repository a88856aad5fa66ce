import type { ThemeConfig } from 'antd';

/**
 * Our Ant Design theme, read by the ConfigProvider in the browser and by the build, which writes the components'
 * styles for it into a static stylesheet (vite-antd-styles.ts). Both must use this one object: the stylesheet
 * is only right for the theme it was extracted with.
 */
export const THEME: ThemeConfig = {
  token: { colorPrimary: '#0b5cad', borderRadius: 6, fontSize: 14 },
  // Plain `.ant-btn` selectors, and one fixed class for the theme's CSS variables: the default hash and
  // variable class depend on the antd version and on React's ids, which differ between build and browser.
  hashed: false,
  cssVar: { key: 'motcua' },
};
