import type { ProcedureV1 } from '@motcua/contracts';
import { Col, Form, Input, Radio, Row } from 'antd';
import { channelKey } from '../../components/labels';
import { useI18n } from '../../i18n/i18n';

// Quick checks while typing; the gateway's rules (CCCD structure, mobile ranges) decide on submit.
const CITIZEN_ID = /^\d{12}$/;
const MOBILE = /^(\+84|0)\d{9}$/;

/** The applicant (người nộp) and how they submit and get the result. */
export function ApplicantFields({ procedure }: { procedure?: ProcedureV1 }) {
  const { t } = useI18n();
  const method = Form.useWatch(['resultDelivery', 'method']);
  const channels = (procedure?.definition.channels ?? ['direct']).filter((channel) => channel !== 'online');
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('validation.required', { field: label }),
  });
  return (
    <>
      <Form.Item
        label={t('applicant.fullName')}
        name={['applicant', 'fullName']}
        rules={[required(t('applicant.fullName')), { max: 200 }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            label={t('applicant.idNumber')}
            name={['applicant', 'idNumber']}
            rules={[
              required(t('applicant.idNumber')),
              { pattern: CITIZEN_ID, message: t('validation.citizenId') },
            ]}
          >
            <Input inputMode="numeric" maxLength={12} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            label={t('applicant.phone')}
            name={['applicant', 'phone']}
            rules={[
              required(t('applicant.phone')),
              {
                transform: (value: string) => value?.replace(/[\s.]/g, ''),
                pattern: MOBILE,
                message: t('validation.mobile'),
              },
            ]}
          >
            <Input inputMode="tel" autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t('applicant.email')}
        name={['applicant', 'email']}
        rules={[{ type: 'email', message: t('validation.email') }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('applicant.address')}
        name={['applicant', 'address']}
        rules={[required(t('applicant.address')), { max: 500 }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label={t('reception.channel')} name="channel">
            <Radio.Group
              options={channels.map((channel) => ({ value: channel, label: t(channelKey(channel)) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('reception.resultDelivery')} name={['resultDelivery', 'method']}>
            <Radio.Group
              options={[
                { value: 'counter', label: t('reception.atCounter') },
                {
                  value: 'post',
                  label: t('reception.byPost'),
                  disabled: procedure !== undefined && !procedure.definition.postalReturn,
                },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      {method === 'post' && (
        <Form.Item
          label={t('reception.deliveryAddress')}
          name={['resultDelivery', 'address']}
          rules={[required(t('reception.deliveryAddress')), { max: 500 }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      )}
    </>
  );
}
