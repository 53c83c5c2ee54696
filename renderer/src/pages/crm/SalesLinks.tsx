/**
 * The CRM screens' links to sales and finance (loaded once from App.tsx, after the CRM pages):
 * - customer 360 sections: the customer's sales orders, and receivables with the open invoices;
 * - on a won opportunity: "生成报价单" (opportunities.toQuotation) and the quotations made from it.
 * Every row opens its document page.
 */
import { Button, Col, Progress, Row, Space, Spin, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { fl } from '../../i18n';
import { navigate } from '../../router';
import { useSession } from '../../session';
import { useFeedback } from '../../components/feedback';
import { StatusTag } from '../../components/StatusTag';
import { InvoiceStatusTag } from '../finance/InvoicesPage';
import type { CreditBreakdown, OrderRow } from '../../../../shared/contract/sales';
import type { InvoiceRow } from '../../../../shared/contract/finance';
import type { OpportunityDetail } from '../../../../shared/contract/crm';
import { registerCustomerSection, usePaged, type Customer360Context } from './Customer360Page';
import { OPPORTUNITY_ACTIONS } from './OpportunityDrawer';
import { yuan } from './util';

const SHOWN = 10;
const pct = (bp: number) => Math.floor(bp / 100);

/* ------------------------------------------------------------------ sales orders */

function CustomerOrders({ customer, version }: Customer360Context) {
  const { t } = useTranslation();
  const data = usePaged<OrderRow>(
    () =>
      call('orders.list', {
        customer_id: customer.id,
        limit: SHOWN,
        sort: [{ field: 'order_date', dir: 'desc' }],
      }),
    version,
  );
  if (!data) return <Spin />;
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={data.rows}
      locale={{ emptyText: t('crmSales.noOrders') }}
      onRow={(r) => ({ onClick: () => navigate(`/orders/${r.id}`), style: { cursor: 'pointer' } })}
      columns={[
        {
          title: t('crmSales.docNo'),
          width: 150,
          render: (_v, r) => (
            <a data-testid="c360-order-link">{r.number ?? t('sales.draftNo', { id: r.id })}</a>
          ),
        },
        { title: fl('order_date'), dataIndex: 'order_date', width: 110 },
        {
          title: fl('status'),
          width: 150,
          render: (_v, r) => (
            <Space size={2}>
              <StatusTag status={r.status} />
              {r.late ? (
                <Tag color="red" bordered={false}>
                  {t('sales.lateTag')}
                </Tag>
              ) : null}
            </Space>
          ),
        },
        { title: fl('salesperson_id'), dataIndex: 'salesperson_name', width: 90 },
        {
          title: t('sales.total'),
          dataIndex: 'total',
          width: 130,
          align: 'right',
          render: (v: number) => yuan(v),
        },
        {
          title: t('sales.perDelivered'),
          dataIndex: 'per_delivered',
          width: 140,
          render: (v: number) => <Progress percent={pct(v)} size="small" />,
        },
        {
          title: t('sales.perBilled'),
          dataIndex: 'per_billed',
          width: 140,
          render: (v: number) => <Progress percent={pct(v)} size="small" />,
        },
      ]}
      footer={
        data.total && data.total > data.rows.length
          ? () => (
              <span className="crm-hint">
                {t('crmSales.moreOrders', { n: data.total, shown: data.rows.length })}
              </span>
            )
          : undefined
      }
    />
  );
}

/* ------------------------------------------------------------------ receivables */

function Balance({ customerId, version }: { customerId: number; version: number }) {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [b, setB] = useState<CreditBreakdown | null>(null);
  useEffect(() => {
    let live = true;
    call('credit.preview', { customer_id: customerId })
      .then((r) => live && setB(r.breakdown))
      .catch(showError);
    return () => {
      live = false;
    };
  }, [customerId, version, showError]);
  if (!b) return <Spin />;
  return (
    <Row gutter={16} style={{ marginBottom: 12 }} data-testid="c360-balance">
      <Col span={4}>
        <Statistic title={t('crmSales.receivable')} value={yuan(b.receivable)} />
      </Col>
      <Col span={5}>
        <Statistic
          title={t('crmSales.overdue')}
          value={yuan(b.overdue_amount)}
          styles={{ content: b.overdue_amount > 0 ? { color: '#cf1322' } : undefined }}
        />
        {b.overdue_count > 0 ? (
          <Typography.Text type="danger" style={{ fontSize: 12 }}>
            {t('crmSales.overdueCount', { n: b.overdue_count, days: b.oldest_overdue_days })}
          </Typography.Text>
        ) : null}
      </Col>
      <Col span={4}>
        <Statistic title={t('crmSales.uninvoiced')} value={yuan(b.delivered_uninvoiced)} />
      </Col>
      <Col span={4}>
        <Statistic title={t('crmSales.openOrders')} value={yuan(b.open_orders)} />
      </Col>
      <Col span={3}>
        <Statistic title={t('crmSales.advances')} value={yuan(b.advances)} />
      </Col>
      <Col span={4}>
        <Statistic
          title={t('crmSales.available')}
          value={b.effective_limit > 0 ? yuan(b.available) : t('crmSales.noLimit')}
        />
      </Col>
    </Row>
  );
}

