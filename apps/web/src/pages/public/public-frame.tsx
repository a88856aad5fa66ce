import { Segmented, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/messages';

/** The citizen-facing pages: the Center's name, the language, the content in a narrow column for phones. */
export function PublicFrame({
  title,
  children,
  maxWidth = 560,
}: {
  title: string;
  children: ReactNode;
  maxWidth?: number;
}) {
  const { t, language, setLanguage } = useI18n();
  return (
    <div style={{ minHeight: '100vh', background: '#f0f4f9' }}>
      <header style={{ background: '#0b5cad', color: '#fff', padding: '12px 16px' }}>
        <div
          style={{
            maxWidth,
            margin: '0 auto',
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
            gap: 8,
          }}
        >
          <div>
            <div style={{ fontSize: 12, opacity: 0.85, textTransform: 'uppercase' }}>
              {t('app.centerName')}
            </div>
            <div style={{ fontSize: 20, fontWeight: 600 }}>{title}</div>
          </div>
          <Segmented<Language>
            size="small"
            value={language}
            onChange={setLanguage}
            options={[
              { label: 'VI', value: 'vi' },
              { label: 'EN', value: 'en' },
            ]}
          />
        </div>
      </header>
      <main style={{ maxWidth, margin: '0 auto', padding: 16 }}>{children}</main>
      <footer style={{ textAlign: 'center', padding: 16 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('public.footer')}
        </Typography.Text>
      </footer>
    </div>
  );
}
