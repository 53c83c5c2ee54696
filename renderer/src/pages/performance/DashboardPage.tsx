import {
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Modal,
  Row,
  Segmented,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsOption } from 'echarts';
import { call } from '../../api';
import { bi, fl } from '../../i18n';
import { useSession } from '../../session';
import { navigate } from '../../router';
import { ServerGrid, type GridColDef } from '../../components/ServerGrid';
import { useFeedback } from '../../components/feedback';
import {
  BASIS_LABELS,
  METRIC_INFO,
  TARGET_METRICS,
  type DashboardResult,
  type FunnelResult,
  type PeriodKey,
  type RankingResult,
  type RankingRow,
  type TargetMetric,
} from '../../../../shared/contract/targets';
import { STATUS_LABELS, type StatusKind } from '../../../../shared/contract/staff';
import type { CustomerRow } from '../../../../shared/contract/customers';
import { formatAmount, formatBp } from '../../../../shared/performance';
import { Chart } from './Chart';
import { downloadBase64 } from '../staff/common';
import { STATUS_COLORS } from '../staff/common';
import { Reminders } from '../staff/StatusBoardPage';

/** Funnel stages from deep to light blue; won is green. */
const FUNNEL_BLUES = ['#0958d9', '#1677ff', '#4096ff', '#69b1ff', '#91caff', '#bae0ff'];

const COLORS: Record<string, string> = {
  green: '#52c41a',
  cyan: '#13c2c2',
  blue: '#1677ff',
  volcano: '#fa541c',
  orange: '#fa8c16',
  purple: '#722ed1',
  geekblue: '#2f54eb',
  default: '#bfbfbf',
};

type Span = 'm' | 'q' | 'y';

/** A completion bar with a marker where time-elapsed stands (ahead of time: green; behind: orange). */
function ProgressVsTime({ bp, time }: { bp: number | null; time: number }) {
  const pct = (x: number) => `${Math.max(0, Math.min(x / 100, 100))}%`;
  const ahead = bp != null && bp >= time;
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginTop: 4 }}>
      <div style={{ position: 'relative', flex: 1, height: 8, background: '#f0f0f0', borderRadius: 4 }}>
        <div
          style={{
            width: pct(bp ?? 0),
            height: '100%',
            borderRadius: 4,
            background: ahead ? '#52c41a' : '#fa8c16',
          }}
        />
        <div
          title={formatBp(time)}
          style={{
            position: 'absolute',
            left: pct(time),
            top: -3,
            width: 2,
            height: 14,
            background: '#1677ff',
          }}
        />
      </div>
      <span style={{ width: 54, textAlign: 'right', fontSize: 12 }}>{formatBp(bp)}</span>
    </div>
  );
}

