import { Card, Empty, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { RECENT_DOSSIERS_KEY, useLocalState, type RecentDossier } from '../../components/use-local-state';
import { useI18n } from '../../i18n/i18n';

/** Dossiers received or opened on this computer (a searchable list over all dossiers waits for its API). */
export default function RecentDossiersPage() {
  const { t } = useI18n();
  const [recent] = useLocalState<RecentDossier[]>(RECENT_DOSSIERS_KEY, []);
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('dossiers.recentTitle')}
        </Typography.Title>
      }
    >
      <Typography.Paragraph type="secondary">{t('dossiers.recentHint')}</Typography.Paragraph>
      <Table<RecentDossier>
        rowKey="id"
        dataSource={recent}
        locale={{ emptyText: <Empty description={t('dossiers.noRecent')} /> }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          {
            title: t('dossier.code'),
            dataIndex: 'code',
            render: (code: string, row) => <Link to={`/dossiers/${row.id}`}>{code}</Link>,
          },
          { title: t('dossier.applicant'), dataIndex: 'applicantName' },
          { title: t('dossier.procedure'), dataIndex: 'procedureName', ellipsis: true },
          {
            title: t('dossier.receivedAt'),
            dataIndex: 'receivedAt',
            render: (at: string) => dayjs(at).format('HH:mm DD/MM/YYYY'),
          },
        ]}
      />
    </Card>
  );
}
