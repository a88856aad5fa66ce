import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { ContactPointV1, CourierUnitV1 } from '@motcua/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Input, Row } from 'antd';
import { api } from '../../api/endpoints';
import { FormOverlay, useCommandForm, useRequired } from '../../components/form-overlay';
import { useMessage } from '../../components/message';
import { useI18n } from '../../i18n/i18n';

const WORKING_HOURS = '07:30–11:30, 13:30–16:30 các ngày làm việc';

interface ContactPointsForm {
  contactPoints?: ContactPointV1[];
}

/** A unit's postal contact points (people, phones, hours), replaced as a whole. */
export function ContactPointsEditor({ unit, onClose }: { unit: CourierUnitV1; onClose(): void }) {
  const { t } = useI18n();
  const message = useMessage();
  const queryClient = useQueryClient();
  const required = useRequired();
  const editor = useCommandForm({
    send: (values: ContactPointsForm) =>
      api.replaceContactPoints(
        unit.code,
        (values.contactPoints ?? []).map((point) => ({
          fullName: point.fullName.trim(),
          phone: point.phone.replace(/[\s.]/g, ''),
          hours: point.hours.trim(),
          ...(point.email?.trim() ? { email: point.email.trim() } : {}),
        })),
      ),
    onDone: () => {
      void message.success(t('contacts.saved', { unit: unit.name ?? unit.code }));
      void queryClient.invalidateQueries({ queryKey: ['courier-units'] });
      onClose();
    },
    repeatFieldErrors: true,
  });
  const blank = { fullName: '', phone: '', hours: WORKING_HOURS };

  return (
    <FormOverlay<ContactPointsForm>
      {...editor}
      drawer
      width={860}
      title={t('contacts.editTitle', { unit: unit.name ?? unit.code })}
      okText={t('action.save')}
      onClose={onClose}
      initialValues={{ contactPoints: unit.contactPoints.length > 0 ? unit.contactPoints : [blank] }}
      intro={
        unit.heldShipments > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('contacts.releaseHint', { count: unit.heldShipments })}
          />
        )
      }
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
    </FormOverlay>
  );
}
