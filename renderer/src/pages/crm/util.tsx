import { Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { bi } from '../../i18n';
import { navigate } from '../../router';
import { formatFen } from '../../../../shared/money';
import type { Bilingual } from '../../../../shared/messages';

/** Query parameters after the hash path: #/crm/customer?id=12 → { id: '12' }. */
export function hashQuery(): URLSearchParams {
  const h = window.location.hash;
  const i = h.indexOf('?');
  return new URLSearchParams(i >= 0 ? h.slice(i + 1) : '');
}

export function useHashQuery(): URLSearchParams {
  const [q, setQ] = useState(hashQuery);
  useEffect(() => {
    const on = () => setQ(hashQuery());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return q;
}

/** Opens the customer 360 page. */
export const openCustomer = (id: number): void => navigate(`/crm/customer?id=${id}`);

export const go = (path: string): void => {
  window.location.hash = path;
};

/** Options for a Select from a label map ({ key: { zh, en } }). */
export function optionsOf<K extends string>(keys: readonly K[], labels: Record<K, Bilingual>) {
  return keys.map((k) => ({ value: k, label: bi(labels[k]) }));
}

export const label = <K extends string>(
  labels: Record<K, Bilingual>,
  k: string | null | undefined,
): string => (k == null ? '' : labels[k as K] ? bi(labels[k as K]) : k);

export const yuan = (fen: number | null | undefined): string => (fen == null ? '—' : `¥${formatFen(fen)}`);

/** 2026-11-20T01:00:00Z → 2026-11-20 09:00 (local time). */
export const dateTime = (iso: string | null | undefined): string =>
  iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '';
export const dateOnly = (iso: string | null | undefined): string =>
  iso ? dayjs(iso).format('YYYY-MM-DD') : '';

/** A due date: red when past, orange when today. */
export function DueTag({ date, today, done }: { date: string | null; today: string; done?: boolean }) {
  if (!date) return null;
  const color = done ? 'default' : date < today ? 'error' : date === today ? 'warning' : 'default';
  return <Tag color={color}>{date}</Tag>;
}

/** A file picked in the browser as the base64 payload the contract wants. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => {
      const s = String(r.result);
      resolve(s.slice(s.indexOf(',') + 1));
    };
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsDataURL(file);
  });
}

/** Downloads base64 content as a file. */
export function downloadBase64(name: string, mime: string, b64: string): void {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function Ellipsis({ text, width }: { text: string | null | undefined; width: number }) {
  if (!text) return null;
  return (
    <Tooltip title={text}>
      <span
        style={{
          display: 'inline-block',
          maxWidth: width,
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
          verticalAlign: 'bottom',
        }}
      >
        {text}
      </span>
    </Tooltip>
  );
}
