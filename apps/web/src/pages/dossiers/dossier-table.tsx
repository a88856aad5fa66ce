import type { DossierV1 } from '@motcua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Table, Tag, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { api, type DossierListParams } from '../../api/endpoints';
import { STATUS_COLORS, statusKey } from '../../components/labels';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { DUE_STATE_COLORS, dueState } from './due-state';

const when = (at?: string) => (at ? dayjs(at).format('HH:mm DD/MM/YYYY') : '—');

/** A page of dossiers from the server (never the whole list in the browser), with due-state colours. */
export function DossierTable({
  params,
  onPage,
  extraColumns = [],
}: {
  params: DossierListParams;
  onPage(page: number, pageSize: number): void;
  extraColumns?: TableColumnsType<DossierV1>;
}) {
  const { t } = useI18n();
  const units = useQuery({ queryKey: ['units'], queryFn: api.units, staleTime: Infinity });
  const page = useQuery({
    queryKey: ['dossiers', params],
    queryFn: () => api.listDossiers(params),
    placeholderData: (previous) => previous,
  });
  const unitName = (code: string) => units.data?.items.find((unit) => unit.code === code)?.shortName ?? code;
  const now = new Date();
  return (
    <Table<DossierV1>
      rowKey="id"
      size="middle"
      data-testid="dossier-table"
      loading={page.isFetching}
      dataSource={page.data?.items ?? []}
      pagination={{
        current: params.page,
        pageSize: params.pageSize,
        total: page.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        onChange: onPage,
        showTotal: (total) => t('common.total', { total }),
      }}
      columns={[
        {
          title: t('dossier.code'),
          dataIndex: 'code',
          width: 230,
          render: (code: string, row) => <Link to={`/dossiers/${row.id}`}>{code}</Link>,
        },
        {
          title: t('dossier.applicant'),
          key: 'applicant',
          render: (_, row) => (
            <>
              {row.applicant.fullName}
              <div style={{ color: '#8c8c8c', fontSize: 13 }}>{row.applicant.phone}</div>
            </>
          ),
        },
        { title: t('dossier.procedure'), dataIndex: 'procedureName', ellipsis: true },
        { title: t('dossier.unit'), dataIndex: 'handlingUnitCode', width: 120, render: unitName },
        { title: t('dossier.receivedAt'), dataIndex: 'receivedAt', width: 140, render: when },
        {
          title: t('dossier.dueAt'),
          dataIndex: 'dueAt',
          width: 150,
          render: (dueAt: string | undefined, row) => {
            const state = dueState(row, now);
            return (
              <Tag color={DUE_STATE_COLORS[state]} title={t(`due.${state}` as MessageKey)}>
                {when(dueAt)}
              </Tag>
            );
          },
        },
        {
          title: t('catalog.status'),
          dataIndex: 'status',
          width: 170,
          render: (status: string) => <Tag color={STATUS_COLORS[status]}>{t(statusKey(status))}</Tag>,
        },
        ...extraColumns,
      ]}
    />
  );
}
