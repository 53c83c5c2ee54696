import { Alert, Button, Checkbox, Modal, Radio, Space, Spin, Switch, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { bi } from '../i18n';
import { useFeedback } from './feedback';
import { PDF_MIME, blobUrl, download, loadPrintSettings } from './files';
import type { PdfResult, PrintOptionsInput } from '../../../shared/contract/documents';
import {
  DOCUMENT_TYPE_LABELS,
  SHIPPING_COPIES,
  type DocumentType,
  type ShippingCopy,
} from '../../../shared/print';

export type PdfSource =
  { kind: 'document'; type: DocumentType; key: string } | { kind: 'sample'; type: DocumentType };

/**
 * Print preview: the PDF made in the main process, shown in a viewer pane (an iframe on a blob: URL —
 * Chromium's PDF viewer, in the browser and in Electron alike). 打印 logs the print (the next one is
 * marked 补打) and prints the marked PDF; 另存为 PDF logs it and saves the file. Samples print without
 * logging.
 */
export function PdfPreview({ source, onClose }: { source: PdfSource; onClose(): void }) {
  const type = source.type;
  const docKey = source.kind === 'document' ? source.key : null;
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const local = loadPrintSettings();
  const isShipping = type === 'shipping_note';
  const [seal, setSeal] = useState(local.seal);
  const [layout, setLayout] = useState<'a4' | 'half'>(isShipping ? local.layout : 'a4');
  const [copies, setCopies] = useState<ShippingCopy[]>([...SHIPPING_COPIES]);
  const [prices, setPrices] = useState(true);
  const [result, setResult] = useState<PdfResult | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  /** The options the shown PDF was made with; differs from `wanted` while a new one is being made. */
  const [loaded, setLoaded] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const printer = useRef<HTMLIFrameElement | null>(null);
  const dropPrinter = () => {
    const f = printer.current;
    if (!f) return;
    f.remove();
    if (f.dataset.url) URL.revokeObjectURL(f.dataset.url);
    printer.current = null;
  };
  const urlRef = useRef<string | null>(null);

  const options = useMemo((): PrintOptionsInput => {
    const o: PrintOptionsInput = { seal };
    if (isShipping) {
      o.layout = layout;
      o.copies = copies;
      o.show_prices = prices;
      if (layout === 'half') o.offset_mm = loadPrintSettings().offset;
    }
    return o;
  }, [seal, isShipping, layout, copies, prices]);
  const wanted = `${JSON.stringify(options)}#${generation}`;
  const busy = printing || loaded !== wanted;

  const show = useCallback((r: PdfResult) => {
    setResult(r);
    if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    urlRef.current = blobUrl(r.pdf_base64, PDF_MIME);
    setUrl(urlRef.current);
  }, []);

  // The request depends on what is wanted only (type, key, options, refresh count); callbacks are read
  // from a ref so that a new identity of them does not start another request.
  const latest = useRef({ show, showError });
  useEffect(() => {
    latest.current = { show, showError };
  });
  useEffect(() => {
    let live = true;
    const opts = JSON.parse(wanted.slice(0, wanted.lastIndexOf('#'))) as PrintOptionsInput;
    const req =
      docKey === null
        ? call('documents.sample', { type, options: opts })
        : call('documents.preview', { type, key: docKey, options: opts });
    req
      .then((r) => live && latest.current.show(r))
      .catch((e: unknown) => live && latest.current.showError(e))
      .finally(() => live && setLoaded(wanted));
    return () => {
      live = false;
    };
  }, [type, docKey, wanted]);
  useEffect(
    () => () => {
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
      dropPrinter();
    },
    [],
  );
  const reload = () => setGeneration((g) => g + 1);

  /**
   * Printing goes through its own hidden frame holding the PDF to print (the preview frame is left
   * alone): the PDF viewer prints it with the system's print dialog. The frame stays until the next
   * print or until the preview closes.
   */
  const printPdf = (b64: string) => {
    dropPrinter();
    const f = document.createElement('iframe');
    f.className = 'pdf-print-frame';
    f.setAttribute('aria-hidden', 'true');
    f.dataset.testid = 'pdf-print-frame';
    f.onload = () => {
      // The PDF viewer needs a moment after load before it can print.
      setTimeout(() => {
        try {
          // End-to-end tests replace the system print dialog (headless Chromium has none) with a hook.
          const hook = (window as { __xstPrintHook?: (frame: HTMLIFrameElement) => void }).__xstPrintHook;
          if (hook) hook(f);
          else {
            f.contentWindow?.focus();
            f.contentWindow?.print();
          }
        } catch {
          message.warning(t('docs.preview.noViewer'));
        }
      }, 500);
    };
    f.src = blobUrl(b64, PDF_MIME);
    f.dataset.url = f.src;
    document.body.appendChild(f);
    printer.current = f;
  };

  const doPrint = async (output: 'print' | 'pdf') => {
    if (!result) return;
    if (docKey === null) {
      if (output === 'pdf') download(result.pdf_base64, result.filename, PDF_MIME);
      else printPdf(result.pdf_base64);
      return;
    }
    setPrinting(true);
    try {
      const r = await call('documents.print', { type, key: docKey, options, output });
      if (output === 'pdf') {
        download(r.pdf_base64, r.filename, PDF_MIME);
        message.success(t('docs.preview.savedPdf', { name: r.filename }));
        reload();
      } else {
        printPdf(r.pdf_base64);
        show(r);
        message.success(t('docs.preview.logged', { n: r.prints }));
      }
    } catch (e) {
      showError(e);
    } finally {
      setPrinting(false);
    }
  };

  const label = bi(DOCUMENT_TYPE_LABELS[type]);
  return (
    <Modal
      open
      width="min(1180px, 96vw)"
      title={
        <Space size={12}>
          <span>{label}</span>
          {result?.doc_no ? <Typography.Text type="secondary">{result.doc_no}</Typography.Text> : null}
        </Space>
      }
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      styles={{ body: { paddingTop: 4 } }}
    >
      <div data-testid="pdf-preview">
        <Space wrap style={{ marginBottom: 8, width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <Space size={4}>
              <Switch size="small" checked={seal} onChange={setSeal} data-testid="pdf-seal" />
              <span>{t('docs.preview.seal')}</span>
            </Space>
            {isShipping ? (
              <>
                <span>{t('docs.preview.layout')}</span>
                <Radio.Group
                  size="small"
                  optionType="button"
                  value={layout}
                  onChange={(e) => setLayout(e.target.value as 'a4' | 'half')}
                  options={[
                    { value: 'a4', label: t('docs.preview.a4') },
                    { value: 'half', label: t('docs.preview.half') },
                  ]}
                />
                <span>{t('docs.preview.copies')}</span>
                <Checkbox.Group
                  value={copies}
                  onChange={(v) => v.length && setCopies(SHIPPING_COPIES.filter((c) => v.includes(c)))}
                  options={SHIPPING_COPIES.map((c) => ({ value: c, label: t(`docs.copies.${c}`) }))}
                />
                <Space size={4}>
                  <Switch size="small" checked={prices} onChange={setPrices} data-testid="pdf-prices" />
                  <span>{t('docs.preview.prices')}</span>
                </Space>
              </>
            ) : null}
          </Space>
          <Space>
            <Typography.Text type="secondary" data-testid="pdf-prints-info">
              {[
                docKey !== null && result
                  ? result.prints
                    ? t('docs.preview.printed', { n: result.prints })
                    : t('docs.preview.neverPrinted')
                  : null,
                result ? t('docs.preview.pages', { n: result.pages }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
            <Button icon={<ReloadOutlined />} onClick={reload} disabled={busy}>
              {t('docs.preview.refresh')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              onClick={() => void doPrint('pdf')}
              disabled={!result || busy}
              data-testid="pdf-save"
            >
              {t('docs.preview.save')}
            </Button>
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              onClick={() => void doPrint('print')}
              disabled={!result || busy}
              data-testid="pdf-print"
            >
              {t('docs.preview.print')}
            </Button>
          </Space>
        </Space>
        {source.kind === 'sample' ? (
          <Alert type="info" showIcon title={t('docs.preview.sample')} style={{ marginBottom: 8 }} />
        ) : null}
        <Spin spinning={busy} description={t('docs.preview.loading')}>
          <div className="pdf-pane">
            {url ? <iframe src={url} title={label} className="pdf-frame" data-testid="pdf-frame" /> : null}
          </div>
        </Spin>
      </div>
    </Modal>
  );
}
