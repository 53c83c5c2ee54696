import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Input,
  Radio,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { bi, fl } from '../../i18n';
import { useFeedback } from '../../components/feedback';
import { RemoteSelect } from '../../components/RemoteSelect';
import type { ArbitrationProposal, RecordRef } from '../../../../shared/contract/crm';
import { dateTime, openCustomer } from './util';

type Side = { type: 'lead' | 'customer'; id?: number };

function Picker({ title, value, onChange }: { title: string; value: Side; onChange(v: Side): void }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title}>
      <Space.Compact style={{ width: '100%' }}>
        <Select
          style={{ width: 100 }}
          value={value.type}
          onChange={(type) => onChange({ type })}
          options={[
            { value: 'customer', label: t('crm.customer') },
            { value: 'lead', label: t('crm.lead') },
          ]}
        />
        <RemoteSelect
          key={value.type}
          method={value.type === 'lead' ? 'leads.options' : 'customers.options'}
          value={value.id}
          onChange={(id) => onChange({ ...value, id: id as number })}
          style={{ width: '100%' }}
        />
      </Space.Compact>
    </Card>
  );
}

/** 客户归属判定: the system proposes by seed 003's rules; the manager decides; the loser merges into the winner. */
export function ArbitrationPage() {
  const { t } = useTranslation();
  const { message, modal, showError } = useFeedback();
  const [a, setA] = useState<Side>({ type: 'customer' });
  const [b, setB] = useState<Side>({ type: 'customer' });
  const [registered, setRegistered] = useState('');
  const [proposal, setProposal] = useState<ArbitrationProposal | null>(null);
  const [winner, setWinner] = useState<'a' | 'b' | undefined>();
  const [reason, setReason] = useState('');

  const refs = (): { a: RecordRef; b: RecordRef } | null =>
    a.id && b.id ? { a: { type: a.type, id: a.id }, b: { type: b.type, id: b.id } } : null;

  const propose = async () => {
    const r = refs();
    if (!r) return;
    try {
      const p = await call('crm.arbitrationProposal', { ...r, registered_name: registered.trim() || null });
      setProposal(p);
      setWinner(p.proposed ?? undefined);
    } catch (e) {
      showError(e);
    }
  };

  const decide = () => {
    const r = refs();
    if (!r || !winner || !proposal) return;
    const w = winner === 'a' ? proposal.a : proposal.b;
    const l = winner === 'a' ? proposal.b : proposal.a;
    modal.confirm({
      title: t('crm.arbitrateConfirm'),
      content: t('crm.arbitrateConfirmText', { winner: w.name, loser: l.name }),
      onOk: async () => {
        try {
          const res = await call('crm.arbitrate', {
            ...r,
            winner,
            reason: reason.trim(),
            registered_name: registered.trim() || null,
          });
          message.success(t('crm.arbitrated'));
          setProposal(null);
          setReason('');
          if (res.survivor.type === 'customer') openCustomer(res.survivor.id);
        } catch (e) {
          showError(e);
        }
      },
    });
  };

  const facts = (side: 'a' | 'b') => {
    const f = proposal![side];
    const win = proposal!.proposed === side;
    return (
      <Card
        size="small"
        title={
          <Space>
            {side === 'a' ? t('crm.recordA') : t('crm.recordB')}
            {win ? <Tag color="success">{t('crm.proposedWinner')}</Tag> : null}
          </Space>
        }
      >
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('crm.record')}>
            {f.type === 'lead' ? t('crm.lead') : t('crm.customer')} {f.code}
          </Descriptions.Item>
          <Descriptions.Item label={fl('name')}>{f.name}</Descriptions.Item>
          <Descriptions.Item label={t('crm.holder')}>{f.owner_name ?? t('crm.pool')}</Descriptions.Item>
          <Descriptions.Item label={t('crm.holdsRegistered')}>
            {f.holds_registered_name ? t('common.yes') : t('common.no')}
          </Descriptions.Item>
          <Descriptions.Item label={t('crm.firstFollowup')}>
            {dateTime(f.first_followup_at) || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('crm.firstOpportunity')}>
            {dateTime(f.first_opportunity_at) || '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    );
  };

  return (
    <div className="page page-scroll" data-testid="crm-arbitration">
      <div className="page-head">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('crm.arbitrationTitle')}
        </Typography.Title>
      </div>
      <Typography.Paragraph type="secondary">{t('crm.arbitrationRules')}</Typography.Paragraph>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={9}>
          <Picker title={t('crm.recordA')} value={a} onChange={(v) => (setA(v), setProposal(null))} />
        </Col>
        <Col span={9}>
          <Picker title={t('crm.recordB')} value={b} onChange={(v) => (setB(v), setProposal(null))} />
        </Col>
        <Col span={6}>
          <Card size="small" title={fl('registered_name')}>
            <Space.Compact style={{ width: '100%' }}>
              <Input
                value={registered}
                onChange={(e) => setRegistered(e.target.value)}
                placeholder={t('crm.registeredHint')}
              />
              <Button
                type="primary"
                disabled={!refs()}
                onClick={() => void propose()}
                data-testid="arbitration-propose"
              >
                {t('crm.propose')}
              </Button>
            </Space.Compact>
          </Card>
        </Col>
      </Row>
      {proposal ? (
        <>
          <Alert
            type={proposal.proposed ? 'info' : 'warning'}
            showIcon
            style={{ marginBottom: 16 }}
            title={bi({ zh: proposal.explanation_zh, en: proposal.explanation_en })}
            data-testid="arbitration-explanation"
          />
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col span={12}>{facts('a')}</Col>
            <Col span={12}>{facts('b')}</Col>
          </Row>
          <Card size="small" title={t('crm.decision')}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Radio.Group
                value={winner}
                onChange={(e) => setWinner(e.target.value as 'a' | 'b')}
                options={[
                  {
                    value: 'a',
                    label: `${t('crm.recordA')}：${proposal.a.name}（${proposal.a.owner_name ?? t('crm.pool')}）`,
                  },
                  {
                    value: 'b',
                    label: `${t('crm.recordB')}：${proposal.b.name}（${proposal.b.owner_name ?? t('crm.pool')}）`,
                  },
                ]}
              />
              <Input.TextArea
                rows={2}
                maxLength={500}
                placeholder={fl('reason')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
              <Button
                type="primary"
                danger
                disabled={!winner || !reason.trim()}
                onClick={decide}
                data-testid="arbitration-decide"
              >
                {t('crm.decideMerge')}
              </Button>
            </Space>
          </Card>
        </>
      ) : null}
    </div>
  );
}
