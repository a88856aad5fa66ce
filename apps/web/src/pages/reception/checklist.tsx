import type { ProcedureV1 } from '@motcua/contracts';
import { Button, Checkbox, Form, InputNumber, Space, Tag, Typography } from 'antd';
import { documentFormKey } from '../../components/labels';
import { useI18n } from '../../i18n/i18n';
import { isMandatory } from './reception-form';

/** Thành phần hồ sơ: one tick per paper the applicant handed over, with the number of copies. */
export function Checklist({ procedure }: { procedure: ProcedureV1 }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const documents = procedure.definition.requiredDocuments;
  if (documents.length === 0)
    return <Typography.Text type="secondary">{t('reception.noDocuments')}</Typography.Text>;
  const tickMandatory = () =>
    form.setFieldsValue({
      checklist: documents.map((document, index) => ({
        ...form.getFieldValue(['checklist', index]),
        checked: isMandatory(document) || form.getFieldValue(['checklist', index, 'checked']) === true,
      })),
    });
  return (
    <div data-testid="checklist">
      {documents.map((document, index) => (
        <div
          key={index}
          style={{
            display: 'flex',
            gap: 12,
            alignItems: 'flex-start',
            padding: '8px 0',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Form.Item name={['checklist', index, 'checked']} valuePropName="checked" noStyle>
            <Checkbox aria-label={document.name} style={{ marginTop: 2 }} />
          </Form.Item>
          <div style={{ flex: 1 }}>
            <div>{document.name}</div>
            <Space size={4} wrap style={{ marginTop: 4 }}>
              <Tag>{t(documentFormKey(document.form))}</Tag>
              {isMandatory(document) ? (
                <Tag color="red">{t('reception.mandatory')}</Tag>
              ) : (
                <Tag color="gold" title={document.condition}>
                  {t('reception.conditional')}
                </Tag>
              )}
              {document.condition && (
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {document.condition}
                </Typography.Text>
              )}
            </Space>
          </div>
          <Form.Item name={['checklist', index, 'count']} noStyle initialValue={document.count}>
            <InputNumber
              min={1}
              max={50}
              size="small"
              style={{ width: 64 }}
              aria-label={t('reception.copies')}
            />
          </Form.Item>
        </div>
      ))}
      <Button type="link" onClick={tickMandatory} style={{ paddingLeft: 0 }}>
        {t('reception.tickMandatory')}
      </Button>
    </div>
  );
}
