import type { ProcedureV1 } from '@motcua/contracts';
import { Descriptions, Tag } from 'antd';
import { channelKey, feeKindKey, formatDong, timeUnitKey } from '../../components/labels';
import { useI18n } from '../../i18n/i18n';

export function ProcedureSummary({ procedure }: { procedure: ProcedureV1 }) {
  const { t } = useI18n();
  const { definition } = procedure;
  return (
    <Descriptions size="small" column={1} style={{ marginTop: 12 }} data-testid="procedure-summary">
      <Descriptions.Item label={t('catalog.sector')}>{definition.sector}</Descriptions.Item>
      <Descriptions.Item label={t('catalog.processingTime')}>
        {definition.processingTime.amount} {t(timeUnitKey(definition.processingTime.unit))}
        {definition.processingTime.sameDayCutoff &&
          ` (${t('catalog.cutoff', { time: definition.processingTime.sameDayCutoff })})`}
      </Descriptions.Item>
      <Descriptions.Item label={t('catalog.fees')}>
        {definition.fees.length === 0
          ? t('catalog.noFees')
          : definition.fees.map((fee) => (
              <div key={fee.name}>
                {t(feeKindKey(fee.kind))}: {fee.name} — <b>{formatDong(fee.amountDong)}</b>
              </div>
            ))}
      </Descriptions.Item>
      <Descriptions.Item label={t('catalog.channels')}>
        {definition.channels.map((channel) => (
          <Tag key={channel}>{t(channelKey(channel))}</Tag>
        ))}
      </Descriptions.Item>
      <Descriptions.Item label={t('catalog.resultForm')}>{definition.resultForm}</Descriptions.Item>
    </Descriptions>
  );
}
