import { Button, Tooltip } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bi } from '../i18n';
import { DOCUMENT_TYPE_LABELS, type DocumentType } from '../../../shared/print';
import { PdfPreview } from './PdfPreview';

/**
 * 打印 / 预览 of one document: opens the print preview (print, save as PDF, 补打 count) of the document
 * `docKey` of `type`. `prepare` runs first (a draft saves its edits, so that what prints is what is on
 * screen) and may cancel by returning false.
 */
export function PrintButton({
  type,
  docKey,
  label,
  disabled,
  hint,
  prepare,
  testId,
  size,
  link,
}: {
  type: DocumentType;
  docKey: string | null;
  label?: string;
  disabled?: boolean;
  /** Why the button is disabled (a tooltip). */
  hint?: string | null;
  prepare?: () => Promise<boolean>;
  testId?: string;
  size?: 'small' | 'middle';
  /** A link-style button (grid row actions). */
  link?: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const text = label ?? t('docs.print.doc', { doc: bi(DOCUMENT_TYPE_LABELS[type]) });
  const button = (
    <Button
      icon={<PrinterOutlined />}
      size={size}
      type={link ? 'link' : 'default'}
      disabled={disabled || !docKey}
      loading={busy}
      onClick={async () => {
        if (prepare) {
          setBusy(true);
          try {
            if (!(await prepare())) return;
          } finally {
            setBusy(false);
          }
        }
        setOpen(true);
      }}
      data-testid={testId ?? `print-${type}`}
    >
      {text}
    </Button>
  );
  return (
    <>
      {disabled && hint ? <Tooltip title={hint}>{button}</Tooltip> : button}
      {open && docKey ? (
        <PdfPreview source={{ kind: 'document', type, key: docKey }} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
