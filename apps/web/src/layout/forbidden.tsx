import { Result } from 'antd';
import { useI18n } from '../i18n/i18n';

/** A staff page the user's roles do not open. */
export function Forbidden() {
  const { t } = useI18n();
  return <Result status="403" title="403" subTitle={t('error.forbiddenPage')} />;
}