/** 业绩看板: the manager's month at a glance; the general manager sees units and drills down. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { me } = useSession();
  const { showError } = useFeedback();
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [metric, setMetric] = useState<TargetMetric>('sales');
  const [span, setSpan] = useState<Span>('m');
  const wide = me?.scope === 'all' || me?.scope === 'region';
  const [level, setLevel] = useState<'user' | 'org_unit'>(wide ? 'org_unit' : 'user');
  const [unitPath, setUnitPath] = useState<{ id: number; name: string }[]>([]);
  const [dash, setDash] = useState<DashboardResult | null>(null);
  const [ranking, setRanking] = useState<RankingResult | null>(null);
  const [trend, setTrend] = useState<
    { month: string; target: number | null; actual: number | null; last_year: number | null }[]
  >([]);
  const [drill, setDrill] = useState<{ title: string; from: string; to: string; user_id?: number } | null>(
    null,
  );
  const year = month.year();
  const m = month.month() + 1;
  const period: PeriodKey =
    span === 'y' ? 'y' : span === 'q' ? (`q${Math.ceil(m / 3)}` as PeriodKey) : (`m${m}` as PeriodKey);
  const unitId = unitPath[unitPath.length - 1]?.id;
  const unit = METRIC_INFO[metric].unit;

  useEffect(() => {
    call('analytics.dashboard', { year, month: m }).then(setDash).catch(showError);
  }, [year, m, showError]);
  const rankingInput = useMemo(
    () => ({ year, metric, period, level, org_unit_id: unitId }),
    [year, metric, period, level, unitId],
  );
  useEffect(() => {
    call('analytics.ranking', rankingInput).then(setRanking).catch(showError);
  }, [rankingInput, showError]);
  useEffect(() => {
    call('analytics.trend', { year, metric, org_unit_id: unitId })
      .then((r) => setTrend(r.months))
      .catch(showError);
  }, [year, metric, unitId, showError]);

  const [funnel, setFunnel] = useState<FunnelResult | null>(null);
  useEffect(() => {
    call('analytics.funnel', { year }).then(setFunnel).catch(showError);
  }, [year, showError]);

  const amount = (v: number | null | undefined, u = unit) => formatAmount(v, u);

  const rankingOption = useMemo<EChartsOption>(() => {
    const rows = (ranking?.rows ?? []).slice(0, 30);
    return {
      grid: { left: 90, right: 64, top: 24, bottom: 24 },
      tooltip: {
        trigger: 'axis',
        formatter: (ps: unknown) => {
          const p = (ps as { dataIndex: number }[])[0];
          const r = p ? rows[rows.length - 1 - p.dataIndex] : undefined;
          if (!r) return '';
          return `${r.name}<br/>${t('staff.dash.target')}：${amount(r.target)}<br/>${t('staff.dash.actual')}：${amount(r.actual)}<br/>${t('staff.dash.completion')}：${formatBp(r.completion_bp)}`;
        },
      },
      xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: rows.map((r) => r.name).reverse() },
      series: [
        {
          type: 'bar',
          name: t('staff.dash.completion'),
          data: rows
            .map((r) => ({
              value: r.completion_bp == null ? 0 : r.completion_bp / 100,
              itemStyle: { color: (r.completion_bp ?? 0) >= (ranking?.time_bp ?? 0) ? '#52c41a' : '#fa8c16' },
            }))
            .reverse(),
          barMaxWidth: 22,
          label: {
            show: true,
            position: 'right',
            formatter: (p: unknown) => `${(p as { value: number }).value.toFixed(1)}%`,
          },
          markLine: {
            symbol: 'none',
            lineStyle: { color: '#1677ff', type: 'dashed' },
            label: { formatter: `${t('staff.dash.timeProgress')} ${formatBp(ranking?.time_bp)}` },
            data: [{ xAxis: (ranking?.time_bp ?? 0) / 100 }],
          },
        },
      ],
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ranking, t, unit]);

  const trendOption = useMemo<EChartsOption>(() => {
    const scale = unit === 'fen' ? 100 : unit === 'milli' ? 1000 : 1;
    const val = (v: number | null) => (v == null ? null : v / scale);
    return {
      grid: { left: 60, right: 20, top: 36, bottom: 24 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: trend.map((x) => `${Number(x.month.slice(5))}月`) },
      yAxis: { type: 'value' },
      series: [
        {
          type: 'bar',
          name: t('staff.dash.target'),
          data: trend.map((x) => val(x.target)),
          itemStyle: { color: '#d6e4ff' },
          barMaxWidth: 24,
        },
        {
          type: 'line',
          name: t('staff.dash.actual'),
          data: trend.map((x) => val(x.actual)),
          itemStyle: { color: '#1677ff' },
          smooth: true,
        },
        {
          type: 'line',
          name: t('staff.dash.lastYear'),
          data: trend.map((x) => val(x.last_year)),
          itemStyle: { color: '#bfbfbf' },
          lineStyle: { type: 'dashed' },
        },
      ],
    };
  }, [trend, unit, t]);

  const statusOption = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, type: 'scroll' },
      series: [
        {
          type: 'pie',
          radius: ['45%', '70%'],
          center: ['50%', '42%'],
          label: { formatter: '{b} {c}' },
          data: (dash?.status_now ?? [])
            .filter((s) => s.count > 0)
            .map((s) => ({
              name: (STATUS_LABELS[s.kind as StatusKind] ?? { zh: s.kind, en: s.kind })[
                lang === 'en' ? 'en' : 'zh'
              ],
              value: s.count,
              itemStyle: { color: COLORS[STATUS_COLORS[s.kind as StatusKind] ?? 'default'] },
            })),
        },
      ],
    }),
    [dash, lang],
  );

  const funnelOption = useMemo<EChartsOption>(() => {
    if (!funnel) return {};
    const name = (x: { zh: string; en: string }) => (lang === 'en' ? x.en : x.zh);
    const items = [
      ...funnel.stages.map((s) => ({ name: name(s), value: s.reached, amount: s.reached_amount })),
      { name: t('staff.dash.funnelWon'), value: funnel.won, amount: funnel.won_amount },
    ];
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: unknown) => {
          const { dataIndex } = p as { dataIndex: number };
          const it = items[dataIndex]!;
          const conv = funnel.stages[dataIndex]?.conversion_bp;
          return `${it.name}<br/>${t('staff.dash.funnelCount', { n: it.value })} · ¥${formatAmount(it.amount, 'fen')}${
            conv != null ? `<br/>${t('staff.dash.funnelNext', { p: formatBp(conv) })}` : ''
          }`;
        },
      },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: 8,
          right: 8,
          top: 8,
          bottom: 8,
          minSize: '18%',
          gap: 2,
          label: {
            position: 'inside',
            formatter: (p: unknown) => {
              const { name: n, value } = p as { name: string; value: number };
              return `${n} ${value}`;
            },
          },
          data: items.map((x, i) => ({
            name: x.name,
            value: x.value,
            itemStyle: { color: i === items.length - 1 ? '#52c41a' : FUNNEL_BLUES[i % FUNNEL_BLUES.length] },
          })),
        },
      ],
    };
  }, [funnel, lang, t]);

  const onBar = (p: { dataIndex: number }) => {
    const rows = (ranking?.rows ?? []).slice(0, 30);
    const r = rows[rows.length - 1 - p.dataIndex];
    if (!r) return;
    if (r.subject_type === 'user')
      navigate(`/performance/evaluation?user=${r.subject_id}&year=${year}&period=${period}`);
    else setUnitPath((u) => [...u, { id: r.subject_id, name: r.name }]);
  };

  const exportRanking = () =>
    call('analytics.exportRanking', rankingInput).then(downloadBase64).catch(showError);

  const kpiCard = (k: DashboardResult['kpis'][number]) => {
    const info = METRIC_INFO[k.metric];
    const clickable = k.metric === 'new_customers' && k.source_available;
    const line = (
      label: string,
      target: number | null,
      actual: number | null,
      bp: number | null,
      time: number,
    ) => (
      <div style={{ marginTop: 6 }}>
        <Space size={6} style={{ fontSize: 12 }}>
          <Typography.Text type="secondary">{label}</Typography.Text>
          <span>
            {amount(actual, k.unit)} / {target == null ? t('staff.dash.noTarget') : amount(target, k.unit)}
          </span>
        </Space>
        <ProgressVsTime bp={bp} time={time} />
      </div>
    );
    return (
      <Col xs={24} md={12} xl={6} key={k.metric}>
        <Card
          size="small"
          className="kpi-card"
          style={{ height: '100%' }}
          hoverable={clickable}
          onClick={
            clickable
              ? () =>
                  setDrill({
                    title: t('staff.dash.newCustomers'),
                    from: month.startOf('month').format('YYYY-MM-DD'),
                    to: month.endOf('month').format('YYYY-MM-DD'),
                  })
              : undefined
          }
          data-testid={`kpi-${k.metric}`}
        >
          <Statistic
            title={`${bi(info)} · ${t('staff.dash.thisMonth')}`}
            value={k.source_available ? amount(k.actual_month, k.unit) : '—'}
            valueStyle={{ fontSize: 22 }}
          />
          {k.source_available ? (
            <>
              {line(
                t('staff.dash.thisMonth'),
                k.target_month,
                k.actual_month,
                k.completion_month_bp,
                dash?.time_bp_month ?? 0,
              )}
              {line(
                t('staff.dash.thisYear'),
                k.target_year,
                k.actual_year,
                k.completion_year_bp,
                dash?.time_bp_year ?? 0,
              )}
            </>
          ) : (
            <div className="kpi-sub" style={{ marginTop: 10, minHeight: 64 }}>
              {t('staff.dash.sourceMissing', { basis: bi(BASIS_LABELS[info.bases[0]!]) })}
              {k.target_month != null ? (
                <div>
                  {t('staff.dash.target')}：{amount(k.target_month, k.unit)} / {amount(k.target_year, k.unit)}
                </div>
              ) : null}
            </div>
          )}
        </Card>
      </Col>
    );
  };

  return (
    <div className="page page-scroll" data-testid="perf-dashboard">
      <div className="page-head">
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('staff.dash.title')}
          </Typography.Title>
          {dash ? (
            <Typography.Text type="secondary">
              {dash.as_of} · {t('staff.dash.timeProgress')} {t('staff.dash.thisMonth')}{' '}
              {formatBp(dash.time_bp_month)} / {t('staff.dash.thisYear')} {formatBp(dash.time_bp_year)} ·{' '}
              {t('staff.dash.people', { n: dash.people })}
            </Typography.Text>
          ) : null}
        </div>
        <Space wrap>
          <DatePicker picker="month" value={month} allowClear={false} onChange={(v) => v && setMonth(v)} />
          <Segmented<TargetMetric>
            value={metric}
            onChange={setMetric}
            options={TARGET_METRICS.map((x) => ({ value: x, label: bi(METRIC_INFO[x]) }))}
            data-testid="dash-metric"
          />
          <Segmented<Span>
            value={span}
            onChange={setSpan}
            options={[
              { value: 'm', label: t('staff.dash.thisMonth') },
              { value: 'q', label: bi({ zh: '本季', en: 'Quarter' }) },
              { value: 'y', label: t('staff.dash.thisYear') },
            ]}
          />
          {wide ? (
            <Segmented
              value={level}
              onChange={(v) => {
                setLevel(v as 'user' | 'org_unit');
                setUnitPath([]);
              }}
              options={[
                { value: 'org_unit', label: t('staff.dash.byUnit') },
                { value: 'user', label: t('staff.dash.byPerson') },
              ]}
              data-testid="dash-level"
            />
          ) : null}
        </Space>
      </div>
      <Row gutter={[12, 12]}>{dash?.kpis.map(kpiCard)}</Row>
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} xl={15}>
          <Card
            size="small"
            title={
              <Space>
                {unitPath.length ? (
                  <Button
                    size="small"
                    icon={<ArrowLeftOutlined />}
                    onClick={() => setUnitPath((u) => u.slice(0, -1))}
                  >
                    {t('staff.dash.back')}
                  </Button>
                ) : null}
                {t('staff.dash.ranking')}
                {unitPath.length ? <Tag>{unitPath.map((u) => u.name).join(' / ')}</Tag> : null}
                <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
                  {t('staff.dash.drillHint')}
                </Typography.Text>
              </Space>
            }
          >
            {ranking && !ranking.source_available ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                style={{ height: 372, paddingTop: 110 }}
                description={t('staff.dash.sourceMissing', { basis: bi(BASIS_LABELS[ranking.basis]) })}
              />
            ) : ranking?.rows.length ? (
              <Chart
                option={rankingOption}
                height={Math.max(372, Math.min(30, ranking.rows.length) * 30 + 60)}
                onClick={onBar}
                testId="chart-ranking"
              />
            ) : (
              <Empty style={{ height: 372, paddingTop: 110 }} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title={t('staff.dash.statusNow')}>
            <Chart option={statusOption} height={220} testId="chart-status" />
          </Card>
          <Card
            size="small"
            title={t('staff.dash.reportsToday')}
            style={{ marginTop: 12 }}
            data-testid="dash-reports-today"
          >
            {dash ? (
              <>
                <Space size="large">
                  <Statistic title={t('staff.reports.expected')} value={dash.reports_today.expected} />
                  <Statistic title={t('staff.reports.submittedN')} value={dash.reports_today.submitted} />
                  <Statistic title={t('staff.reports.late')} value={dash.reports_today.late} />
                </Space>
                <div className="kpi-sub" style={{ marginTop: 6 }}>
                  {dash.reports_today.missing_names.length
                    ? t('staff.dash.missingToday', { names: dash.reports_today.missing_names.join('、') })
                    : t('staff.dash.allSubmitted')}
                </div>
              </>
            ) : null}
          </Card>
        </Col>
      </Row>
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} xl={15}>
          <Card size="small" title={`${t('staff.dash.trend')} · ${bi(METRIC_INFO[metric])}`}>
            <Chart option={trendOption} height={260} testId="chart-trend" />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Row gutter={[12, 12]}>
            <Col span={12}>
              <Card size="small" title={t('staff.dash.reportsMonth')}>
                <Space orientation="vertical" size={0}>
                  <span>
                    {t('staff.dash.onTime')} {dash?.reports_month.on_time ?? 0}
                  </span>
                  <span>
                    {t('staff.reports.late')} {dash?.reports_month.late ?? 0}
                  </span>
                  <Typography.Text type={dash?.reports_month.missing ? 'danger' : undefined}>
                    {t('staff.reports.missing')} {dash?.reports_month.missing ?? 0}
                  </Typography.Text>
                  <span>
                    {t('staff.reports.unread')} {dash?.reports_month.unread ?? 0}
                  </span>
                </Space>
              </Card>
            </Col>
            <Col span={12}>
              <Card size="small" title={t('staff.dash.attendanceMonth')}>
                <Space orientation="vertical" size={0}>
                  <span>
                    {t('staff.attendance.late')} {dash?.attendance_month.late ?? 0}
                  </span>
                  <span>
                    {t('staff.attendance.early')} {dash?.attendance_month.early ?? 0}
                  </span>
                  <Typography.Text type={dash?.attendance_month.absent ? 'danger' : undefined}>
                    {t('staff.attendance.absent')} {dash?.attendance_month.absent ?? 0}
                  </Typography.Text>
                  <span>
                    {t('staff.attendance.leaveDays')} {dash?.attendance_month.leave_days ?? 0}
                  </span>
                </Space>
              </Card>
            </Col>
            <Col span={12}>
              <Card
                size="small"
                title={t('staff.dash.tasks')}
                hoverable
                onClick={() => navigate('/staff/tasks')}
              >
                <Space orientation="vertical" size={0}>
                  <span>
                    {t('staff.dash.open')} {dash?.tasks.open ?? 0}
                  </span>
                  <Typography.Text type={dash?.tasks.overdue ? 'danger' : undefined}>
                    {t('staff.dash.overdue')} {dash?.tasks.overdue ?? 0}
                  </Typography.Text>
                  <span>
                    {t('staff.dash.pendingAccept')} {dash?.tasks.pending_accept ?? 0}
                  </span>
                </Space>
              </Card>
            </Col>
            <Col span={12}>
              <Card
                size="small"
                title={t('staff.dash.approvals')}
                hoverable
                onClick={() => navigate('/staff/board')}
              >
                <Statistic
                  value={dash?.approvals_pending ?? 0}
                  valueStyle={{ color: dash?.approvals_pending ? '#fa8c16' : undefined }}
                />
              </Card>
            </Col>
          </Row>
        </Col>
      </Row>
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} xl={15}>
          <Card
            size="small"
            title={t('staff.dash.rankingTable')}
            extra={
              <Button
                size="small"
                icon={<DownloadOutlined />}
                onClick={() => void exportRanking()}
                data-testid="ranking-export"
              >
                {t('staff.dash.exportExcel')}
              </Button>
            }
          >
            <Table<RankingRow>
              size="small"
              rowKey={(r) => `${r.subject_type}-${r.subject_id}`}
              dataSource={ranking?.rows ?? []}
              pagination={false}
              data-testid="ranking-table"
              onRow={(r) => ({
                onDoubleClick: () =>
                  onBar({
                    dataIndex: (ranking?.rows.slice(0, 30).length ?? 0) - 1 - (ranking?.rows.indexOf(r) ?? 0),
                  }),
              })}
              columns={[
                { title: t('staff.dash.rank'), dataIndex: 'rank', width: 56, render: (v) => v ?? '—' },
                {
                  title: level === 'user' ? fl('name') : fl('org_unit_id'),
                  dataIndex: 'name',
                  render: (v: string, r) =>
                    r.subject_type === 'user' ? (
                      <a
                        onClick={() =>
                          navigate(
                            `/performance/evaluation?user=${r.subject_id}&year=${year}&period=${period}`,
                          )
                        }
                      >
                        {v}
                      </a>
                    ) : (
                      v
                    ),
                },
                ...(level === 'user'
                  ? [{ title: fl('org_unit_id'), dataIndex: 'org_unit_name', width: 110 }]
                  : []),
                {
                  title: t('staff.dash.target'),
                  dataIndex: 'target',
                  align: 'right',
                  render: (v: number | null) => amount(v),
                },
                {
                  title: t('staff.dash.actual'),
                  dataIndex: 'actual',
                  align: 'right',
                  render: (v: number | null) => amount(v),
                },
                {
                  title: t('staff.dash.completion'),
                  dataIndex: 'completion_bp',
                  align: 'right',
                  width: 84,
                  render: (v: number | null) => formatBp(v),
                },
                {
                  title: t('staff.dash.gap'),
                  dataIndex: 'gap_bp',
                  align: 'right',
                  width: 84,
                  render: (v: number | null) => (
                    <Typography.Text type={v != null && v < 0 ? 'danger' : 'success'}>
                      {formatBp(v)}
                    </Typography.Text>
                  ),
                },
                {
                  title: t('staff.dash.lastYear'),
                  dataIndex: 'last_year',
                  align: 'right',
                  render: (v: number | null) => amount(v),
                },
                {
                  title: t('staff.dash.yoy'),
                  dataIndex: 'yoy_bp',
                  align: 'right',
                  width: 80,
                  render: (v: number | null) => formatBp(v),
                },
                { title: t('staff.dash.yoyRank'), dataIndex: 'yoy_rank', width: 76, render: (v) => v ?? '—' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card
            size="small"
            title={`${t('staff.dash.funnel')} · ${t('staff.dash.funnelYear', { year })}`}
            extra={
              funnel && funnel.overall_bp != null ? (
                <Typography.Text type="secondary" data-testid="funnel-overall">
                  {t('staff.dash.funnelOverall', {
                    p: formatBp(funnel.overall_bp),
                    lost: funnel.lost,
                  })}
                </Typography.Text>
              ) : null
            }
            data-testid="dash-funnel"
          >
            {funnel && funnel.stages[0]!.reached > 0 ? (
              <>
                <Chart
                  option={funnelOption}
                  height={220}
                  onClick={() => navigate('/crm/opportunities')}
                  testId="chart-funnel"
                />
                <Table
                  size="small"
                  pagination={false}
                  rowKey="key"
                  dataSource={funnel.stages}
                  data-testid="funnel-table"
                  columns={[
                    {
                      title: t('staff.dash.funnelStage'),
                      dataIndex: 'zh',
                      render: (_: unknown, r: FunnelResult['stages'][number]) =>
                        lang === 'en' ? r.en : r.zh,
                    },
                    { title: t('staff.dash.funnelReached'), dataIndex: 'reached', align: 'right' },
                    {
                      title: t('staff.dash.funnelOpen'),
                      dataIndex: 'open_now',
                      align: 'right',
                      render: (v: number, r: FunnelResult['stages'][number]) =>
                        v ? `${v} · ¥${formatAmount(r.open_amount, 'fen')}` : '—',
                    },
                    {
                      title: t('staff.dash.funnelConv'),
                      dataIndex: 'conversion_bp',
                      align: 'right',
                      render: (v: number | null) => formatBp(v),
                    },
                  ]}
                />
              </>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('staff.dash.funnelEmpty')} />
            )}
          </Card>
          <div style={{ marginTop: 12 }}>
            <Reminders compact />
          </div>
        </Col>
      </Row>
      {drill ? <DrillModal {...drill} onClose={() => setDrill(null)} /> : null}
    </div>
  );
}

function DrillModal({
  title,
  from,
  to,
  user_id,
  onClose,
}: {
  title: string;
  from: string;
  to: string;
  user_id?: number;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const columns = useMemo<GridColDef<CustomerRow>[]>(
    () => [
      { field: 'code', headerName: fl('code'), width: 100 },
      { field: 'legal_name', headerName: fl('legal_name'), flex: 1, minWidth: 220 },
      { field: 'owner_name', headerName: fl('owner_id'), width: 100 },
      { field: 'region_name', headerName: fl('region_id'), width: 100 },
      {
        field: 'created_at',
        headerName: t('staff.dash.createdAt'),
        width: 150,
        filter: false,
        valueFormatter: (p) =>
          p.value ? new Date(String(p.value)).toLocaleString('zh-CN', { hour12: false }) : '',
      },
    ],
    [t],
  );
  return (
    <Modal
      open
      width={860}
      title={`${title}（${from} ~ ${to}）`}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerGrid
        method="analytics.newCustomers"
        columns={columns}
        params={{ from, to, user_id }}
        height={420}
        onError={showError}
        testId="drill-grid"
      />
    </Modal>
  );
}
