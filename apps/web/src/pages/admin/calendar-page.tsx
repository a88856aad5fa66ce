import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { CalendarDayV1, CalendarYearV1 } from '@motcua/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
import { useState } from 'react';
import { DatePicker } from '../../components/date-pickers';
import { api } from '../../api/endpoints';
import { ApiError, fieldErrorsByPath } from '../../api/errors';
import { canAdminister } from '../../auth/roles';
import { useActor } from '../../auth/session';
import { dayKindKey, timeUnitKey } from '../../components/labels';
import { showFieldErrors } from '../../components/form-errors';
import { useI18n } from '../../i18n/i18n';
import { useMessage } from '../../components/message';

const DAY_KINDS = ['holiday', 'compensatory_day_off', 'swapped_day_off', 'swapped_working_day'];
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
              <CalendarEditor calendar={calendar.data} onClose={() => setEditing(false)} />
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

interface EditorDay extends Omit<CalendarDayV1, 'date'> {
  date: Dayjs;
}

function CalendarEditor({ calendar, onClose }: { calendar: CalendarYearV1; onClose(): void }) {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ days: EditorDay[] }>();
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (days: CalendarDayV1[]) => api.replaceCalendarYear(calendar.year, days),
    onSuccess: (saved) => {
      queryClient.setQueryData(['calendar', saved.year], saved);
      void message.success(t('calendar.saved'));
      onClose();
    },
    onError: (failure) => {
      if (failure instanceof ApiError) {
        const fields = fieldErrorsByPath(failure.fieldErrors);
        showFieldErrors(
          form,
          fields.filter((field) => field.name[0] === 'days' && field.name.length > 2),
        );
        setError(fields.length > 0 ? fields.flatMap((field) => field.errors).join(' · ') : failure.message);
      } else setError(t('error.network'));
    },
  });
  const required = { required: true, whitespace: true, message: t('validation.requiredShort') };
  return (
    <Card
      size="small"
      title={t('calendar.editTitle', { year: calendar.year })}
      extra={
        <Space>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('action.save')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('calendar.promiseKept')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        initialValues={{ days: calendar.days.map((day) => ({ ...day, date: dayjs(day.date) })) }}
        onFinish={({ days }) => {
          setError(null);
          save.mutate((days ?? []).map((day) => ({ ...day, date: day.date.format('YYYY-MM-DD') })));
        }}
      >
        <Form.List name="days">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row key={field.key} gutter={8}>
                  <Col span={5}>
                    <Form.Item
                      name={[field.name, 'date']}
                      rules={[{ required: true, message: t('validation.requiredShort') }]}
                    >
                      <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'kind']} initialValue="holiday">
                      <Select
                        options={DAY_KINDS.map((kind) => ({ value: kind, label: t(dayKindKey(kind)) }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item name={[field.name, 'name']} rules={[required]}>
                      <Input placeholder={t('calendar.name')} />
                    </Form.Item>
                  </Col>
                  <Col span={7}>
                    <Form.Item name={[field.name, 'legalBasis']} rules={[required]}>
                      <Input placeholder={t('catalog.legalBasis')} />
                    </Form.Item>
                  </Col>
                  <Col span={1}>
                    <MinusCircleOutlined
                      aria-label={t('action.remove')}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 10 }}
                    />
                  </Col>
                </Row>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                block
                onClick={() => add({ date: dayjs(`${calendar.year}-01-01`) })}
              >
                {t('calendar.addDay')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
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
