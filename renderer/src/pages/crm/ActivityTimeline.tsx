import { Button, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { fl } from '../../i18n';
import { useFeedback } from '../../components/feedback';
import { ACTIVITY_TYPE_LABELS, type ActivityRow } from '../../../../shared/contract/crm';
import { dateTime, label } from './util';

const COLORS: Record<string, string> = {
  visit: 'green',
  call: 'blue',
  meeting: 'purple',
  proposal: 'orange',
  email: 'cyan',
  wechat: 'lime',
};

export interface TimelineHandle {
  reload(): void;
}

/**
 * The complete contact history of a customer, lead or opportunity: every contact, request and promise,
 * newest first, paged from the server (50 at a time).
 */
export const ActivityTimeline = forwardRef<
  TimelineHandle,
  { customer_id?: number; lead_id?: number; opportunity_id?: number; showTarget?: boolean }
>(function ActivityTimeline({ customer_id, lead_id, opportunity_id, showTarget }, ref) {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [rows, setRows] = useState<ActivityRow[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(
    (offset: number) => {
      setLoading(true);
      call('activities.list', {
        customer_id,
        lead_id,
        opportunity_id,
        offset,
        limit: 50,
        with_total: offset === 0,
      })
        .then((r) => {
          setRows((old) => (offset === 0 ? r.rows : [...old, ...r.rows]));
          if (offset === 0) setTotal(r.total);
        })
        .catch(showError)
        .finally(() => setLoading(false));
    },
    [customer_id, lead_id, opportunity_id, showError],
  );

  useEffect(() => load(0), [load]);
  useImperativeHandle(ref, () => ({ reload: () => load(0) }), [load]);

  if (!loading && rows.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('crm.noActivities')} />;
  }
  return (
    <div data-testid="activity-timeline">
      <Timeline
        items={rows.map((a) => ({
          color: COLORS[a.type] ?? 'gray',
          content: (
            <div className="crm-activity">
              <Space size={6} wrap className="crm-activity-head">
                <Typography.Text strong>{dateTime(a.occurred_at)}</Typography.Text>
                <Tag color={COLORS[a.type]}>{label(ACTIVITY_TYPE_LABELS, a.type)}</Tag>
                <span>{a.user_name}</span>
                {showTarget ? (
                  <Typography.Text type="secondary">{a.customer_name ?? a.lead_company}</Typography.Text>
                ) : null}
                {a.contact_name ? (
                  <Typography.Text type="secondary">· {a.contact_name}</Typography.Text>
                ) : null}
                {a.opportunity_name ? <Tag>{a.opportunity_name}</Tag> : null}
              </Space>
              <div className="crm-activity-summary">{a.summary}</div>
              {a.checkin_place ? (
                <div className="crm-activity-line">
                  <span>{fl('checkin_place')}：</span>
                  {a.checkin_place}
                  {a.checkin_at ? `（${dateTime(a.checkin_at)}）` : ''}
                </div>
              ) : null}
              {a.customer_requests ? (
                <div className="crm-activity-line">
                  <span>{fl('customer_requests')}：</span>
                  {a.customer_requests}
                </div>
              ) : null}
              {a.promises ? (
                <div className="crm-activity-line crm-promise">
                  <span>{fl('promises')}：</span>
                  {a.promises}
                </div>
              ) : null}
              <div className="crm-activity-line">
                <span>{fl('next_followup_on')}：</span>
                {a.next_followup_on}
                {a.followup_done ? <Tag style={{ marginLeft: 6 }}>{t('crm.followupDone')}</Tag> : null}
                {a.attachments ? (
                  <span style={{ marginLeft: 8 }}>
                    <PaperClipOutlined /> {a.attachments}
                  </span>
                ) : null}
              </div>
            </div>
          ),
        }))}
      />
      {total != null && rows.length < total ? (
        <Button block loading={loading} onClick={() => load(rows.length)}>
          {t('crm.loadMore', { n: total - rows.length })}
        </Button>
      ) : null}
    </div>
  );
});
