import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../api';
import { bi } from '../i18n';

/** antd's message/modal bound to the app context, plus one way to show any error. */
export function useFeedback() {
  const { message, modal, notification } = App.useApp();
  const showError = useCallback(
    (e: unknown) => {
      if (e instanceof ApiError) {
        const text = bi(e.body);
        message.error({ content: text, duration: 6 });
      } else {
        message.error(String((e as Error)?.message ?? e));
      }
    },
    [message],
  );
  return { message, modal, notification, showError };
}
