import { Modal, type ModalFuncProps } from 'antd';
import { useEffect, useRef } from 'react';

/**
 * Ant Design's confirmation dialog, opened when this mounts; `onClosed` runs once it has closed (confirmed or
 * not). Loaded lazily by the pages that ask, so Modal stays out of their first load.
 */
export function Confirm({ onClosed, ...props }: Omit<ModalFuncProps, 'afterClose'> & { onClosed(): void }) {
  const [modal, holder] = Modal.useModal();
  // Opened once (StrictMode runs effects twice); the dialog keeps the props it was opened with, as
  // modal.confirm does, and goes with this component.
  const isOpened = useRef(false);
  useEffect(() => {
    if (isOpened.current) return;
    isOpened.current = true;
    modal.confirm({ ...props, afterClose: onClosed });
  });
  return holder;
}
