import { Badge, Button, Empty, Popover, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { bi } from '../../i18n';
import type { ReminderRow } from '../../../../shared/contract/crm';
import { dateTime, go } from './util';

const POLL_MS = 60_000;

/** The header bell: unread reminders (reclaims ahead, stage overruns, escalations, due return calls). */
export function ReminderBell() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<ReminderRow[]>([]);
  const [unread, setUnread] = useState(0);
  const [open, setOpen] = useState(false);

  const load = useCallback(() => {
    call('crm.reminders', { unread_only: true, limit: 20 })
      .then((r) => {
        setRows(r.rows);
        setUnread(r.unread);
      })
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    load();
    const timer = setInterval(load, POLL_MS);
    return () => clearInterval(timer);
  }, [load]);

  const readAll = () =>
    call('crm.markRemindersRead', { all: true })
      .then(load)
      .catch(() => undefined);

  const target = (r: ReminderRow) => {
    if (r.entity_type === 'lead') return '/crm/leads';
    if (r.entity_type === 'opportunity') return '/crm/opportunities';
    if (r.entity_type === 'complaint' || r.entity_type === 'aftersales') return '/crm/service';
    if (r.entity_type === 'customer') return `/crm/customer?id=${r.entity_id}`;
    return '/crm/agenda';
  };

  return (
    <Popover
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) load();
      }}
      trigger="click"
      placement="bottomRight"
      title={
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 24 }}>
          <span>{t('crm.reminders')}</span>
          {unread ? (
            <Button size="small" type="link" onClick={() => void readAll()}>
              {t('crm.markAllRead')}
            </Button>
          ) : null}
        </div>
      }
      content={
        <div className="crm-bell-list" data-testid="reminder-list">
          {rows.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('crm.noReminders')} />
          ) : (
            rows.map((r) => (
              <div
                key={r.id}
                className="crm-bell-item"
                onClick={() => {
                  setOpen(false);
                  void call('crm.markRemindersRead', { ids: [r.id] }).then(load);
                  go(target(r));
                }}
              >
                <div>{bi({ zh: r.title_zh, en: r.title_en })}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {dateTime(r.created_at)}
                </Typography.Text>
              </div>
            ))
          )}
        </div>
      }
    >
      <Badge count={unread} size="small" offset={[-2, 2]}>
        <BellOutlined style={{ fontSize: 16, cursor: 'pointer' }} data-testid="reminder-bell" />
      </Badge>
    </Popover>
  );
}
