import type { FormInstance } from 'antd';
import type { FormFieldErrors } from '../api/errors';

/** Shows the gateway's messages under the inputs they name (paths come from its error details). */
export function showFieldErrors(form: FormInstance, fields: FormFieldErrors): void {
  form.setFields(fields);
}
