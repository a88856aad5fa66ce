import type { SmsLengthV1 } from '@motcua/contracts';
import { Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n';

/** "160 ký tự · 3 tin" and which alphabet counts them: UCS-2 (with diacritics, 70 a segment) or GSM (160). */
export function SmsLength({ sms }: { sms: SmsLengthV1 }) {
  const { t } = useI18n();
  return (
    <span data-testid="sms-length">
      <Typography.Text strong>{t('templates.segments', { segments: sms.segments })}</Typography.Text>{' '}
      <Typography.Text type="secondary">
        {t('templates.characters', { characters: sms.characters })}
      </Typography.Text>{' '}
      <Tag color={sms.encoding === 'ucs2' ? 'orange' : 'green'}>
        {t(`templates.encoding.${sms.encoding}`)}
      </Tag>
    </span>
  );
}
