import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Drawer, Form, Modal, type FormInstance, type FormProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { ApiError, fieldErrorsByPath } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { showFieldErrors } from './form-errors';

/** The state an overlay shows for one form: the form, the refusal above it, and whether a command is on its way. */
export interface OverlayForm<Values> {
  readonly form: FormInstance<Values>;
  readonly error?: string | null;
  readonly isPending?: boolean;
  onFinish?(values: Values): void;
}

/**
 * A form that sends one command to the gateway. A refusal shows under the inputs it names; the alert above the
 * form says the rest (`repeatFieldErrors`: the fields' messages too, when the gateway's own summary names raw
 * paths); a network failure says so. Sending again clears the alert.
 */
export function useCommandForm<Values, Result>(options: {
  send(values: Values): Promise<Result>;
  onDone(result: Result): void;
  repeatFieldErrors?: boolean;
}): Required<OverlayForm<Values>> {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const command = useMutation({
    mutationFn: options.send,
    onSuccess: options.onDone,
    onError: (failure: Error) => {
      if (!(failure instanceof ApiError)) return setError(t('error.network'));
      const fields = fieldErrorsByPath(failure.fieldErrors);
      showFieldErrors(form, fields);
      if (fields.length === 0) return setError(failure.message);
      setError(options.repeatFieldErrors ? fields.flatMap((field) => field.errors).join(' · ') : null);
    },
  });
  return {
    form,
    error,
    isPending: command.isPending,
    onFinish: (values) => {
      setError(null);
      command.mutate(values);
    },
  };
}

/** A required text input's rule with the Vietnamese message naming it. */
export function useRequired(): (field: string) => { required: true; whitespace: true; message: string } {
  const { t } = useI18n();
  return (field) => ({ required: true, whitespace: true, message: t('validation.required', { field }) });
}

interface FormOverlayProps<Values> extends OverlayForm<Values> {
  readonly title: ReactNode;
  /** The text of the button that submits the form (unused when `actions` replace it). */
  readonly okText?: string;
  readonly width: number;
  /** The submit button in red, for a command that cannot be undone. */
  readonly danger?: boolean;
  /** A drawer (long forms, its button at the top) rather than a modal. */
  readonly drawer?: boolean;
  /** Replaces the submit button, for an editor with more than one action. */
  readonly actions?: ReactNode;
  /** Shown above the refusal and the form. */
  readonly intro?: ReactNode;
  readonly initialValues?: FormProps<Values>['initialValues'];
  readonly onValuesChange?: FormProps<Values>['onValuesChange'];
  onClose(): void;
  /** The form's fields. */
  readonly children: ReactNode;
}

/** The editors' frame: a modal or drawer around one vertical form, the refusal above it, save and cancel. */
export function FormOverlay<Values>(props: FormOverlayProps<Values>) {
  const { t } = useI18n();
  const { form, isPending = false } = props;
  const body = (
    <>
      {props.intro}
      {props.error && <Alert type="error" showIcon message={props.error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={props.initialValues}
        onValuesChange={props.onValuesChange}
        onFinish={props.onFinish}
      >
        {props.children}
      </Form>
    </>
  );
  if (props.drawer) {
    return (
      <Drawer
        open
        width={props.width}
        title={props.title}
        onClose={props.onClose}
        extra={
          props.actions ?? (
            <Button type="primary" loading={isPending} onClick={() => form.submit()}>
              {props.okText}
            </Button>
          )
        }
      >
        {body}
      </Drawer>
    );
  }
  return (
    <Modal
      open
      width={props.width}
      title={props.title}
      okText={props.okText}
      cancelText={t('action.cancel')}
      okButtonProps={{ loading: isPending, danger: props.danger }}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {body}
    </Modal>
  );
}
