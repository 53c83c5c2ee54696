import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { bi, fl } from '../../i18n';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors } from '../../components/formErrors';
import {
  STAGE_REQUIREMENT_LABELS,
  STAGE_REQUIREMENTS,
  type CrmConfig,
  type StageDef,
} from '../../../../shared/contract/crm';
import { configSaved } from './config';
import { optionsOf } from './util';

const NUMBERS: (keyof CrmConfig)[] = [
  'lead_reclaim_days',
  'lead_remind_days',
  'lead_convert_days',
  'pool_daily_claim_limit',
  'complaint_escalate_hours',
  'aftersales_archive_days',
  'aftersales_first_call_from',
  'aftersales_first_call_to',
  'aftersales_call_window_days',
  'reminder_days_ahead',
];

/** CRM 设置: the time rules and the sales stages (seed 003 as defaults). */
export function CrmSettingsPage() {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm();
  const [stages, setStages] = useState<StageDef[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    call('crm.config', {})
      .then((c) => {
        form.setFieldsValue({
          ...c,
          aftersales_satisfaction_days: c.aftersales_satisfaction_days.join(', '),
        });
        setStages(c.stages);
      })
      .catch(showError);
  }, [form, showError]);

  const edit = (i: number, patch: Partial<StageDef>) =>
    setStages((s) => s.map((x, j) => (j === i ? { ...x, ...patch } : x)));

  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const cfg = await call('crm.setConfig', {
        ...(v as CrmConfig),
        aftersales_satisfaction_days: String(v.aftersales_satisfaction_days ?? '')
          .split(/[,，\s]+/)
          .filter(Boolean)
          .map(Number),
        stages,
      });
      configSaved(cfg);
      setStages(cfg.stages);
      message.success(t('common.saved'));
    } catch (e) {
      if (!applyFieldErrors(form, e, (p) => p.length === 1 && p[0] !== 'stages')) showError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="page page-scroll" data-testid="crm-settings">
      <div className="page-head">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('crm.settingsTitle')}
        </Typography.Title>
        <Button type="primary" loading={saving} onClick={() => void save()} data-testid="crm-settings-save">
          {t('common.save')}
        </Button>
      </div>
      <Card size="small" title={t('crm.timeRules')} style={{ marginBottom: 16 }}>
        <Form form={form} layout="vertical">
          <Row gutter={16}>
            {NUMBERS.map((k) => (
              <Col span={6} key={k}>
                <Form.Item name={k} label={fl(k)} rules={[{ required: true, message: t('crm.required') }]}>
                  <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
            <Col span={12}>
              <Form.Item name="aftersales_satisfaction_days" label={fl('aftersales_satisfaction_days')}>
                <Input placeholder="30, 90" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="won_requirements" label={fl('won_requirements')}>
                <Select mode="multiple" options={optionsOf(STAGE_REQUIREMENTS, STAGE_REQUIREMENT_LABELS)} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card
        size="small"
        title={t('crm.stagesTitle')}
        extra={
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              setStages((s) => [
                ...s,
                {
                  key: `stage${s.length + 1}`,
                  zh: '新阶段',
                  en: 'New stage',
                  limit_days: 30,
                  requirements: [],
                  tasks: [],
                },
              ])
            }
          >
            {t('crm.addStage')}
          </Button>
        }
      >
        <Table<StageDef>
          size="small"
          rowKey={(_r) => stages.indexOf(_r)}
          pagination={false}
          dataSource={stages}
          data-testid="stage-table"
          columns={[
            {
              title: fl('key'),
              width: 130,
              render: (_v, r, i) => (
                <Input value={r.key} onChange={(e) => edit(i, { key: e.target.value })} />
              ),
            },
            {
              title: fl('zh'),
              width: 120,
              render: (_v, r, i) => <Input value={r.zh} onChange={(e) => edit(i, { zh: e.target.value })} />,
            },
            {
              title: fl('en'),
              width: 160,
              render: (_v, r, i) => <Input value={r.en} onChange={(e) => edit(i, { en: e.target.value })} />,
            },
            {
              title: fl('limit_days'),
              width: 110,
              render: (_v, r, i) => (
                <InputNumber
                  min={0}
                  precision={0}
                  value={r.limit_days}
                  onChange={(v) => edit(i, { limit_days: v ?? 0 })}
                />
              ),
            },
            {
              title: fl('requirements'),
              render: (_v, r, i) => (
                <Select
                  mode="multiple"
                  style={{ width: '100%' }}
                  value={r.requirements}
                  onChange={(v) => edit(i, { requirements: v })}
                  options={optionsOf(STAGE_REQUIREMENTS, STAGE_REQUIREMENT_LABELS)}
                />
              ),
            },
            {
              title: fl('tasks'),
              width: 220,
              render: (_v, r, i) => (
                <Select
                  mode="tags"
                  style={{ width: '100%' }}
                  value={r.tasks.map((x) => x.zh)}
                  onChange={(v: string[]) =>
                    edit(i, {
                      tasks: v.map(
                        (zh, j) =>
                          r.tasks.find((x) => x.zh === zh) ?? {
                            key: `t${Date.now() % 100000}${j}`,
                            zh,
                            en: zh,
                          },
                      ),
                    })
                  }
                  open={false}
                  suffixIcon={null}
                  tokenSeparators={[',', '，']}
                />
              ),
            },
            {
              width: 50,
              render: (_v, _r, i) => (
                <Button
                  size="small"
                  type="link"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => setStages((s) => s.filter((_x, j) => j !== i))}
                />
              ),
            },
          ]}
        />
        <Space style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">
            {t('crm.stagesHint', { won: bi({ zh: '中标', en: 'won' }) })}
          </Typography.Text>
        </Space>
      </Card>
    </div>
  );
}
