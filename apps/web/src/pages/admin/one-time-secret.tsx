import { Alert, Modal, Typography } from 'antd';

/** A password or client secret the gateway shows once: copyable, with the warning that it will not come back. */
export function OneTimeSecret(props: {
  title: string;
  note: string;
  secret: string;
  okText: string;
  testId: string;
  onClose(): void;
}) {
  return (
    <Modal
      open
      title={props.title}
      okText={props.okText}
      onOk={props.onClose}
      onCancel={props.onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      maskClosable={false}
      destroyOnHidden
    >
      <Alert type="warning" showIcon message={props.note} style={{ marginBottom: 16 }} />
      <Typography.Paragraph
        copyable
        code
        data-testid={props.testId}
        style={{ fontSize: 18, textAlign: 'center', margin: 0 }}
      >
        {props.secret}
      </Typography.Paragraph>
    </Modal>
  );
}
