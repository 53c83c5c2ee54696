import {
  Alert,
  Button,
  Card,
  Checkbox,
  Progress,
  Result,
  Select,
  Space,
  Spin,
  Table,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { DownloadOutlined, FileExcelOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api';
import { bi, currentLang } from '../../i18n';
import { useSession } from '../../session';
import { Page } from '../../components/Page';
import { useFeedback } from '../../components/feedback';
import { XLSX_MIME, download, fileToBase64 } from '../../components/files';
import {
  DATASET_ACCESS,
  DATASET_LABELS,
  DATASETS,
  IMPORT_MAX_BYTES,
  type DatasetKey,
  type ImportIssue,
  type ImportPreview,
} from '../../../../shared/contract/spreadsheets';

type Phase = 'reading' | 'checking' | 'writing' | 'done' | 'failed';

const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `p${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

const msg = (i: { message_zh: string; message_en: string }) => bi(i);

/** Polls imports.progress while a call runs. */
function useProgress() {
  const [progress, setProgress] = useState<{ phase: Phase; done: number; total: number } | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const stop = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
  };
  const start = (id: string) => {
    stop();
    setProgress({ phase: 'reading', done: 0, total: 0 });
    timer.current = setInterval(() => {
      call('imports.progress', { progress_id: id })
        .then((p) => p && setProgress(p))
        .catch(() => undefined);
    }, 300);
  };
  useEffect(() => stop, []);
  return { progress, setProgress, start, stop };
}

function IssuesTable({ issues, total }: { issues: ImportIssue[]; total: number }) {
  const { t } = useTranslation();
  return (
    <>
      <Table<ImportIssue & { k: number }>
        size="small"
        rowKey="k"
        dataSource={issues.map((i, k) => ({ ...i, k }))}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        data-testid="import-issues"
        columns={[
          {
            title: '',
            dataIndex: 'level',
            width: 64,
            render: (v: ImportIssue['level']) =>
              v === 'error' ? (
                <Tag color="error">{t('docs.import.levelError')}</Tag>
              ) : (
                <Tag color="warning">{t('docs.import.levelWarning')}</Tag>
              ),
          },
          { title: t('docs.import.sheet'), dataIndex: 'sheet', width: 90 },
          { title: t('docs.import.row'), dataIndex: 'row', width: 64, render: (v: number | null) => v ?? '' },
          {
            title: t('docs.import.column'),
            dataIndex: 'column',
            width: 180,
            render: (v: string | null) => v ?? '',
          },
          { title: t('docs.import.problem'), render: (_v, i) => msg(i) },
        ]}
      />
      {total > issues.length ? (
        <Typography.Text type="secondary">
          {t('docs.import.moreIssues', { n: issues.length })}
        </Typography.Text>
      ) : null}
    </>
  );
}

function PreviewTables({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const bad = useMemo(() => {
    const s = new Set<string>();
    for (const i of preview.issues)
      if (i.level === 'error' && i.row) s.add(`${i.sheet}|${i.row}|${i.column ?? ''}`);
    return s;
  }, [preview]);
  return (
    <Tabs
      size="small"
      items={preview.sheets.map((sh) => ({
        key: sh.key,
        label: t('docs.import.rows', { sheet: sh.name, n: sh.total_rows }),
        children: (
          <Table
            size="small"
            rowKey="row"
            data-testid={`import-preview-${sh.key}`}
            dataSource={sh.rows}
            pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: '#', dataIndex: 'row', width: 56, fixed: 'left' },
              ...sh.mapping.map((m, ci) => ({
                key: String(ci),
                title: m.key ? (
                  <span>{m.header}</span>
                ) : (
                  <Typography.Text type="secondary" delete title={t('docs.import.ignored')}>
                    {m.header}
                  </Typography.Text>
                ),
                render: (_v: unknown, r: { row: number; values: unknown[] }) => {
                  const v = r.values[ci];
                  const err = bad.has(`${sh.name}|${r.row}|${m.header}`);
                  return (
                    <span className={err ? 'import-cell-error' : undefined} style={{ whiteSpace: 'nowrap' }}>
                      {v == null ? '' : String(v)}
                    </span>
                  );
                },
              })),
            ]}
          />
        ),
      }))}
    />
  );
}

export function ImportPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message, showError } = useFeedback();
  // Only the data sets this user may import (each needs its own write permission besides data.import).
  const allowed = DATASETS.filter((d) => can(DATASET_ACCESS[d].write));
  const [dataset, setDataset] = useState<DatasetKey>(allowed[0] ?? 'customers');
  const [file, setFile] = useState<{ name: string; b64: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [checking, setChecking] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [importing, setImporting] = useState(false);
  const [done, setDone] = useState<{ message: string } | null>(null);
  const [failure, setFailure] = useState<{ text: string; issues: ImportIssue[] } | null>(null);
  const { progress, setProgress, start, stop } = useProgress();

  const reset = () => {
    setFile(null);
    setPreview(null);
    setConfirmed(false);
    setDone(null);
    setFailure(null);
    setProgress(null);
  };

  const template = (lang: 'zh' | 'en') =>
    call('imports.template', { dataset, lang })
      .then((r) => download(r.xlsx_base64, r.filename, XLSX_MIME))
      .catch(showError);

  const exportCurrent = () =>
    call('exports.dataset', { dataset, lang: currentLang() })
      .then((r) => {
        download(r.xlsx_base64, r.filename, XLSX_MIME);
        message.success(t('docs.export.done', { n: r.rows }));
      })
      .catch(showError);

  const check = async (f: File) => {
    reset();
    if (f.size > IMPORT_MAX_BYTES) {
      message.error(t('docs.import.tooLarge'));
      return;
    }
    const b64 = await fileToBase64(f);
    setFile({ name: f.name, b64 });
    setChecking(true);
    const id = newId();
    start(id);
    try {
      setPreview(
        await call('imports.preview', { dataset, file_name: f.name, content_base64: b64, progress_id: id }),
      );
    } catch (e) {
      if (e instanceof ApiError) setFailure({ text: bi(e.body), issues: [] });
      else showError(e);
    } finally {
      stop();
      setChecking(false);
    }
  };

  const commit = async () => {
    if (!file) return;
    setImporting(true);
    const id = newId();
    start(id);
    try {
      const r = await call('imports.commit', {
        dataset,
        file_name: file.name,
        content_base64: file.b64,
        progress_id: id,
        confirm_similar: confirmed,
      });
      setProgress({ phase: 'done', done: 1, total: 1 });
      setDone({ message: r.message });
    } catch (e) {
      if (e instanceof ApiError) {
        const issues = ((e.body.details as { issues?: ImportIssue[] } | undefined)?.issues ?? []).slice(
          0,
          500,
        );
        setFailure({ text: bi(e.body), issues });
        setProgress((p) => (p ? { ...p, phase: 'failed' } : p));
      } else showError(e);
    } finally {
      stop();
      setImporting(false);
    }
  };

  const pct = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;

  return (
    <Page title={t('docs.import.title')}>
      <div className="docs-panel" style={{ paddingTop: 16 }}>
        <Typography.Paragraph type="secondary">{t('docs.import.hint')}</Typography.Paragraph>
        <div className="import-steps" style={{ marginBottom: 16 }}>
          <span>{t('docs.import.dataset')}</span>
          <Select<DatasetKey>
            value={dataset}
            style={{ width: 260 }}
            onChange={(v) => {
              setDataset(v);
              reset();
            }}
            options={allowed.map((d) => ({ value: d, label: bi(DATASET_LABELS[d]) }))}
            data-testid="import-dataset"
          />
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void template('zh')}
            data-testid="import-template"
          >
            {t('docs.import.templateZh')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void template('en')}>
            {t('docs.import.templateEn')}
          </Button>
          {can('data.export') && can(DATASET_ACCESS[dataset].read) ? (
            <Button
              icon={<FileExcelOutlined />}
              onClick={() => void exportCurrent()}
              data-testid="import-export-current"
            >
              {t('docs.import.exportCurrent')}
            </Button>
          ) : null}
        </div>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(`docs.import.about.${dataset}`)}
          data-testid="import-about"
        />

        {done ? (
          <Result
            status="success"
            title={t('docs.import.done')}
            subTitle={done.message}
            extra={
              <Button type="primary" icon={<ReloadOutlined />} onClick={reset} data-testid="import-again">
                {t('docs.import.again')}
              </Button>
            }
            data-testid="import-done"
          />
        ) : (
          <>
            <Upload.Dragger
              height={preview || failure ? 96 : 150}
              accept=".xlsx,.xls"
              multiple={false}
              showUploadList={false}
              disabled={checking || importing}
              beforeUpload={(f) => {
                void check(f);
                return false;
              }}
              data-testid="import-upload"
            >
              {preview || failure ? null : (
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
              )}
              <p className="ant-upload-text">{t('docs.import.upload')}</p>
              {file ? <p className="ant-upload-hint">{t('docs.import.file', { name: file.name })}</p> : null}
            </Upload.Dragger>

            {checking ? (
              <div style={{ padding: 24, textAlign: 'center' }}>
                <Spin description={t('docs.import.checking')} />
              </div>
            ) : null}

            {failure ? (
              <Alert
                type="error"
                showIcon
                style={{ marginTop: 16 }}
                title={failure.text}
                description={
                  failure.issues.length ? (
                    <IssuesTable issues={failure.issues} total={failure.issues.length} />
                  ) : (
                    t('docs.import.fixAndRetry')
                  )
                }
                data-testid="import-failure"
              />
            ) : null}

            {preview ? (
              <Card size="small" style={{ marginTop: 16 }} data-testid="import-result">
                <Space wrap style={{ marginBottom: 12 }}>
                  {preview.sheets.map((s) => (
                    <Tag key={s.key}>{t('docs.import.rows', { sheet: s.name, n: s.total_rows })}</Tag>
                  ))}
                  {preview.errors ? (
                    <Tag color="error" data-testid="import-error-count">
                      {t('docs.import.errors', { n: preview.errors })}
                    </Tag>
                  ) : (
                    <Tag color="success" data-testid="import-ok">
                      {t('docs.import.noErrors')}
                    </Tag>
                  )}
                  {preview.warnings ? (
                    <Tag color="warning">{t('docs.import.warnings', { n: preview.warnings })}</Tag>
                  ) : null}
                  {(preview.errors ? [] : preview.summary).map((s) => (
                    <Tag color="blue" key={s.label_zh}>
                      {bi({ zh: s.label_zh, en: s.label_en })}：{s.count}
                    </Tag>
                  ))}
                </Space>
                {preview.errors ? (
                  <Alert
                    type="error"
                    showIcon
                    title={t('docs.import.fixAndRetry')}
                    style={{ marginBottom: 12 }}
                  />
                ) : null}
                {preview.issues.length ? (
                  <>
                    <Typography.Title level={5}>{t('docs.import.issuesTitle')}</Typography.Title>
                    <IssuesTable issues={preview.issues} total={preview.errors + preview.warnings} />
                  </>
                ) : null}
                <Typography.Title level={5} style={{ marginTop: 12 }}>
                  {t('docs.import.previewTitle')}
                </Typography.Title>
                <PreviewTables preview={preview} />
                <Space orientation="vertical" style={{ marginTop: 12, width: '100%' }}>
                  {preview.needs_confirmation ? (
                    <Checkbox
                      checked={confirmed}
                      onChange={(e) => setConfirmed(e.target.checked)}
                      data-testid="import-confirm-similar"
                    >
                      {t('docs.import.confirmSimilar', { n: preview.needs_confirmation })}
                    </Checkbox>
                  ) : null}
                  {importing || (progress && progress.phase !== 'done' && !checking) ? (
                    <div data-testid="import-progress">
                      <Typography.Text>
                        {t(`docs.import.phases.${progress?.phase ?? 'reading'}`)}
                      </Typography.Text>
                      <Progress
                        percent={progress?.phase === 'writing' ? pct : progress?.phase === 'done' ? 100 : 0}
                        status={progress?.phase === 'failed' ? 'exception' : 'active'}
                      />
                    </div>
                  ) : null}
                  <Space>
                    <Button
                      type="primary"
                      disabled={!preview.can_import || (preview.needs_confirmation > 0 && !confirmed)}
                      loading={importing}
                      onClick={() => void commit()}
                      data-testid="import-start"
                    >
                      {importing ? t('docs.import.importing') : t('docs.import.start')}
                    </Button>
                  </Space>
                </Space>
              </Card>
            ) : null}
          </>
        )}
      </div>
    </Page>
  );
}
