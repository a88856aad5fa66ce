import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { format } from './format';
import { MESSAGES, type Language, type MessageKey } from './messages';

const STORAGE_KEY = 'motcua.language';

interface I18n {
  readonly language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
}

const Context = createContext<I18n | null>(null);

function storedLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
}

/** Vietnamese first; English on request, remembered on this browser. Also sets Ant Design's and dayjs' locale. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  dayjs.locale(language === 'vi' ? 'vi' : 'en');
  document.documentElement.lang = language;
  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t: (key, values) => format(MESSAGES[language][key] ?? key, values) }),
    [language, setLanguage],
  );
  return (
    <Context.Provider value={value}>
      <ConfigProvider
        locale={language === 'vi' ? viVN : enUS}
        theme={{
          algorithm: theme.defaultAlgorithm,
          token: { colorPrimary: '#0b5cad', borderRadius: 6, fontSize: 14 },
        }}
      >
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </Context.Provider>
  );
}

export function useI18n(): I18n {
  const context = useContext(Context);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
