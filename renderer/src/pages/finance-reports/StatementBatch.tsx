import { Alert, Button, Card, DatePicker, Progress, Space, Switch, Typography } from 'antd';
import { PlayCircleOutlined, StopOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useFeedback } from '../../components/feedback';
import { formatFen } from '../../../../shared/money';
import { iso } from './common';

const CHUNK = 50;

interface Run {
  done: number;
  total: number | null;
  closing: number;
  state: 'running' | 'finished' | 'cancelled' | 'failed';
}

/**
 * Statements for every customer of a period, generated in chunks of 50 so that a progress bar can follow
 * and the user can stop between chunks (what was generated stays).
 */
export function StatementBatch({
  period,
  onPeriod,
  onShowList,
}: {
  period: [Dayjs, Dayjs];
  onPeriod: (p: [Dayjs, Dayjs]) => void;
  onShowList: () => void;
}) {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [onlyBalance, setOnlyBalance] = useState(true);
  const [run, setRun] = useState<Run | null>(null);
  const cancel = useRef(false);

  const start = async () => {
    cancel.current = false;
    const from = iso(period[0]);
    const to = iso(period[1]);
    let offset = 0;
    let r: Run = { done: 0, total: null, closing: 0, state: 'running' };
    setRun(r);
    try {
      for (;;) {
        const res = await call('statements.generate', {
          from,
          to,
          only_with_balance: onlyBalance,
          offset,
          limit: CHUNK,
        });
        r = {
          ...r,
          done: r.done + res.generated.length,
          total: res.total_customers,
          closing: r.closing + res.generated.reduce((s, g) => s + g.closing, 0),
        };
        setRun(r);
        if (res.next_offset == null) {
          r = { ...r, state: 'finished' };
          break;
        }
        offset = res.next_offset;
        if (cancel.current) {
          r = { ...r, state: 'cancelled' };
          break;
        }
      }
    } catch (e) {
      r = { ...r, state: 'failed' };
      showError(e);
    }
    setRun(r);
  };

  const running = run?.state === 'running';
  const percent = run?.total ? Math.round((run.done / run.total) * 100) : run?.state === 'finished' ? 100 : 0;

  return (
    <Card style={{ maxWidth: 760 }} data-testid="statement-batch">
      <Typography.Paragraph type="secondary">{t('freports.st.batchHint')}</Typography.Paragraph>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <span>{t('freports.st.period')}</span>
          <DatePicker.RangePicker
            value={period}
            allowClear={false}
            disabled={running}
            onChange={(v) => v?.[0] && v[1] && onPeriod([v[0], v[1]])}
            data-testid="batch-period"
          />
        </Space>
        <Space>
          <Switch
            checked={onlyBalance}
            onChange={setOnlyBalance}
            disabled={running}
            data-testid="batch-only"
          />
          <span>{t('freports.st.onlyBalance')}</span>
        </Space>
        <Space>
          <Button
            type="primary"
            icon={<PlayCircleOutlined />}
            loading={running}
            onClick={() => void start()}
            data-testid="batch-start"
          >
            {t('freports.st.batchStart')}
          </Button>
          {running ? (
            <Button
              icon={<StopOutlined />}
              onClick={() => {
                cancel.current = true;
              }}
              data-testid="batch-cancel"
            >
              {t('freports.st.batchCancel')}
            </Button>
          ) : null}
        </Space>
        {run ? (
          <div data-testid="batch-progress">
            <Progress
              percent={percent}
              status={run.state === 'failed' ? 'exception' : run.state === 'running' ? 'active' : 'normal'}
              format={() => <span data-testid="batch-count">{`${run.done} / ${run.total ?? '…'}`}</span>}
            />
          </div>
        ) : null}
        {run && run.state !== 'running' ? (
          <Alert
            type={run.state === 'finished' ? 'success' : run.state === 'cancelled' ? 'warning' : 'error'}
            showIcon
            data-testid="batch-result"
            title={
              run.state === 'finished' && run.total === 0
                ? t('freports.st.batchNone')
                : t(`freports.st.batch_${run.state}`, {
                    n: run.done,
                    total: run.total ?? 0,
                    a: formatFen(run.closing),
                  })
            }
            action={
              run.done > 0 ? (
                <Button size="small" onClick={onShowList} data-testid="batch-show-list">
                  {t('freports.st.showList')}
                </Button>
              ) : undefined
            }
          />
        ) : null}
      </Space>
    </Card>
  );
}
