import type { ProcedureSummaryV1 } from '@motcua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Select, Tag } from 'antd';
import { useDeferredValue, useState } from 'react';
import { api } from '../../api/endpoints';
import { useI18n } from '../../i18n/i18n';

/** Search the catalog by name (accents optional) or code, as the clerk types; Enter picks the highlighted one. */
export function ProcedurePicker({
  value,
  onChange,
}: {
  value?: string;
  onChange(code: string | undefined): void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const search = useDeferredValue(text.trim());
  const results = useQuery({
    queryKey: ['procedures', 'search', search],
    queryFn: () => api.searchProcedures({ q: search || undefined, pageSize: 20 }).then((page) => page.items),
    placeholderData: (previous) => previous,
  });
  // While a new search runs, the old results stay hidden: Enter must never pick a procedure from a stale list.
  const items: ProcedureSummaryV1[] = results.isPlaceholderData ? [] : (results.data ?? []);
  return (
    <Select
      id="procedure"
      data-testid="procedure-picker"
      showSearch
      autoFocus
      allowClear
      size="large"
      style={{ width: '100%' }}
      placeholder={t('reception.searchPlaceholder')}
      value={value}
      filterOption={false}
      onSearch={setText}
      onChange={(code?: string) => onChange(code)}
      loading={results.isFetching}
      notFoundContent={results.isFetching ? t('common.loading') : t('reception.noProcedure')}
      optionLabelProp="label"
      options={items.map((item) => ({
        value: item.code,
        label: `${item.code} — ${item.name}`,
        title: item.name,
        display: item,
      }))}
      optionRender={(option) => {
        const item = (option.data as { display: ProcedureSummaryV1 }).display;
        return (
          <div style={{ whiteSpace: 'normal', lineHeight: 1.35, padding: '2px 0' }}>
            <Tag>{item.code}</Tag>
            {item.name}
            <div style={{ color: '#8c8c8c', fontSize: 13 }}>{item.sector}</div>
          </div>
        );
      }}
    />
  );
}
