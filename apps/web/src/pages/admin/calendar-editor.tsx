import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { CalendarDayV1, CalendarYearV1 } from '@motcua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/endpoints';
import { ApiError, fieldErrorsByPath } from '../../api/errors';
import { DatePicker } from '../../components/date-pickers';
import { showFieldErrors } from '../../components/form-errors';
import { dayKindKey } from '../../components/labels';
import { useMessage } from '../../components/message';
import { useI18n } from '../../i18n/i18n';

const DAY_KINDS = ['holiday', 'compensatory_day_off', 'swapped_day_off', 'swapped_working_day'];

interface EditorDay extends Omit<CalendarDayV1, 'date'> {
  date: Dayjs;
}

/** A year's holidays and swapped days, replaced as a whole. */
export function CalendarEditor({ calendar, onClose }: { calendar: CalendarYearV1; onClose(): void }) {
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
