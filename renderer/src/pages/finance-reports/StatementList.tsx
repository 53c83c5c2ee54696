import {
  Button,
  DatePicker,
  Form,
  Input,
  Modal,
  Radio,
  Segmented,
  Space,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import {
  CheckCircleOutlined,
  PaperClipOutlined,
  ReloadOutlined,
  SendOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { MoneyInput } from '../../components/MoneyInput';
import { ServerGrid, moneyColumn, type GridColDef, type ServerGridHandle } from '../../components/ServerGrid';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { useSession } from '../../session';
import { formatFen } from '../../../../shared/money';
import type { StatementRow } from '../../../../shared/contract/finance';
import { SENT_VIA, StatementStatusTag, iso, sentViaLabel } from './common';
import { PrintButton } from '../../components/PrintButton';

type Status = StatementRow['status'];
const STATUSES: Status[] = ['generated', 'sent', 'confirmed', 'disputed'];
const SCAN_TYPES = ['image/png', 'image/jpeg', 'application/pdf'];
const SCAN_MAX = 5 * 1024 * 1024;

/** Generated statements: send them, record the customer's confirmation (with the signed slip), view it. */
export function StatementList() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { showError } = useFeedback();
  const grid = useRef<ServerGridHandle>(null);
  const [status, setStatus] = useState<Status | 'all'>('all');
  const [q, setQ] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const [sending, setSending] = useState<StatementRow | null>(null);
  const [confirming, setConfirming] = useState<StatementRow | null>(null);
  const [viewing, setViewing] = useState<StatementRow | null>(null);
  const write = can('statements.write');

  const columns = useMemo<GridColDef<StatementRow>[]>(
    () => [
      {
        field: 'customer_name',
        headerName: t('freports.col.customer'),
        flex: 1,
        minWidth: 140,
        pinned: 'left',
      },
      {
        field: 'period_to',
        headerName: t('freports.st.periodCol'),
        width: 176,
        filter: 'agDateColumnFilter',
        valueFormatter: (p) => (p.data ? `${p.data.period_from} ~ ${p.data.period_to}` : ''),
      },
      moneyColumn<StatementRow>('closing', t('freports.st.closing'), { width: 120 }),
      {
        field: 'status',
        headerName: t('common.status'),
        width: 100,
        filter: false,
        cellRenderer: (p: { value?: Status }) =>
          p.value ? <StatementStatusTag status={p.value} t={t} /> : null,
      },
      {
        field: 'sent_at',
        headerName: t('freports.st.sent'),
        width: 140,
        sortable: false,
        filter: false,
        valueFormatter: (p) =>
          p.data?.sent_at
            ? `${dayjs(p.data.sent_at).format('YYYY-MM-DD')} ${sentViaLabel(t, p.data.sent_via)}`
            : '',
      },
      {
        field: 'confirmed_on',
        headerName: t('freports.st.confirmed'),
        width: 190,
        sortable: false,
        filter: false,
        cellRenderer: (p: { data?: StatementRow }) => {
          const r = p.data;
          if (!r?.confirmed_on) return null;
          const differs = r.confirmed_amount != null && r.confirmed_amount !== r.closing;
          return (
            <span>
              {r.confirmed_on} {r.confirmed_by_name}{' '}
              {r.confirmed_amount != null ? (
                <span className={differs ? 'fr-red' : undefined}>¥{formatFen(r.confirmed_amount)}</span>
              ) : null}
            </span>
          );
        },
      },
      {
        field: 'generated_at',
        headerName: t('freports.st.generatedAt'),
        width: 110,
        filter: false,
        valueFormatter: (p) => (p.value ? dayjs(String(p.value)).format('MM-DD HH:mm') : ''),
      },
      {
        colId: 'actions',
        headerName: t('common.actions'),
        width: 270,
        pinned: 'right',
        sortable: false,
        filter: false,
        cellRenderer: (p: { data?: StatementRow }) => {
          const r = p.data;
          if (!r) return null;
          return (
            <Space size={0}>
              {write && (r.status === 'generated' || r.status === 'sent') ? (
                <Button
                  size="small"
                  type="link"
                  icon={<SendOutlined />}
                  onClick={() => setSending(r)}
                  data-testid="st-send"
                >
                  {t('freports.st.markSent')}
                </Button>
              ) : null}
              {write && r.status !== 'confirmed' ? (
                <Button
                  size="small"
                  type="link"
                  icon={<CheckCircleOutlined />}
                  onClick={() => setConfirming(r)}
                  data-testid="st-confirm"
                >
                  {t('freports.st.confirm')}
                </Button>
              ) : null}
              <PrintButton
                type="statement"
                docKey={String(r.id)}
                size="small"
                link
                label={t('freports.st.print')}
                testId="st-row-print"
              />
              {r.has_scan ? (
                <Button
                  size="small"
                  type="link"
                  icon={<PaperClipOutlined />}
                  onClick={() => setViewing(r)}
                  data-testid="st-scan"
                >
                  {t('freports.st.scan')}
                </Button>
              ) : null}
            </Space>
          );
        },
      },
    ],
    [t, write],
  );

  const done = () => {
    setSending(null);
    setConfirming(null);
    grid.current?.refresh();
  };

  return (
    <div className="fr-stack">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <Segmented<Status | 'all'>
            value={status}
            onChange={setStatus}
            options={[
              { value: 'all', label: t('freports.st.all') },
              ...STATUSES.map((s) => ({ value: s, label: t(`freports.st.status.${s}`) })),
            ]}
            data-testid="st-status"
          />
          <Input.Search
            allowClear
            placeholder={t('freports.st.search')}
            onSearch={(v) => setQ(v.trim())}
            style={{ width: 200 }}
            data-testid="st-search"
          />
          <Button icon={<ReloadOutlined />} onClick={() => grid.current?.refresh()} />
        </Space>
        {total != null ? (
          <Typography.Text type="secondary">{t('freports.rows', { n: total })}</Typography.Text>
        ) : null}
      </Space>
      <div className="fr-fill">
        <ServerGrid
          ref={grid}
          method="statements.list"
          columns={columns}
          params={{ status: status === 'all' ? undefined : status, q: q || undefined }}
          onTotal={setTotal}
          onError={showError}
          testId="statement-grid"
        />
      </div>
      {sending ? <SendModal row={sending} onClose={() => setSending(null)} onDone={done} /> : null}
      {confirming ? (
        <ConfirmModal row={confirming} onClose={() => setConfirming(null)} onDone={done} />
      ) : null}
      {viewing ? <ScanModal row={viewing} onClose={() => setViewing(null)} /> : null}
    </div>
  );
}

function SendModal({ row, onClose, onDone }: { row: StatementRow; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [via, setVia] = useState<string>(row.sent_via ?? SENT_VIA[0]);
  const [busy, setBusy] = useState(false);
  const ok = async () => {
    setBusy(true);
    try {
      await call('statements.markSent', { id: row.id, via });
      message.success(t('freports.st.sentOk'));
      onDone();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('freports.st.sendTitle', { name: row.customer_name })}
      onCancel={onClose}
      onOk={() => void ok()}
      okText={t('common.confirm')}
      okButtonProps={{ loading: busy, 'data-testid': 'send-ok' } as never}
      destroyOnHidden
      width={440}
    >
      <Typography.Paragraph type="secondary">
        {t('freports.st.periodValue', { from: row.period_from, to: row.period_to })} ·{' '}
        {t('freports.st.closing')} ¥{formatFen(row.closing)}
      </Typography.Paragraph>
      <Radio.Group
        value={via}
        onChange={(e) => setVia(e.target.value as string)}
        optionType="button"
        buttonStyle="solid"
        options={SENT_VIA.map((v) => ({ value: v, label: sentViaLabel(t, v) }))}
        data-testid="send-via"
      />
    </Modal>
  );
}

interface ConfirmValues {
  agreed: boolean;
  confirmed_on: dayjs.Dayjs;
  confirmed_by_name: string;
  confirmed_amount: number | null;
  note?: string;
  scan?: UploadFile[];
}

function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsDataURL(file);
  });
}

