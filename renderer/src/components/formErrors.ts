import type { FormInstance } from 'antd';
import { ApiError } from '../api';
import { currentLang } from '../i18n';

/**
 * Puts the dispatcher's field errors under the form fields they name. Returns true when at least one
 * error landed on a field (the caller then does not need a toast).
 */
export function applyFieldErrors(
  form: FormInstance,
  e: unknown,
  known?: (path: (string | number)[]) => boolean,
): boolean {
  if (!(e instanceof ApiError) || !e.body.fields?.length) return false;
  const en = currentLang() === 'en';
  const fields = e.body.fields
    .filter((f) => f.path.length > 0 && (known ? known(f.path) : true))
    .map((f) => ({
      name: f.path.length === 1 ? f.path[0]! : f.path,
      errors: [stripLabel(en ? f.message_en : f.message_zh)],
    }));
  if (fields.length === 0) return false;
  form.setFields(fields as never);
  return true;
}

/** "客户全称（法人全称）：必填" → "必填": the label is already next to the field. */
function stripLabel(msg: string): string {
  const i = msg.search(/[：:]\s?/);
  return i > 0 && i < 30 ? msg.slice(i + 1).trim() : msg;
}

/** Form onValuesChange handler: a server error under a field goes away once the user edits that field. */
export function clearErrorsOnChange(form: FormInstance) {
  return (changed: Record<string, unknown>) => {
    form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })) as never);
  };
}
