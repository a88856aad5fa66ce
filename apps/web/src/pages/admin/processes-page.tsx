import { PlusOutlined, WarningOutlined } from '@ant-design/icons';
import type { DefaultProcessItemV1, ProcessStepV1 } from '@motcua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Row, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { api } from '../../api/endpoints';
import { useI18n } from '../../i18n/i18n';
import { ProcedurePicker } from '../reception/procedure-picker';
import { ProcessSteps } from './process-steps';

// The editor (a drawer with its form) loads when an admin starts a new version.
const ProcessEditor = lazy(async () => ({ default: (await import('./process-editor')).ProcessEditor }));

/** What a new process starts from when none was published: the default single step at the deciding unit. */
const firstStep = (unitCode?: string): ProcessStepV1[] => [
  {
    key: 'tham-dinh',
    name: 'Thẩm định hồ sơ',
    unitCode: unitCode ?? '',
    role: 'officer',
    duration: { amount: 1, unit: 'working_days' },
    next: [],
  } as ProcessStepV1,
];

/** Quy trình nội bộ: the published steps of a procedure, new versions checked and published, the defaults flagged. */
export default function ProcessesPage() {
  const { t } = useI18n();
  const [code, setCode] = useState<string | undefined>();
  const [version, setVersion] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const defaults = useQuery({ queryKey: ['default-processes'], queryFn: api.defaultProcesses });
  const process = useQuery({
    queryKey: ['process', code],
    queryFn: () => api.process(code ?? ''),
    enabled: code !== undefined,
  });
  const versions = process.data?.versions ?? [];
  const shown = versions.find((item) => item.version === version) ?? versions.at(-1);
  const defaultItem = defaults.data?.items.find((item) => item.procedureCode === code);
  const choose = (next?: string) => {
    setCode(next);
    setVersion(null);
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('menu.processes')}
      </Typography.Title>
      <Row gutter={16}>
        <Col span={16}>
          <Card>
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              <ProcedurePicker value={code} onChange={choose} />
              {!code && <Empty description={t('processes.choose')} />}
              {process.data?.isDefault && (
                <Alert type="warning" showIcon message={t('processes.onDefault')} data-testid="on-default" />
              )}
              {code && process.data && (
                <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
                  {shown ? (
                    <Space>
                      <Select
                        value={shown.version}
                        onChange={setVersion}
                        style={{ width: 160 }}
                        aria-label={t('processes.version')}
                        options={versions.map((item) => ({
                          value: item.version,
                          label: t('processes.versionN', { version: item.version }),
                        }))}
                      />
                      {shown === versions.at(-1) && <Tag color="green">{t('processes.inForce')}</Tag>}
                      <Typography.Text type="secondary">
                        {t('processes.publishedAt', {
                          at: dayjs(shown.publishedAt).format('HH:mm DD/MM/YYYY'),
                        })}
                      </Typography.Text>
                    </Space>
                  ) : (
                    <span />
                  )}
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(true)}>
                    {t('processes.newVersion')}
                  </Button>
                </Space>
              )}
              {shown && <ProcessSteps steps={shown.definition.steps} />}
            </Space>
          </Card>
        </Col>
        <Col span={8}>
          <Card
            title={
              <Space>
                <WarningOutlined style={{ color: '#d48806' }} />
                {t('processes.defaultsTitle')}
              </Space>
            }
            extra={<Tag color="orange">{defaults.data?.items.length ?? 0}</Tag>}
          >
            <Typography.Paragraph type="secondary">{t('processes.defaultsHint')}</Typography.Paragraph>
            <div data-testid="default-processes">
              <Table<DefaultProcessItemV1>
                rowKey="procedureCode"
                size="small"
                loading={defaults.isFetching}
                dataSource={defaults.data?.items ?? []}
                pagination={{ pageSize: 8, showSizeChanger: false, size: 'small' }}
                onRow={(row) => ({ onClick: () => choose(row.procedureCode), style: { cursor: 'pointer' } })}
                columns={[
                  { title: t('catalog.code'), dataIndex: 'procedureCode', width: 90 },
                  {
                    title: t('catalog.name'),
                    dataIndex: 'procedureName',
                    render: (name: string, row) => (
                      <>
                        {name} {row.interAgency && <Tag color="geekblue">{t('processes.interAgency')}</Tag>}
                      </>
                    ),
                  },
                ]}
              />
            </div>
          </Card>
        </Col>
      </Row>
      <Suspense fallback={null}>
        {editing && code && (
          <ProcessEditor
            procedureCode={code}
            initialSteps={versions.at(-1)?.definition.steps ?? firstStep(defaultItem?.handlingUnitCode)}
            onClose={() => setEditing(false)}
          />
        )}
      </Suspense>
    </Space>
  );
}
