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
};

export function StatusTag({ status }: { status: string }) {
  const l = STATUS_LABELS[status];
  return (
    <Tag
      color={COLORS[status] ?? 'default'}
      bordered={false}
      data-testid="status-tag"
      style={status === 'void' ? { textDecoration: 'line-through' } : undefined}
    >
      {l ? bi(l) : status}
    </Tag>
  );
}
