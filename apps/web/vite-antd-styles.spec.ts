import { THEME } from './src/theme';
import { ANTD_STYLES_ID, antdStyles } from './vite-antd-styles';

type ResolveId = (source: string) => string | null;
type Load = (id: string) => string | null;

describe(antdStyles.name, () => {
  const plugin = antdStyles(THEME);
  const resolveId = plugin.resolveId as unknown as ResolveId;
  const load = plugin.load as unknown as Load;
  let css: string;

  beforeAll(() => {
    // Drawing every component once also draws the deprecated ones (Input.Group, List), which warn in development.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    css = load.call({}, resolveId.call({}, ANTD_STYLES_ID) ?? '') ?? '';
  });

  afterAll(() => jest.restoreAllMocks());

  it('should write the theme tokens as CSS variables under the fixed class the browser puts on components', () => {
    expect(css).toMatch(/\.motcua[^{]*\{[^}]*--ant-color-primary:#0b5cad/);
    expect(css).toMatch(/\.motcua[^{]*\{[^}]*--ant-border-radius:6px/);
  });

  it('should write plain component selectors, without the version hash the browser would not add', () => {
    expect(css).toContain('.ant-btn{');
    expect(css).not.toMatch(/:where\(\.css-/);
  });

  it('should cover the components the pages draw, their popups and the toasts', () => {
    for (const component of [
      'table',
      'picker-dropdown',
      'select-dropdown',
      'modal',
      'message',
      'form-item',
    ]) {
      expect(css).toContain(`.ant-${component}`);
    }
  });

  it('should serve the stylesheet as the virtual module the entry imports, extracted once', () => {
    expect(resolveId.call({}, ANTD_STYLES_ID)).toBe(ANTD_STYLES_ID);
    expect(load.call({}, ANTD_STYLES_ID)).toBe(css);
  });

  it('should leave every other module to the other plugins', () => {
    expect(resolveId.call({}, './main.css')).toBeNull();
    expect(load.call({}, '/app/src/main.tsx')).toBeNull();
  });
});
