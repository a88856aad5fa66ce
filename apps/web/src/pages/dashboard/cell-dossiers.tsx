import { useQuery } from '@tanstack/react-query';
import { Modal, Table } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { api, type ReportParams } from '../../api/endpoints';
import { useI18n } from '../../i18n/i18n';

/** A figure of the report that can be listed: its category, the row's key, the title of the list. */
export interface Cell {
  category: string;
  key?: string;
  title: string;
}

/** The dossiers behind one figure, so a manager can check it. */
export function CellDossiers({
  params,
  cell,
  onClose,
}: {
  params: ReportParams;
  cell: Cell;
  onClose(): void;
}) {
  const { t } = useI18n();
  const dossiers = useQuery({
    queryKey: ['report-dossiers', params, cell.category, cell.key],
    queryFn: () => api.reportDossiers({ ...params, category: cell.category, key: cell.key }),
  });
  const at = (instant: string | null) => (instant ? dayjs(instant).format('HH:mm DD/MM/YYYY') : '—');
  return (
    <Modal open width={860} title={cell.title} footer={null} onCancel={onClose}>
      <Table
        rowKey="dossierId"
        size="small"
        loading={dossiers.isLoading}
        dataSource={dossiers.data?.items ?? []}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        columns={[
          {
            title: t('work.code'),
            dataIndex: 'code',
            render: (code: string, item) => <Link to={`/dossiers/${item.dossierId}`}>{code}</Link>,
          },
          { title: t('dashboard.unit'), dataIndex: 'unitCode' },
          { title: t('work.procedure'), dataIndex: 'procedureCode' },
          { title: t('work.receivedAt'), dataIndex: 'receivedAt', render: at },
          { title: t('work.dueAt'), dataIndex: 'dueAt', render: at },
          { title: t('dashboard.resolvedAt'), dataIndex: 'resolvedAt', render: at },
          { title: t('dashboard.confirmedAt'), dataIndex: 'confirmedAt', render: at },
        ]}
      />
    </Modal>
  );
}

/** Bảng điều hành: today's counters and form II.06a for a period, by sector, unit or procedure. */
