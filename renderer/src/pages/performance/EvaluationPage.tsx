import { Button, Empty, Select, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { bi } from '../../i18n';
import { useSession } from '../../session';
import { RemoteSelect } from '../../components/RemoteSelect';
import { useFeedback } from '../../components/feedback';
import {
  BASIS_LABELS,
  METRIC_INFO,
  PERIOD_KEYS,
  PERIOD_LABELS,
  type EvaluationSheet,
  type PeriodKey,
} from '../../../../shared/contract/targets';
import { formatAmount, formatBp } from '../../../../shared/performance';
import { hashParams } from '../staff/common';

/** 考评表: every figure of one salesperson for one period on one printable page. */
export function EvaluationPage() {
  const { t } = useTranslation();
  const { me, companyName } = useSession();
  const { showError } = useFeedback();
  const params = hashParams();
  const now = new Date();
  const [user, setUser] = useState<number | undefined>(
    params.get('user') ? Number(params.get('user')) : me?.scope === 'own' ? me.id : undefined,
  );
  const [year, setYear] = useState(Number(params.get('year') ?? now.getFullYear()));
  const [period, setPeriod] = useState<PeriodKey>(
    (params.get('period') as PeriodKey) ?? (`m${now.getMonth() + 1}` as PeriodKey),
  );
  const [sheet, setSheet] = useState<EvaluationSheet | null>(null);

  useEffect(() => {
    if (!user) return;
    call('analytics.evaluation', { user_id: user, year, period }).then(setSheet).catch(showError);
  }, [user, year, period, showError]);

  const y = now.getFullYear();
  return (
    <div className="page page-scroll">
      <div className="page-head no-print">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('staff.evaluation.title')}
        </Typography.Title>
        <Space wrap>
          <RemoteSelect
            method="users.options"
            value={user}
            onChange={(v) => setUser(v as number | undefined)}
            placeholder={t('staff.evaluation.choosePerson')}
            style={{ width: 180 }}
            data-testid="eval-user"
          />
          <Select
            value={year}
            onChange={setYear}
            options={[y - 1, y, y + 1].map((v) => ({ value: v, label: `${v}` }))}
            style={{ width: 90 }}
          />
          <Select
            value={period}
            onChange={setPeriod}
            options={PERIOD_KEYS.map((k) => ({ value: k, label: bi(PERIOD_LABELS[k]) }))}
            style={{ width: 100 }}
            data-testid="eval-period"
          />
          <Button icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!sheet}>
            {t('staff.evaluation.print')}
          </Button>
        </Space>
      </div>
      {!sheet || !user ? (
        <Empty style={{ marginTop: 80 }} description={t('staff.evaluation.choosePerson')} />
      ) : (
        <div className="eval-sheet" data-testid="eval-sheet">
          <h2>
            {companyName} {t('staff.evaluation.sheetTitle')}
          </h2>
          <div style={{ textAlign: 'center', color: '#666', marginBottom: 12 }}>
            {t('staff.evaluation.periodOf', { year: sheet.year, period: bi(PERIOD_LABELS[sheet.period]) })}（
            {sheet.from} ~ {sheet.to}）·{' '}
            {t('staff.evaluation.asOf', { date: sheet.as_of, p: formatBp(sheet.time_bp) })}
          </div>
          <table>
            <tbody>
              <tr>
                <th style={{ width: '14%' }}>{t('staff.reports.person')}</th>
                <td>
                  {sheet.user.name}（{sheet.user.login}）
                </td>
                <th style={{ width: '14%' }}>{t('staff.evaluation.unit')}</th>
                <td>{sheet.user.org_unit_name ?? '—'}</td>
              </tr>
              <tr>
                <th>{t('staff.evaluation.position')}</th>
                <td>{sheet.user.position ?? '—'}</td>
                <th>{t('staff.evaluation.manager')}</th>
                <td>{sheet.user.manager_name ?? '—'}</td>
              </tr>
            </tbody>
          </table>
          <table data-testid="eval-figures">
            <thead>
              <tr>
                <th>{t('staff.evaluation.figure')}</th>
                <th>{t('staff.dash.target')}</th>
                <th>{t('staff.dash.actual')}</th>
                <th>{t('staff.dash.completion')}</th>
                <th>{t('staff.dash.lastYear')}</th>
                <th>{t('staff.dash.yoy')}</th>
                <th>{t('staff.dash.rank')}</th>
                <th>{t('staff.evaluation.basis')}</th>
              </tr>
            </thead>
            <tbody>
              {sheet.figures.map((f) => (
                <tr key={f.metric}>
                  <td>{bi(METRIC_INFO[f.metric])}</td>
                  <td className="num">{formatAmount(f.target, f.unit)}</td>
                  <td className="num">
                    {f.source_available ? formatAmount(f.actual, f.unit) : t('staff.evaluation.notAvailable')}
                  </td>
                  <td className="num">{formatBp(f.completion_bp)}</td>
                  <td className="num">{formatAmount(f.last_year, f.unit)}</td>
                  <td className="num">{formatBp(f.yoy_bp)}</td>
                  <td className="num">
                    {f.rank == null ? '—' : `${f.rank} ${t('staff.evaluation.of', { n: f.of })}`}
                  </td>
                  <td>{f.basis ? bi(BASIS_LABELS[f.basis]) : '—'}</td>
                </tr>
              ))}
              <tr>
                <td>{t('staff.evaluation.collectionRate')}</td>
                <td className="num" colSpan={7} style={{ textAlign: 'left' }}>
                  {formatBp(sheet.collection_rate_bp)}
                </td>
              </tr>
            </tbody>
          </table>
          <table>
            <tbody>
              <tr>
                <th style={{ width: '14%' }}>{t('staff.evaluation.reports')}</th>
                <td>{t('staff.evaluation.reportsLine', sheet.reports)}</td>
              </tr>
              <tr>
                <th>{t('staff.evaluation.attendance')}</th>
                <td>{t('staff.evaluation.attendanceLine', sheet.attendance)}</td>
              </tr>
              <tr>
                <th>{t('staff.evaluation.tasks')}</th>
                <td>{t('staff.evaluation.tasksLine', sheet.tasks)}</td>
              </tr>
              <tr>
                <th>{t('staff.evaluation.comment')}</th>
                <td style={{ height: 90 }} />
              </tr>
            </tbody>
          </table>
          <div className="eval-sign">
            <span>{t('staff.evaluation.signee')}：__________</span>
            <span>{t('staff.evaluation.assessor')}：__________</span>
            <span>{t('staff.evaluation.signDate')}：__________</span>
          </div>
        </div>
      )}
    </div>
  );
}
