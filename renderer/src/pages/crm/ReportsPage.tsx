import { Card, Col, DatePicker, Row, Segmented, Space, Statistic, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { fl } from '../../i18n';
import { useFeedback } from '../../components/feedback';
import type { OutputOf } from '../../../../shared/contract';
import { yuan } from './util';

type GroupBy = 'product' | 'cause' | 'customer' | 'owner' | 'kind';
type Report = OutputOf<'complaints.report'>;
type Competitors = OutputOf<'opportunities.competitorReport'>;

/** 报表: complaints by product / cause / customer, time to resolve, satisfaction; competitor analysis. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { showError } = useFeedback();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()]);
  const [groupBy, setGroupBy] = useState<GroupBy>('cause');
  const [report, setReport] = useState<Report | null>(null);
  const [competitors, setCompetitors] = useState<Competitors | null>(null);

  useEffect(() => {
    const from = range[0].format('YYYY-MM-DD');
    const to = range[1].format('YYYY-MM-DD');
    call('complaints.report', { from, to, group_by: groupBy }).then(setReport).catch(showError);
    call('opportunities.competitorReport', { from, to }).then(setCompetitors).catch(showError);
  }, [range, groupBy, showError]);

  const hours = (v: number | null) => (v == null ? '—' : t('crm.hours', { n: v }));
  const sat = (v: number | null) => (v == null ? '—' : `${v} / 5`);

  return (
    <div className="page page-scroll" data-testid="crm-reports">
      <div className="page-head">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('crm.reportsTitle')}
        </Typography.Title>
        <DatePicker.RangePicker
          value={range}
          allowClear={false}
          onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])}
        />
      </div>
      {report ? (
        <Row gutter={16} style={{ marginBottom: 16 }}>
          <Col span={4}>
            <Card size="small">
              <Statistic title={t('crm.complaintsTotal')} value={report.total.count} />
            </Card>
          </Col>
          <Col span={4}>
            <Card size="small">
              <Statistic title={t('crm.stillOpen')} value={report.total.open} />
            </Card>
          </Col>
          <Col span={4}>
            <Card size="small">
              <Statistic title={t('crm.escalatedCount')} value={report.total.escalated} />
            </Card>
          </Col>
          <Col span={4}>
            <Card size="small">
              <Statistic title={t('crm.avgResolve')} value={hours(report.total.avg_resolve_hours)} />
            </Card>
          </Col>
          <Col span={4}>
            <Card size="small">
              <Statistic title={t('crm.avgSatisfaction')} value={sat(report.total.avg_satisfaction)} />
            </Card>
          </Col>
          <Col span={4}>
            <Card size="small">
              <Statistic
                title={t('crm.returnCalls')}
                value={`${report.aftersales.calls_done} · ${sat(report.aftersales.avg_satisfaction)}`}
              />
            </Card>
          </Col>
        </Row>
      ) : null}
      <Card
        size="small"
        title={t('crm.complaintAnalysis')}
        extra={
          <Space>
            <span>{fl('group_by')}</span>
            <Segmented
              value={groupBy}
              onChange={(v) => setGroupBy(v as GroupBy)}
              options={[
                { value: 'cause', label: fl('cause') },
                { value: 'product', label: fl('product_id') },
                { value: 'customer', label: fl('customer_id') },
                { value: 'owner', label: t('crm.handler') },
                { value: 'kind', label: fl('kind') },
              ]}
              data-testid="report-group"
            />
          </Space>
        }
        style={{ marginBottom: 16 }}
      >
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={report?.rows ?? []}
          data-testid="report-table"
          columns={[
            {
              title: fl(
                groupBy === 'owner'
                  ? 'owner_id'
                  : groupBy === 'product'
                    ? 'product_id'
                    : groupBy === 'customer'
                      ? 'customer_id'
                      : groupBy,
              ),
              dataIndex: 'label',
            },
            { title: t('crm.count'), dataIndex: 'count', width: 90, align: 'right' },
            { title: t('crm.stillOpen'), dataIndex: 'open', width: 90, align: 'right' },
            { title: t('crm.escalatedCount'), dataIndex: 'escalated', width: 90, align: 'right' },
            {
              title: t('crm.avgResolve'),
              dataIndex: 'avg_resolve_hours',
              width: 130,
              align: 'right',
              render: hours,
            },
            {
              title: t('crm.avgSatisfaction'),
              dataIndex: 'avg_satisfaction',
              width: 120,
              align: 'right',
              render: sat,
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('crm.competitorAnalysis')}>
        <Table
          size="small"
          rowKey="competitor"
          pagination={false}
          dataSource={competitors?.rows ?? []}
          data-testid="competitor-table"
          columns={[
            { title: fl('competitor'), dataIndex: 'competitor' },
            { title: t('crm.metIn'), dataIndex: 'opportunities', width: 100, align: 'right' },
            { title: t('crm.stillOpen'), dataIndex: 'open', width: 90, align: 'right' },
            { title: t('crm.wonAgainst'), dataIndex: 'won', width: 100, align: 'right' },
            { title: t('crm.lostTo'), dataIndex: 'lost_to', width: 100, align: 'right' },
            { title: t('crm.avgOffer'), dataIndex: 'avg_offer', width: 140, align: 'right', render: yuan },
          ]}
        />
      </Card>
    </div>
  );
}
