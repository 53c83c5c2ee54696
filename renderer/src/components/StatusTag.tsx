import { Tag } from 'antd';
import { STATUS_LABELS } from '../../../shared/status';
import { bi } from '../i18n';

const COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'gold',
  hold: 'red',
  approved: 'green',
  closed: 'blue',
  void: 'default',
  rejected: 'volcano',
  checked: 'cyan',
  reversed: 'magenta',
};

/** A document status; `label` overrides the common wording (an approved invoice reads 已开具). */
export function StatusTag({ status, label }: { status: string; label?: string }) {
  const l = STATUS_LABELS[status];
  return (
    <Tag
      color={COLORS[status] ?? 'default'}
      bordered={false}
      data-testid="status-tag"
      style={status === 'void' ? { textDecoration: 'line-through' } : undefined}
    >
      {label ?? (l ? bi(l) : status)}
    </Tag>
  );
}