function CustomerReceivables({ customer, version }: Customer360Context) {
  const { t } = useTranslation();
  const { can } = useSession();
  const data = usePaged<InvoiceRow>(
    () =>
      call('invoices.list', {
        customer_id: customer.id,
        kind: 'invoice',
        view: 'open',
        limit: SHOWN,
        sort: [{ field: 'due_date', dir: 'asc' }],
      }),
    version,
  );
  return (
    <>
      {/* the balance comes with the credit figures, which need orders.read */}
      {can('orders.read') ? <Balance customerId={customer.id} version={version} /> : null}
      {data ? (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={data.rows}
          locale={{ emptyText: t('crmSales.noOpenInvoices') }}
          onRow={(r) => ({ onClick: () => navigate(`/invoices/${r.id}`), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: t('crmSales.docNo'),
              width: 150,
              render: (_v, r) => (
                <a data-testid="c360-invoice-link">{r.number ?? t('fin.draftNo', { id: r.id })}</a>
              ),
            },
            { title: fl('invoice_date'), dataIndex: 'invoice_date', width: 110 },
            { title: t('crmSales.dueDate'), dataIndex: 'due_date', width: 110 },
            {
              title: fl('status'),
              width: 160,
              render: (_v, r) => (
                <Space size={2}>
                  <InvoiceStatusTag status={r.status} />
                  {r.days_overdue > 0 ? (
                    <Tag color="error" bordered={false}>
                      {t('fin.overdueDays', { n: r.days_overdue })}
                    </Tag>
                  ) : null}
                </Space>
              ),
            },
            {
              title: t('sales.total'),
              dataIndex: 'total',
              width: 130,
              align: 'right',
              render: (v: number) => yuan(v),
            },
            {
              title: t('crmSales.openAmount'),
              dataIndex: 'open_amount',
              width: 130,
              align: 'right',
              render: (v: number, r) => (
                <Typography.Text type={r.days_overdue > 0 ? 'danger' : undefined} strong>
                  {yuan(v)}
                </Typography.Text>
              ),
            },
          ]}
          footer={
            data.total && data.total > data.rows.length
              ? () => (
                  <span className="crm-hint">
                    {t('crmSales.moreInvoices', { n: data.total, shown: data.rows.length })}
                  </span>
                )
              : undefined
          }
        />
      ) : (
        <Spin />
      )}
    </>
  );
}

registerCustomerSection({
  key: 'orders',
  order: 50,
  title: (t) => t('crmSales.sectionOrders'),
  permission: 'orders.read',
  render: (c) => <CustomerOrders {...c} />,
});
registerCustomerSection({
  key: 'receivables',
  order: 55,
  title: (t) => t('crmSales.sectionReceivables'),
  permission: 'invoices.read',
  render: (c) => <CustomerReceivables {...c} />,
});

/* ------------------------------------------------------------------ won opportunity → quotation */

function QuotationAction({ opp }: { opp: OpportunityDetail }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message, showError } = useFeedback();
  const [busy, setBusy] = useState(false);
  if (opp.status !== 'won') return null;
  const live = opp.quotations.some((q) => q.status !== 'void');
  const make = async () => {
    setBusy(true);
    try {
      const q = await call('opportunities.toQuotation', { id: opp.id });
      message.success(t('crmSales.quotationMade'));
      navigate(`/quotations/${q.id}`);
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space wrap size={4}>
      {opp.quotations.length ? (
        <Typography.Text type="secondary">{t('crmSales.quotationsFromOpp')}：</Typography.Text>
      ) : null}
      {opp.quotations.map((q) => (
        <Button
          key={q.id}
          size="small"
          type="link"
          onClick={() => navigate(`/quotations/${q.id}`)}
          data-testid="opp-quotation-link"
        >
          {q.number ?? t('sales.draftNo', { id: q.id })} <StatusTag status={q.status} /> {yuan(q.total)}
        </Button>
      ))}
      {can('quotations.write') && !live ? (
        <Tooltip title={opp.products.length ? t('crmSales.toQuotationHint') : t('crmSales.noProducts')}>
          <Button
            type="primary"
            size="small"
            icon={<FileAddOutlined />}
            loading={busy}
            disabled={opp.products.length === 0}
            onClick={() => void make()}
            data-testid="opp-to-quotation"
          >
            {t('crmSales.toQuotation')}
          </Button>
        </Tooltip>
      ) : null}
    </Space>
  );
}

OPPORTUNITY_ACTIONS.push({ key: 'quotation', render: (opp) => <QuotationAction opp={opp} /> });
