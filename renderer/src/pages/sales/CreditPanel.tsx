import { Alert, Card, Descriptions, Empty, Progress, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { bi } from '../../i18n';
import { formatFen } from '../../../../shared/money';
import type { CreditCheck } from '../../../../shared/contract/sales';

const yuan = (fen: number) => `¥${formatFen(fen)}`;

/** The exposure breakdown, live while the clerk types: limit, each part, this document, what is left, overdue. */
export function CreditBreakdownView({
  check,
  compact,
  showOutcome = true,
}: {
  check: CreditCheck;
  compact?: boolean;
  showOutcome?: boolean;
}) {
  const { t } = useTranslation();
  const b = check.breakdown;
  const usage = b.usage_bp == null ? null : b.usage_bp / 100;
  const color = check.outcome === 'hold' ? '#ff4d4f' : check.outcome === 'warn' ? '#faad14' : '#52c41a';
  return (
    <div data-testid="credit-breakdown">
      <Space wrap style={{ marginBottom: 8 }}>
        {showOutcome ? (
          <Tag
            color={check.outcome === 'hold' ? 'red' : check.outcome === 'warn' ? 'orange' : 'green'}
            data-testid="credit-outcome"
          >
            {t(`credit.outcome.${check.outcome}`)}
          </Tag>
        ) : null}
        {b.customer_type === 'cash' ? <Tag color="blue">{t('credit.cashCustomer')}</Tag> : null}
        {b.bad_record ? <Tag color="red">{t('credit.badRecord')}</Tag> : null}
      </Space>
      {usage != null ? (
        <Progress
          percent={Math.min(100, usage)}
          strokeColor={color}
          format={() => `${usage.toFixed(0)}%`}
          size="small"
          style={{ marginBottom: 8 }}
        />
      ) : null}
      <Descriptions
        size="small"
        column={1}
        colon={false}
        styles={{
          label: { width: compact ? 110 : 130, color: '#666' },
          content: { justifyContent: 'flex-end', fontVariantNumeric: 'tabular-nums' },
        }}
      >
        <Descriptions.Item label={t('credit.limit')}>
          {yuan(b.credit_limit)}
          {b.temp_limit > 0 ? (
            <Typography.Text type="secondary"> +{yuan(b.temp_limit)}</Typography.Text>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('credit.receivable')}>{yuan(b.receivable)}</Descriptions.Item>
        <Descriptions.Item label={t('credit.dni')}>{yuan(b.delivered_uninvoiced)}</Descriptions.Item>
        <Descriptions.Item label={t('credit.openOrders')}>{yuan(b.open_orders)}</Descriptions.Item>
        <Descriptions.Item label={t('credit.thisDoc')}>{yuan(b.this_document)}</Descriptions.Item>
        <Descriptions.Item label={t('credit.advances')}>−{yuan(b.advances)}</Descriptions.Item>
        <Descriptions.Item label={<b>{t('credit.exposure')}</b>}>
          <b data-testid="credit-exposure">{yuan(b.exposure)}</b>
        </Descriptions.Item>
        <Descriptions.Item label={<b>{t('credit.available')}</b>}>
          <b style={{ color: b.available < 0 ? '#ff4d4f' : undefined }} data-testid="credit-available">
            {yuan(b.available)}
          </b>
        </Descriptions.Item>
        <Descriptions.Item label={t('credit.overdue')}>
          {b.overdue_count > 0 ? (
            <Typography.Text type="danger">
              {t('credit.overdueInfo', {
                n: b.overdue_count,
                a: formatFen(b.overdue_amount),
                d: b.oldest_overdue_days,
              })}
            </Typography.Text>
          ) : (
            t('credit.none')
          )}
        </Descriptions.Item>
      </Descriptions>
      {check.reasons.length && showOutcome ? (
        <Alert
          type={check.outcome === 'hold' ? 'error' : check.outcome === 'warn' ? 'warning' : 'info'}
          showIcon
          style={{ marginTop: 8 }}
          title={
            <ul style={{ margin: 0, paddingInlineStart: 16 }}>
              {check.reasons.map((r) => (
                <li key={r.code}>{bi(r)}</li>
              ))}
            </ul>
          }
        />
      ) : null}
    </div>
  );
}

/** Asks the server for the breakdown of a customer with an amount, debounced. */
export function CreditPanel({
  customerId,
  amount,
  excludeOrderId,
  preview = true,
}: {
  customerId: number | null;
  amount: number;
  excludeOrderId?: number | null;
  /** A document being checked (outcome shown), or only the customer's situation. */
  preview?: boolean;
}) {
  const { t } = useTranslation();
  const [check, setCheck] = useState<CreditCheck | null>(null);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (!customerId) return;
    let live = true;
    const timer = setTimeout(() => {
      setLoading(true);
      call('credit.preview', {
        customer_id: customerId,
        amount,
        exclude_order_id: excludeOrderId ?? undefined,
      })
        .then((c) => live && setCheck(c))
        .catch(() => live && setCheck(null))
        .finally(() => live && setLoading(false));
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [customerId, amount, excludeOrderId]);
  return (
    <Card size="small" title={t('credit.panel')} data-testid="credit-panel">
      {!customerId ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('credit.pickCustomer')} />
      ) : (
        <Spin spinning={loading && !check}>
          {check ? (
            <CreditBreakdownView check={check} compact showOutcome={preview} />
          ) : (
            <div style={{ height: 120 }} />
          )}
        </Spin>
      )}
    </Card>
  );
}
