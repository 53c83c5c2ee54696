import { Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { formatFen } from '../../../../shared/money';
import type { StatementRow } from '../../../../shared/contract/finance';

export const ISO = 'YYYY-MM-DD';
export const iso = (d: Dayjs | null | undefined): string => (d ?? dayjs()).format(ISO);

/** ¥1,234.56; empty for null. */
export const yuan = (fen: number | null | undefined): string => (fen == null ? '' : `¥${formatFen(fen)}`);

/** An amount cell in a report: zero shows as a quiet dash so the eye finds the non-zero ones. */
export const amountText = (fen: number | null | undefined): string =>
  fen == null ? '' : fen === 0 ? '-' : formatFen(fen);

/**
 * Bucket bounds → labels in the current language ("未到期", "1-30天" … "365天以上"), the same split the
 * server makes (bucketLabels in electron/core/services/finance/statements.ts).
 */
export function bucketLabels(t: TFunction, bounds: number[]): string[] {
  const out: string[] = [];
  let lo = 1;
  for (const b of bounds) {
    out.push(t('freports.range', { lo, hi: b }));
    lo = b + 1;
  }
  out.push(t('freports.over', { n: bounds[bounds.length - 1] }));
  return out;
}

/**
 * A label the server wrote in Chinese ("未到期", "1-30天", "365天以上", "12月上旬") in the current
 * language; anything else is shown as it came.
 */
export function serverLabel(t: TFunction, label: string): string {
  if (label === '未到期') return t('freports.current');
  let m = /^(\d+)-(\d+)天$/.exec(label);
  if (m) return t('freports.range', { lo: Number(m[1]), hi: Number(m[2]) });
  m = /^(\d+)天以上$/.exec(label);
  if (m) return t('freports.over', { n: Number(m[1]) });
  m = /^(\d+)月(上|中|下)旬$/.exec(label);
  if (m) {
    const part = { 上: 'early', 中: 'mid', 下: 'late' }[m[2] as '上' | '中' | '下'];
    return t(`freports.forecast.${part}`, {
      m: Number(m[1]),
      mon: dayjs()
        .month(Number(m[1]) - 1)
        .format('MMM'),
    });
  }
  if (label === '未分区域') return t('freports.noRegion');
  if (label === '合计') return t('freports.total');
  return label;
}

/**
 * Parses "30, 60, 90" (Chinese commas and spaces too) into ascending bounds; returns an error key when
 * the list is not 1–10 whole numbers between 1 and 3650 in strictly ascending order.
 */
export function parseBounds(text: string): { bounds: number[] } | { error: string } {
  const parts = text
    .split(/[,，、;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) return { error: 'freports.buckets.empty' };
  if (parts.length > 10) return { error: 'freports.buckets.tooMany' };
  const bounds: number[] = [];
  for (const p of parts) {
    if (!/^\d+$/.test(p)) return { error: 'freports.buckets.notNumber' };
    const n = Number(p);
    if (n < 1 || n > 3650) return { error: 'freports.buckets.range' };
    if (bounds.length && n <= bounds[bounds.length - 1]!) return { error: 'freports.buckets.ascending' };
    bounds.push(n);
  }
  return { bounds };
}

export const STATEMENT_STATUS_COLORS: Record<StatementRow['status'], string> = {
  generated: 'default',
  sent: 'blue',
  confirmed: 'green',
  disputed: 'red',
};

export function StatementStatusTag({ status, t }: { status: StatementRow['status']; t: TFunction }) {
  return (
    <Tag color={STATEMENT_STATUS_COLORS[status]} bordered={false} data-testid="statement-status">
      {t(`freports.st.status.${status}`)}
    </Tag>
  );
}

/** How a statement went out; stored as the Chinese word (what the printed record shows). */
export const SENT_VIA = ['邮件', '快递', '微信', '当面'] as const;
const VIA_KEYS: Record<string, string> = { 邮件: 'email', 快递: 'courier', 微信: 'wechat', 当面: 'inPerson' };
export const sentViaLabel = (t: TFunction, via: string | null): string =>
  via && VIA_KEYS[via] ? t(`freports.st.via.${VIA_KEYS[via]}`) : (via ?? '');

/** The doc_type labels of statement entries come from the server in Chinese. */
const DOC_TYPES: Record<string, string> = {
  销售发票: 'invoice',
  收款: 'receipt',
  收款冲销: 'receipt_reversal',
  红字凭证: 'credit_note',
};
export const docTypeLabel = (t: TFunction, docType: string): string =>
  DOC_TYPES[docType] ? t(`freports.st.docType.${DOC_TYPES[docType]}`) : docType;

/** Days overdue as a coloured number: more than 90 red, more than 30 orange. */
export function DaysTag({ days }: { days: number }) {
  const color = days > 90 ? 'red' : days > 30 ? 'orange' : 'default';
  return (
    <Tag color={color} bordered={false} style={{ minWidth: 44, textAlign: 'center' }} data-testid="days-tag">
      {days}
    </Tag>
  );
}
