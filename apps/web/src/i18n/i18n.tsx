import { ConfigProvider, theme } from 'antd';
import type { Locale } from 'antd/es/locale';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { MessageProvider } from '../components/message';
import { THEME } from '../theme';
import { format } from './format';
import { VIETNAMESE, type Language, type MessageKey } from './messages';

const STORAGE_KEY = 'motcua.language';

interface I18n {
  readonly language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
}

interface Texts {
  readonly messages: Record<MessageKey, string>;
  readonly antd: Locale;
}

const Context = createContext<I18n | null>(null);
const VIETNAMESE_TEXTS: Texts = { messages: VIETNAMESE, antd: viVN };

function storedLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
}

// Most users never switch: the English texts are a chunk of their own, loaded when English is chosen.
async function loadEnglish(): Promise<Texts> {
  const [{ ENGLISH }, { default: enUS }] = await Promise.all([
    import('./messages-en'),
    import('antd/locale/en_US'),
  ]);
  return { messages: ENGLISH, antd: enUS };
}

/** The theme's text colour, size and font for everything on the page, as Ant Design's App would set them. */
function TextStyle({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <div
      style={{
        color: token.colorText,
        fontSize: token.fontSize,
        lineHeight: token.lineHeight,
        fontFamily: token.fontFamily,
      }}
    >
      {children}
    </div>
  );
}

/** Vietnamese first; English on request, remembered on this browser. Also sets Ant Design's and dayjs' locale. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [chosen, setChosen] = useState<Language>(storedLanguage);
  const [english, setEnglish] = useState<Texts | null>(null);
  // A browser that remembers English shows nothing until the English texts arrive, rather than Vietnamese first.
  const [startsInEnglish] = useState(chosen === 'en');
  useEffect(() => {
    if (chosen === 'en' && !english) void loadEnglish().then(setEnglish);
  }, [chosen, english]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setChosen(next);
  }, []);
  // Switching keeps the current texts on screen until the chosen ones are loaded.
  const language: Language = chosen === 'en' && english ? 'en' : 'vi';
  const texts = language === 'en' && english ? english : VIETNAMESE_TEXTS;
  dayjs.locale(language === 'vi' ? 'vi' : 'en');
  document.documentElement.lang = language;
  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t: (key, values) => format(texts.messages[key] ?? key, values) }),
    [language, setLanguage, texts],
  );
  if (startsInEnglish && !english) return null;
  return (
    <Context.Provider value={value}>
      <ConfigProvider
        locale={texts.antd}
        // The components' styles come from the build's stylesheet (vite-antd-styles.ts), not from the browser.
        theme={{ ...THEME, zeroRuntime: true }}
      >
        <MessageProvider>
          <TextStyle>{children}</TextStyle>
        </MessageProvider>
      </ConfigProvider>
    </Context.Provider>
  );
}

export function useI18n(): I18n {
  const context = useContext(Context);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
