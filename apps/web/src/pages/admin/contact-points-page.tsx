import { EditOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { ContactPointV1, CourierUnitV1 } from '@motcua/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Drawer, Form, Input, Row, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api } from '../../api/endpoints';
import { ApiError, fieldErrorsByPath } from '../../api/errors';
import { showFieldErrors } from '../../components/form-errors';
import { useI18n } from '../../i18n/i18n';
import { useMessage } from '../../components/message';

const WORKING_HOURS = '07:30–11:30, 13:30–16:30 các ngày làm việc';

// Units that block shipments first, the most held shipments first among them, then by name.
const byUrgency = (a: CourierUnitV1, b: CourierUnitV1) =>
  Number(a.hasContactPoint) - Number(b.hasContactPoint) ||
  b.heldShipments - a.heldShipments ||
  (a.name ?? a.code).localeCompare(b.name ?? b.code, 'vi');

function ContactPointsEditor({ unit, onClose }: { unit: CourierUnitV1; onClose(): void }) {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ contactPoints: ContactPointV1[] }>();
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (contactPoints: ContactPointV1[]) => api.replaceContactPoints(unit.code, contactPoints),
    onSuccess: () => {
      void message.success(t('contacts.saved', { unit: unit.name ?? unit.code }));
      void queryClient.invalidateQueries({ queryKey: ['courier-units'] });
      onClose();
    },
    onError: (failure: Error) => {
      if (!(failure instanceof ApiError)) return setError(t('error.network'));
      const fields = fieldErrorsByPath(failure.fieldErrors);
      showFieldErrors(form, fields);
      // The messages under the inputs, once more at the top: the gateway's own summary names raw paths.
      setError(fields.length > 0 ? fields.flatMap((field) => field.errors).join(' · ') : failure.message);
    },
  });
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('validation.required', { field }),
  });
  const blank = { fullName: '', phone: '', hours: WORKING_HOURS };

  return (
    <Drawer
      open
      width={860}
      title={t('contacts.editTitle', { unit: unit.name ?? unit.code })}
      onClose={onClose}
      extra={
        <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
          {t('action.save')}
        </Button>
      }
    >
      {unit.heldShipments > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('contacts.releaseHint', { count: unit.heldShipments })}
        />
      )}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ contactPoints: unit.contactPoints.length > 0 ? unit.contactPoints : [blank] }}
        onFinish={(values) => {
          setError(null);
          save.mutate(
            (values.contactPoints ?? []).map((point) => ({
              fullName: point.fullName.trim(),
              phone: point.phone.replace(/[\s.]/g, ''),
              hours: point.hours.trim(),
              ...(point.email?.trim() ? { email: point.email.trim() } : {}),
            })),
          );
        }}
      >
        <Form.List name="contactPoints">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={t('contacts.pointN', { n: index + 1 })}
                  extra={
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('action.remove')}
                      onClick={() => remove(field.name)}
                    />
                  }
                >
                  <Row gutter={12}>
                    <Col span={9}>
                      <Form.Item
                        label={t('contacts.fullName')}
                        name={[field.name, 'fullName']}
                        rules={[required(t('contacts.fullName'))]}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item
                        label={t('contacts.phone')}
                        name={[field.name, 'phone']}
                        rules={[required(t('contacts.phone'))]}
                      >
                        <Input inputMode="tel" />
                      </Form.Item>
                    </Col>
                    <Col span={9}>
                      <Form.Item label={t('contacts.email')} name={[field.name, 'email']}>
                        <Input inputMode="email" />
                      </Form.Item>
                    </Col>
                    <Col span={24}>
                      <Form.Item
                        label={t('contacts.hours')}
                        name={[field.name, 'hours']}
                        rules={[required(t('contacts.hours'))]}
                        style={{ marginBottom: 0 }}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(blank)}>
                {t('contacts.addPoint')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}

/** Đầu mối giao nhận: units without a contact point first (the post cannot deliver to them), then edited here. */
export default function ContactPointsPage() {
  const { t } = useI18n();
  const [editing, setEditing] = useState<CourierUnitV1 | null>(null);
  const units = useQuery({ queryKey: ['courier-units'], queryFn: api.courierUnits });
  const rows = useMemo(() => [...(units.data?.items ?? [])].sort(byUrgency), [units.data]);
  const missing = rows.filter((unit) => !unit.hasContactPoint).length;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('menu.contactPoints')}
      </Typography.Title>
      {missing > 0 && (
        <Alert type="warning" showIcon message={t('contacts.missingHint', { count: missing })} />
      )}
      <Card>
        <Table<CourierUnitV1>
          rowKey="code"
          size="middle"
          loading={units.isFetching}
          dataSource={rows}
          pagination={{
            pageSize: 20,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
          }}
          columns={[
            {
              title: t('contacts.unit'),
              dataIndex: 'name',
              render: (name: string | undefined, row) => (
                <>
                  <div>{name ?? row.code}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {row.code}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t('contacts.points'),
              dataIndex: 'contactPoints',
              render: (points: ContactPointV1[], row) =>
                row.hasContactPoint ? (
                  points.map((point) => (
                    <div key={`${point.fullName}-${point.phone}`}>
                      <b>{point.fullName}</b> · {point.phone}
                      <div style={{ color: '#8c8c8c', fontSize: 12 }}>{point.hours}</div>
                    </div>
                  ))
                ) : (
                  <Tag color="red">{t('contacts.none')}</Tag>
                ),
            },
            {
              title: t('contacts.held'),
              dataIndex: 'heldShipments',
              width: 160,
              align: 'right',
              render: (held: number) => (held > 0 ? <Tag color="orange">{held}</Tag> : 0),
            },
            {
              key: 'actions',
              width: 110,
              render: (_, row) => (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => setEditing(row)}
                  data-testid={`edit-${row.code}`}
                >
                  {t('contacts.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {editing && <ContactPointsEditor unit={editing} onClose={() => setEditing(null)} />}
    </Space>
  );
}
