import type { CalendarDayV1, CalendarYearV1 } from '@motcua/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { DatePicker } from '../../components/date-pickers';
import { api } from '../../api/endpoints';
import { canAdminister } from '../../auth/roles';
import { useActor } from '../../auth/session';
import { dayKindKey, timeUnitKey } from '../../components/labels';
import { useI18n } from '../../i18n/i18n';

// The holidays editor (a form over the year) loads when an admin opens it.
const CalendarEditor = lazy(async () => ({ default: (await import('./calendar-editor')).CalendarEditor }));

const KIND_COLORS: Record<string, string> = {
  holiday: 'red',
  compensatory_day_off: 'orange',
  swapped_day_off: 'gold',
  swapped_working_day: 'green',
};

/** Lịch làm việc: a year's holidays and swapped days with their legal basis; admins replace them. */
export default function CalendarPage() {
  const { t } = useI18n();
  const actor = useActor();
  const [year, setYear] = useState(dayjs().year());
  const [editing, setEditing] = useState(false);
  const calendar = useQuery({ queryKey: ['calendar', year], queryFn: () => api.calendarYear(year) });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.calendar')}
        </Typography.Title>
        <Space>
          <InputNumber
            min={2000}
            max={2100}
            value={year}
            onChange={(value) => value && setYear(value)}
            aria-label={t('calendar.year')}
          />
          {canAdminister(actor.roles) && !editing && calendar.data && (
            <Button type="primary" onClick={() => setEditing(true)}>
              {t('calendar.edit')}
            </Button>
          )}
        </Space>
      </div>
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          {calendar.error && <Alert type="error" showIcon message={calendar.error.message} />}
          {calendar.data &&
            (editing ? (
              <Suspense fallback={null}>
                <CalendarEditor calendar={calendar.data} onClose={() => setEditing(false)} />
              </Suspense>
            ) : (
              <CalendarView calendar={calendar.data} />
            ))}
        </Col>
        <Col xs={24} xl={8}>
          <DueDatePreview />
        </Col>
      </Row>
    </Space>
  );
}

function CalendarView({ calendar }: { calendar: CalendarYearV1 }) {
  const { t } = useI18n();
  return (
    <Card size="small">
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('calendar.workingHours')}>
          {calendar.workingHours.map((interval) => `${interval.start}–${interval.end}`).join(', ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('calendar.weekend')}>
          {calendar.weekendDays.map((day) => t(`weekday.${day}` as never)).join(', ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('calendar.saturdayMorning')}>
          {calendar.saturdayMorningService ? t('common.yes') : t('common.no')}
        </Descriptions.Item>
      </Descriptions>
      <Table<CalendarDayV1>
        size="small"
        rowKey="date"
        pagination={false}
        dataSource={[...calendar.days].sort((a, b) => a.date.localeCompare(b.date))}
        columns={[
          {
            title: t('calendar.date'),
            dataIndex: 'date',
            width: 120,
            render: (date: string) => dayjs(date).format('DD/MM/YYYY'),
          },
          {
            title: t('calendar.kind'),
            dataIndex: 'kind',
            width: 170,
            render: (kind: string) => <Tag color={KIND_COLORS[kind]}>{t(dayKindKey(kind))}</Tag>,
          },
          { title: t('calendar.name'), dataIndex: 'name' },
          { title: t('catalog.legalBasis'), dataIndex: 'legalBasis', ellipsis: true },
        ]}
      />
    </Card>
  );
}

interface PreviewForm {
  from: Dayjs;
  amount: number;
  unit: string;
  cutoff?: string;
}

/** When a time limit counted from a moment runs out on the Center's calendar. */
function DueDatePreview() {
  const { t } = useI18n();
  const preview = useMutation({
    mutationFn: (values: PreviewForm) =>
      api.dueDate({
        from: values.from.toISOString(),
        amount: values.amount,
        unit: values.unit,
        cutoff: values.cutoff || undefined,
      }),
  });
  return (
    <Card size="small" title={t('calendar.preview')}>
      <Form<PreviewForm>
        layout="vertical"
        initialValues={{ from: dayjs(), amount: 5, unit: 'working_days' }}
        onFinish={(values) => preview.mutate(values)}
      >
        <Form.Item label={t('calendar.from')} name="from" rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="HH:mm DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Row gutter={8}>
          <Col span={10}>
            <Form.Item label={t('catalog.processingTime')} name="amount" rules={[{ required: true }]}>
              <InputNumber min={0} max={365} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item label={t('catalog.timeUnit')} name="unit">
              <Select
                options={['working_days', 'working_hours', 'calendar_days'].map((unit) => ({
                  value: unit,
                  label: t(timeUnitKey(unit)),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('catalog.cutoffTime')} name="cutoff">
          <Input placeholder="15:00" />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={preview.isPending} block>
          {t('calendar.compute')}
        </Button>
      </Form>
      {preview.error && (
        <Alert type="error" showIcon message={preview.error.message} style={{ marginTop: 12 }} />
      )}
      {preview.data && (
        <Descriptions column={1} size="small" style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('calendar.countedFrom')}>
            {dayjs(preview.data.countedFrom).format('HH:mm DD/MM/YYYY')}
          </Descriptions.Item>
          <Descriptions.Item label={t('dossier.dueAt')}>
            <b>{dayjs(preview.data.dueAt).format('HH:mm dddd DD/MM/YYYY')}</b>
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
