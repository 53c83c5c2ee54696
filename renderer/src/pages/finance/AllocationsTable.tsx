import { Button, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useSession } from '../../session';
import { navigate } from '../../router';
import { useFeedback } from '../../components/feedback';
import { useReasonPrompt } from '../sales/OrderPage';
import { formatFen } from '../../../../shared/money';
import type { AllocationRow } from '../../../../shared/contract/finance';

/**
 * Matches of an invoice or a receipt. A match is never edited: "unmatch" writes a reversal with a reason,
 * shown as its own row.
 */
export function AllocationsTable({
  rows,
  side,
  onChanged,
}: {
  rows: AllocationRow[];
  /** Which document the table sits on: the other side is the one linked. */
  side: 'invoice' | 'receipt';
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message, showError } = useFeedback();
  const askReason = useReasonPrompt();

  const unapply = async (a: AllocationRow) => {
    const reason = await askReason(t('fin.unapplyTitle'));
    if (!reason) return;
    try {
      await call('matching.unapply', { allocation_id: a.id, reason });
      message.success(t('fin.unapplied'));
      onChanged();
    } catch (e) {
      showError(e);
    }
  };

  if (rows.length === 0) return <Typography.Text type="secondary">{t('fin.noAllocations')}</Typography.Text>;
  return (
    <Table<AllocationRow>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={rows}
      data-testid="allocations"
      rowClassName={(r) => (r.reversal_of != null || r.reversed ? 'row-muted' : '')}
      columns={[
        { title: t('fin.date'), dataIndex: 'effective_date', width: 110 },
        {
          title: side === 'invoice' ? t('fin.source') : t('fin.invoice'),
          render: (_, r) => {
            const n = side === 'invoice' ? r.source_number : r.invoice_number;
            const to =
              side === 'invoice'
                ? r.source_type === 'receipt'
                  ? `/receipts/${r.source_id}`
                  : `/invoices/${r.source_id}`
                : `/invoices/${r.invoice_id}`;
            return (
              <a onClick={() => navigate(to)}>
                {side === 'invoice' && r.source_type === 'credit_note' ? `${t('fin.creditNote')} ` : ''}
                {n ?? `#${side === 'invoice' ? r.source_id : r.invoice_id}`}
              </a>
            );
          },
        },
        {
          title: t('fin.thisApply'),
          dataIndex: 'amount',
          align: 'right',
          render: (v: number) => (
            <span style={{ color: v < 0 ? '#cf1322' : undefined }}>¥{formatFen(v)}</span>
          ),
        },
        {
          title: '',
          render: (_, r) =>
            r.reversal_of != null ? (
              <Tag color="magenta" bordered={false}>
                {t('fin.reversal')}：{r.reason}
              </Tag>
            ) : r.reversed ? (
              <Tag bordered={false}>{t('fin.reversedTag')}</Tag>
            ) : null,
        },
        { title: '', dataIndex: 'created_by_name', width: 80 },
        {
          title: '',
          width: 90,
          render: (_, r) =>
            r.reversal_of == null && !r.reversed && can('receipts.write') ? (
              <Button size="small" type="link" danger onClick={() => void unapply(r)}>
                {t('fin.unapply')}
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
