import { Card, Col, Empty, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { call } from '../../api';
import { useSession } from '../../session';
import { navigate } from '../../router';
import { useFeedback } from '../../components/feedback';
import { fl } from '../../i18n';
import { formatFen } from '../../../../shared/money';
import type { OutputOf } from '../../../../shared/contract';
import type { ReceiptRow } from '../../../../shared/contract/finance';

type Home = OutputOf<'finance.home'>;
type Overdue = OutputOf<'reports.overdue'>['rows'][number];
const money = (v: number) => `¥${formatFen(v)}`;

/** Finance's desk: what waits for finance today, each card opening the screen where it is handled. */
export function FinanceHome() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { showError } = useFeedback();
  const [home, setHome] = useState<Home | null>(null);
  const [overdue, setOverdue] = useState<Overdue[]>([]);
  const [unmatched, setUnmatched] = useState<ReceiptRow[]>([]);

  useEffect(() => {
    call('finance.home', {}).then(setHome).catch(showError);
    if (can('reports.finance'))
      call('reports.overdue', { limit: 8, sort: [{ field: 'days_overdue', dir: 'desc' }] })
        .then((r) => setOverdue(r.rows))
        .catch(() => undefined);
    if (can('receipts.read'))
      call('receipts.list', { view: 'unapplied', limit: 8, sort: [{ field: 'receipt_date', dir: 'asc' }] })
        .then((r) => setUnmatched(r.rows))
        .catch(() => undefined);
  }, [can, showError]);

  const cards: [string, string, string, string, string][] = home
    ? [
        ['held', t('fin.count', { n: home.held_orders }), '', '/credit/holds', '#cf1322'],
        [
          'overdue',
          money(home.overdue_amount),
          t('fin.count', { n: home.overdue_count }),
          '/invoices?view=overdue',
          '#cf1322',
        ],
        [
          'today',
          money(home.receipts_today_amount),
          t('fin.count', { n: home.receipts_today_count }),
          '/receipts?view=today',
          '#389e0d',
        ],
        [
          'unmatched',
          money(home.unmatched_amount),
          t('fin.count', { n: home.unmatched_count }),
          '/matching',
          '#d46b08',
        ],
        ['toInvoice', money(home.to_invoice_amount), '', '/invoices?view=to_invoice', '#1677ff'],
        ['receivable', money(home.receivable), '', '/invoices?view=open', '#262626'],
      ]
    : [];

  return (
    <div className="page page-scroll" data-testid="finance-home">
      <Typography.Title level={4}>{t('fin.home')}</Typography.Title>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {cards.map(([k, value, sub, to, color]) => (
          <Col span={8} key={k}>
            <Card hoverable onClick={() => navigate(to)} data-testid={`fin-card-${k}`}>
              <Statistic
                title={
                  <span>
                    {t(`fin.cards.${k}`)}
                    {sub ? (
                      <Tag bordered={false} style={{ marginInlineStart: 8 }}>
                        {sub}
                      </Tag>
                    ) : null}
                  </span>
                }
                value={value}
                styles={{ content: { color } }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Card size="small" title={t('fin.topOverdue')}>
            {overdue.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fin.none')} />
            ) : (
              <Table<Overdue>
                size="small"
                rowKey="invoice_id"
                pagination={false}
                dataSource={overdue}
                onRow={(r) => ({ onDoubleClick: () => navigate(`/invoices/${r.invoice_id}`) })}
                columns={[
                  { title: fl('customer_id'), dataIndex: 'customer_name', ellipsis: true },
                  { title: t('fin.invoice'), dataIndex: 'number', width: 130 },
                  { title: t('fin.daysOverdue'), dataIndex: 'days_overdue', width: 80, align: 'right' },
                  {
                    title: t('fin.open'),
                    dataIndex: 'open_amount',
                    width: 120,
                    align: 'right',
                    render: money,
                  },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={t('fin.unmatchedReceipts')}>
            {unmatched.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fin.none')} />
            ) : (
              <Table<ReceiptRow>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={unmatched}
                onRow={(r) => ({ onDoubleClick: () => navigate(`/matching?customer=${r.customer_id}`) })}
                columns={[
                  { title: fl('customer_id'), dataIndex: 'customer_name', ellipsis: true },
                  {
                    title: fl('receipt_date'),
                    dataIndex: 'receipt_date',
                    width: 100,
                    render: (d: string) => (
                      <span title={`${dayjs().diff(dayjs(d), 'day')} ${t('common.days')}`}>{d}</span>
                    ),
                  },
                  {
                    title: t('fin.unappliedAmt'),
                    dataIndex: 'unapplied',
                    width: 130,
                    align: 'right',
                    render: money,
                  },
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
