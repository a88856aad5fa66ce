import { message } from 'antd';
import { useEffect, useRef } from 'react';
import type { Toast } from './message';

/** Shows the waiting toasts with Ant Design's message, each once. */
export default function MessageHost({
  toasts,
  onShown,
}: {
  toasts: readonly Toast[];
  onShown(id: number): void;
}) {
  const [api, holder] = message.useMessage();
  const shown = useRef(new Set<number>());
  useEffect(() => {
    for (const toast of toasts) {
      if (shown.current.has(toast.id)) continue;
      shown.current.add(toast.id);
      void api[toast.level](toast.content);
      onShown(toast.id);
    }
  }, [toasts, api, onShown]);
  return holder;
}
