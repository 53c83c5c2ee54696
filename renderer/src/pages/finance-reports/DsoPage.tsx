import { Button, Card, Col, DatePicker, Row, Segmented, Space, Statistic, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColDef } from 'ag-grid-community';
import { call } from '../../api';
import { Page } from '../../components/Page';
import { useFeedback } from '../../components/feedback';
import { formatFen } from '../../../../shared/money';
import type { OutputOf } from '../../../../shared/contract';
import { ReportGrid } from './ReportGrid';
import { iso } from './common';
import './finance-reports.css';

type Dso = OutputOf<'reports.dso'>;
type Row = Dso['rows'][number];
const WINDOWS = [30, 60, 90, 180, 365] as const;

/** DSO 应收账款周转天数: receivable ÷ sales of the last N days × N, overall and per customer. */
export function DsoPage() {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [asOf, setAsOf] = useState<Dayjs>(() => dayjs());
  const [days, setDays] = useState<number>(90);
  const [overall, setOverall] = useState<Dso['overall'] | null>(null);
  const [nonce, setNonce] = useState(0);

  const input = useMemo(() => ({ as_of: iso(asOf), days }), [asOf, days]);
  const load = useCallback(
    async (offset: number, limit: number) => {
      const r = await call('reports.dso', { ...input, offset, limit });
      if (offset === 0) setOverall(r.overall);
      return { rows: r.rows, count: r.count };
    },
    [input],
  );

  const columns = useMemo<ColDef<Row>[]>(
    () => [
      { field: 'customer_name', headerName: t('freports.col.customer'), flex: 2, minWidth: 240 },
      {
        field: 'receivable',
        headerName: t('freports.dso.receivable'),
        width: 150,
        type: 'rightAligned',
        valueFormatter: (p) => formatFen(Number(p.value ?? 0)),
      },
      {
        field: 'sales',
        headerName: t('freports.dso.sales', { n: days }),
        width: 170,
        type: 'rightAligned',
        valueFormatter: (p) => formatFen(Number(p.value ?? 0)),
      },
      {
        field: 'dso',
        headerName: t('freports.dso.dso'),
        width: 150,
        type: 'rightAligned',
        valueFormatter: (p) => (p.value == null ? t('freports.dso.noSales') : String(p.value)),
        cellClassRules: {
          'fr-red': (p) => p.value != null && Number(p.value) > days,
        },
      },
    ],
    [t, days],
  );

  return (
    <Page
      title={t('freports.dso.title')}
      extra={
        <Space wrap>
          <DatePicker
            value={asOf}
            onChange={(d) => d && setAsOf(d)}
            allowClear={false}
            prefix={<span className="fr-prefix">{t('freports.asOf')}</span>}
          />
          <Segmented<number>
            value={days}
            onChange={setDays}
            options={WINDOWS.map((d) => ({ value: d, label: t('freports.dso.window', { n: d }) }))}
            data-testid="dso-window"
          />
          <Button icon={<ReloadOutlined />} onClick={() => setNonce((n) => n + 1)} />
        </Space>
      }
    >
      <div className="fr-stack">
        <Row gutter={12} data-testid="dso-overall">
          <Col span={8}>
            <Card size="small">
              <Statistic
                title={t('freports.dso.receivable')}
                value={overall ? formatFen(overall.receivable) : '—'}
                prefix="¥"
              />
            </Card>
          </Col>
          <Col span={8}>
            <Card size="small">
              <Statistic
                title={t('freports.dso.sales', { n: days })}
                value={overall ? formatFen(overall.sales) : '—'}
                prefix="¥"
              />
            </Card>
          </Col>
          <Col span={8}>
            <Card size="small">
              <Statistic
                title={t('freports.dso.dso')}
                value={overall?.dso ?? '—'}
                suffix={overall?.dso != null ? t('common.days') : undefined}
                styles={{
                  content: { color: overall?.dso != null && overall.dso > days ? '#cf1322' : '#1677ff' },
                }}
                data-testid="dso-value"
              />
            </Card>
          </Col>
        </Row>
        <Typography.Text type="secondary">{t('freports.dso.formula', { n: days })}</Typography.Text>
        <div className="fr-fill">
          <ReportGrid<Row>
            columns={columns}
            load={load}
            reloadKey={`${JSON.stringify(input)}#${nonce}`}
            rowId={(r) => String(r.customer_id)}
            onError={showError}
            testId="dso-grid"
          />
        </div>
      </div>
    </Page>
  );
}