function ConfirmModal({
  row,
  onClose,
  onDone,
}: {
  row: StatementRow;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm<ConfirmValues>();
  const [busy, setBusy] = useState(false);
  const agreed = Form.useWatch('agreed', form) ?? true;

  useEffect(() => {
    if (agreed) form.setFieldValue('confirmed_amount', row.closing);
  }, [agreed, form, row.closing]);

  const ok = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const file = v.scan?.[0]?.originFileObj;
      const scan = file
        ? { name: file.name, type: file.type, data_base64: await readBase64(file) }
        : undefined;
      await call('statements.confirm', {
        id: row.id,
        agreed: v.agreed,
        confirmed_on: iso(v.confirmed_on),
        confirmed_by_name: v.confirmed_by_name.trim(),
        confirmed_amount: v.confirmed_amount,
        note: v.note?.trim() || undefined,
        scan,
      });
      message.success(v.agreed ? t('freports.st.confirmedOk') : t('freports.st.disputedOk'));
      onDone();
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('freports.st.confirmTitle', { name: row.customer_name })}
      onCancel={onClose}
      onOk={() => void ok()}
      okText={t('common.save')}
      okButtonProps={{ loading: busy, 'data-testid': 'confirm-ok' } as never}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph type="secondary">
        {t('freports.st.periodValue', { from: row.period_from, to: row.period_to })} ·{' '}
        {t('freports.st.closing')} ¥{formatFen(row.closing)}
      </Typography.Paragraph>
      <Form<ConfirmValues>
        form={form}
        layout="vertical"
        className="compact-form"
        onValuesChange={clearErrorsOnChange(form)}
        initialValues={{
          agreed: row.status !== 'disputed',
          confirmed_on: dayjs(),
          confirmed_by_name: row.confirmed_by_name ?? '',
          confirmed_amount: row.confirmed_amount ?? row.closing,
        }}
      >
        <Form.Item name="agreed" label={t('freports.st.result')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: true, label: t('freports.st.agreed') },
              { value: false, label: t('freports.st.disputed') },
            ]}
            data-testid="confirm-agreed"
          />
        </Form.Item>
        <Space size="middle" style={{ width: '100%' }} align="start">
          <Form.Item name="confirmed_on" label={t('freports.st.confirmedOn')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="confirmed_by_name"
            label={t('freports.st.confirmedBy')}
            rules={[{ required: true, whitespace: true, message: t('freports.st.confirmedByRequired') }]}
          >
            <Input maxLength={50} style={{ width: 160 }} data-testid="confirm-by" />
          </Form.Item>
          <Form.Item
            name="confirmed_amount"
            label={t('freports.st.confirmedAmount')}
            extra={agreed ? t('freports.st.amountAgreed') : t('freports.st.amountDisputed')}
          >
            <MoneyInput min={-9e13} disabled={agreed} style={{ width: 170 }} data-testid="confirm-amount" />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={t('freports.st.note')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="confirm-note" />
        </Form.Item>
        <Form.Item
          name="scan"
          label={t('freports.st.scanLabel')}
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
          extra={t('freports.st.scanHint')}
          rules={[
            {
              validator: async (_r, list: UploadFile[] | undefined) => {
                const f = list?.[0];
                if (!f) return;
                if (!SCAN_TYPES.includes(f.type ?? '')) throw new Error(t('freports.st.scanType'));
                if ((f.size ?? 0) > SCAN_MAX) throw new Error(t('freports.st.scanSize'));
              },
            },
          ]}
        >
          <Upload
            accept=".png,.jpg,.jpeg,.pdf"
            maxCount={1}
            beforeUpload={() => false}
            data-testid="confirm-scan"
          >
            <Button icon={<UploadOutlined />}>{t('freports.st.scanPick')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The signed confirmation slip, shown from a blob URL (image or PDF). */
function ScanModal({ row, onClose }: { row: StatementRow; onClose: () => void }) {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [scan, setScan] = useState<{ url: string; type: string; name: string } | null>(null);
  useEffect(() => {
    let url: string | null = null;
    let live = true;
    call('statements.scan', { id: row.id })
      .then((s) => {
        const bin = atob(s.data_base64);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        url = URL.createObjectURL(new Blob([bytes], { type: s.type }));
        if (live) setScan({ url, type: s.type, name: s.name });
      })
      .catch(showError);
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [row.id, showError]);
  return (
    <Modal
      open
      title={t('freports.st.scanTitle', { name: row.customer_name })}
      onCancel={onClose}
      footer={
        <Space>
          {scan ? (
            <a href={scan.url} download={scan.name}>
              {t('freports.st.download')}
            </a>
          ) : null}
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Space>
      }
      width={820}
      destroyOnHidden
    >
      <div data-testid="scan-view" style={{ textAlign: 'center', minHeight: 200 }}>
        {!scan ? null : scan.type === 'application/pdf' ? (
          <iframe title={scan.name} src={scan.url} style={{ width: '100%', height: '70vh', border: 0 }} />
        ) : (
          <img src={scan.url} alt={scan.name} style={{ maxWidth: '100%', maxHeight: '70vh' }} />
        )}
      </div>
    </Modal>
  );
}
