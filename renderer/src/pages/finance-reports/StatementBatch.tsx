import { Alert, Button, Card, DatePicker, Modal, Progress, Space, Switch, Typography } from 'antd';
import {
  DownloadOutlined,
  FilePdfOutlined,
  PlayCircleOutlined,
  PrinterOutlined,
  StopOutlined,
} from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useFeedback } from '../../components/feedback';
import { formatFen } from '../../../../shared/money';
import { PDF_MIME, blobUrl, download } from '../../components/files';
import {
  STATEMENT_BATCH_MAX,
  type BatchProgress,
  type StatementBatchResult,
} from '../../../../shared/contract/documents';

const ZIP_MIME = 'application/zip';
import { iso } from './common';

const CHUNK = 50;

interface Run {
  done: number;
  total: number | null;
  closing: number;
  state: 'running' | 'finished' | 'cancelled' | 'failed';
}

/**
 * Statements for every customer of a period, generated in chunks of 50 so that a progress bar can follow
 * and the user can stop between chunks (what was generated stays).
 */
export function StatementBatch({
  period,
  onPeriod,
  onShowList,
}: {
  period: [Dayjs, Dayjs];
  onPeriod: (p: [Dayjs, Dayjs]) => void;
  onShowList: () => void;
}) {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [onlyBalance, setOnlyBalance] = useState(true);
  const [run, setRun] = useState<Run | null>(null);
  const cancel = useRef(false);
  // The statements generated in this run, for the batch PDF.
  const [ids, setIds] = useState<number[]>([]);

  const start = async () => {
    cancel.current = false;
    const from = iso(period[0]);
    const to = iso(period[1]);
    let offset = 0;
    let r: Run = { done: 0, total: null, closing: 0, state: 'running' };
    const made: number[] = [];
    setRun(r);
    setIds([]);
    try {
      for (;;) {
        const res = await call('statements.generate', {
          from,
          to,
          only_with_balance: onlyBalance,
          offset,
          limit: CHUNK,
        });
        made.push(...res.generated.map((g) => g.id));
        r = {
          ...r,
          done: r.done + res.generated.length,
          total: res.total_customers,
          closing: r.closing + res.generated.reduce((s, g) => s + g.closing, 0),
        };
        setRun(r);
        if (res.next_offset == null) {
          r = { ...r, state: 'finished' };
          break;
        }
        offset = res.next_offset;
        if (cancel.current) {
          r = { ...r, state: 'cancelled' };
          break;
        }
      }
    } catch (e) {
      r = { ...r, state: 'failed' };
      showError(e);
    }
    setRun(r);
    setIds(made);
  };

  const running = run?.state === 'running';
  const percent = run?.total ? Math.round((run.done / run.total) * 100) : run?.state === 'finished' ? 100 : 0;

  return (
    <Card style={{ maxWidth: 760 }} data-testid="statement-batch">
      <Typography.Paragraph type="secondary">{t('freports.st.batchHint')}</Typography.Paragraph>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <span>{t('freports.st.period')}</span>
          <DatePicker.RangePicker
            value={period}
            allowClear={false}
            disabled={running}
            onChange={(v) => v?.[0] && v[1] && onPeriod([v[0], v[1]])}
            data-testid="batch-period"
          />
        </Space>
        <Space>
          <Switch
            checked={onlyBalance}
            onChange={setOnlyBalance}
            disabled={running}
            data-testid="batch-only"
          />
          <span>{t('freports.st.onlyBalance')}</span>
        </Space>
        <Space>
          <Button
            type="primary"
            icon={<PlayCircleOutlined />}
            loading={running}
            onClick={() => void start()}
            data-testid="batch-start"
          >
            {t('freports.st.batchStart')}
          </Button>
          {running ? (
            <Button
              icon={<StopOutlined />}
              onClick={() => {
                cancel.current = true;
              }}
              data-testid="batch-cancel"
            >
              {t('freports.st.batchCancel')}
            </Button>
          ) : null}
        </Space>
        {run ? (
          <div data-testid="batch-progress">
            <Progress
              percent={percent}
              status={run.state === 'failed' ? 'exception' : run.state === 'running' ? 'active' : 'normal'}
              format={() => <span data-testid="batch-count">{`${run.done} / ${run.total ?? '…'}`}</span>}
            />
          </div>
        ) : null}
        {run && run.state !== 'running' ? (
          <Alert
            type={run.state === 'finished' ? 'success' : run.state === 'cancelled' ? 'warning' : 'error'}
            showIcon
            data-testid="batch-result"
            title={
              run.state === 'finished' && run.total === 0
                ? t('freports.st.batchNone')
                : t(`freports.st.batch_${run.state}`, {
                    n: run.done,
                    total: run.total ?? 0,
                    a: formatFen(run.closing),
                  })
            }
            action={
              run.done > 0 ? (
                <Button size="small" onClick={onShowList} data-testid="batch-show-list">
                  {t('freports.st.showList')}
                </Button>
              ) : undefined
            }
          />
        ) : null}
        {run && run.state !== 'running' && ids.length > 0 ? <BatchPdf ids={ids} /> : null}
      </Space>
    </Card>
  );
}

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `p${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

/**
 * The PDFs of the statements of a run: one per customer (ZIP) plus one merged file, in calls of at most
 * STATEMENT_BATCH_MAX statements, with the progress of each call polled from documents.progress.
 */
function BatchPdf({ ids }: { ids: number[] }) {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const [part, setPart] = useState<{ n: number; of: number } | null>(null);
  const [results, setResults] = useState<StatementBatchResult[]>([]);
  const [busy, setBusy] = useState(false);
  const [viewing, setViewing] = useState<StatementBatchResult | null>(null);

  const make = async () => {
    setBusy(true);
    setResults([]);
    const chunks: number[][] = [];
    for (let i = 0; i < ids.length; i += STATEMENT_BATCH_MAX)
      chunks.push(ids.slice(i, i + STATEMENT_BATCH_MAX));
    const out: StatementBatchResult[] = [];
    try {
      for (const [i, chunk] of chunks.entries()) {
        setPart({ n: i + 1, of: chunks.length });
        const id = newId();
        setProgress({ phase: 'loading', done: 0, total: chunk.length });
        const timer = setInterval(() => {
          call('documents.progress', { progress_id: id })
            .then((p) => p && setProgress(p))
            .catch(() => undefined);
        }, 500);
        try {
          out.push(await call('documents.statementBatch', { statement_ids: chunk, progress_id: id }));
          setResults([...out]);
          setProgress({ phase: 'done', done: chunk.length, total: chunk.length });
        } finally {
          clearInterval(timer);
        }
      }
    } catch (e) {
      setProgress((p) => (p ? { ...p, phase: 'failed' } : p));
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  const pct = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Card size="small" title={t('docs.batch.title')} data-testid="batch-pdf">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('docs.batch.hint', { n: ids.length })}</Typography.Text>
        <Button
          icon={<FilePdfOutlined />}
          loading={busy}
          onClick={() => void make()}
          data-testid="batch-pdf-start"
        >
          {t('docs.batch.start')}
        </Button>
        {progress && (busy || progress.phase === 'failed') ? (
          <div data-testid="batch-pdf-progress">
            <Typography.Text type="secondary">
              {t(`docs.batch.phases.${progress.phase}`)}
              {part && part.of > 1 ? ` (${part.n}/${part.of})` : ''}
            </Typography.Text>
            <Progress
              percent={progress.phase === 'packing' || progress.phase === 'done' ? 100 : pct}
              status={progress.phase === 'failed' ? 'exception' : busy ? 'active' : 'normal'}
            />
          </div>
        ) : null}
        {results.map((r, i) => {
          const reprints = r.files.filter((f) => f.reprint > 0).length;
          return (
            <Alert
              key={i}
              type="success"
              showIcon
              data-testid="batch-pdf-result"
              title={t('docs.batch.done', { n: r.count, pages: r.merged.pages })}
              description={
                <Space orientation="vertical" size={8}>
                  {reprints ? <span>{t('docs.batch.reprints', { n: reprints })}</span> : null}
                  <Space wrap>
                    <Button
                      size="small"
                      type="primary"
                      icon={<PrinterOutlined />}
                      onClick={() => setViewing(r)}
                      data-testid="batch-pdf-view"
                    >
                      {t('docs.batch.printMerged')}
                    </Button>
                    <Button
                      size="small"
                      icon={<DownloadOutlined />}
                      onClick={() => download(r.merged.pdf_base64, r.merged.filename, PDF_MIME)}
                      data-testid="batch-pdf-merged"
                    >
                      {t('docs.batch.saveMerged')}
                    </Button>
                    <Button
                      size="small"
                      icon={<DownloadOutlined />}
                      onClick={() => download(r.zip.zip_base64, r.zip.filename, ZIP_MIME)}
                      data-testid="batch-pdf-zip"
                    >
                      {t('docs.batch.saveZip')}
                    </Button>
                  </Space>
                </Space>
              }
            />
          );
        })}
      </Space>
      {viewing ? <MergedViewer result={viewing} onClose={() => setViewing(null)} /> : null}
    </Card>
  );
}

/** The merged file in the PDF viewer (print from its toolbar). */
function MergedViewer({ result, onClose }: { result: StatementBatchResult; onClose(): void }) {
  const { t } = useTranslation();
  const [url] = useState(() => blobUrl(result.merged.pdf_base64, PDF_MIME));
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <Modal
      open
      width="min(1180px, 96vw)"
      title={result.merged.filename}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Text type="secondary">
        {t('docs.preview.pages', { n: result.merged.pages })}
      </Typography.Text>
      <div className="pdf-pane">
        <iframe
          src={url}
          title={result.merged.filename}
          className="pdf-frame"
          data-testid="batch-pdf-frame"
        />
      </div>
    </Modal>
  );
}
