import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Row,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { CloudServerOutlined, LinkOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { fl } from '../../i18n';
import { useSession } from '../../session';
import { useFeedback } from '../../components/feedback';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import type { DbInfo } from '../../../../shared/contract/system';

export function DatabasePage() {
  const { t } = useTranslation();
  const { reload } = useSession();
  const { message, showError } = useFeedback();
  const [info, setInfo] = useState<DbInfo | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [hostForm] = Form.useForm();
  const [joinForm] = Form.useForm();

  const load = useCallback(() => {
    call('system.dbInfo', {}).then(setInfo).catch(showError);
  }, [showError]);
  useEffect(load, [load]);

  const host = async () => {
    const v = await hostForm.validateFields();
    setBusy('host');
    try {
      const r = await call('system.hostOfficeDb', {
        listen_address: v.listen_address,
        port: v.port,
        copy_local: Boolean(v.copy_local),
      });
      setInfo(r.info);
      if (r.transfer) message.success(t('database.transferDone', { n: r.transfer.tables.length }));
      await reload();
    } catch (e) {
      if (!applyFieldErrors(hostForm, e)) showError(e);
    } finally {
      setBusy(null);
    }
  };

  const test = async () => {
    const v = await joinForm.validateFields();
    setBusy('test');
    try {
      const r = await call('system.testOfficeDb', {
        host: v.host,
        port: v.port,
        database: v.database,
        user: v.user,
        password: v.password,
      });
      message.success(
        t('database.testOk', { v: r.server_version, data: r.has_data ? t('database.hasData') : '' }),
      );
    } catch (e) {
      if (!applyFieldErrors(joinForm, e)) showError(e);
    } finally {
      setBusy(null);
    }
  };

  const join = async () => {
    const v = await joinForm.validateFields();
    setBusy('join');
    try {
      const r = await call('system.connectOfficeDb', { ...v, copy_local: Boolean(v.copy_local) });
      setInfo(r.info);
      message.success(
        r.transfer ? t('database.transferDone', { n: r.transfer.tables.length }) : t('database.switched'),
      );
      await reload();
    } catch (e) {
      if (!applyFieldErrors(joinForm, e)) showError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="page page-scroll">
      <Typography.Title level={4}>{t('database.title')}</Typography.Title>
      <Spin spinning={!info}>
        <Card title={t('database.current')} size="small" style={{ marginBottom: 16 }}>
          {info ? (
            <div data-testid="db-info">
              <Descriptions column={2} size="small">
                <Descriptions.Item label={t('database.kind')}>
                  <Tag color={info.kind === 'sqlite' ? 'blue' : 'purple'}>
                    {info.kind === 'sqlite' ? t('database.sqlite') : t('database.postgres')}
                  </Tag>
                  {info.hosted_here ? <Tag color="green">{t('database.hosting')}</Tag> : null}
                </Descriptions.Item>
                <Descriptions.Item label={t('database.location')}>
                  <Typography.Text copyable>{info.location}</Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={t('database.schema')}>{info.schema_version}</Descriptions.Item>
                <Descriptions.Item label={t('database.counts')}>
                  {Object.entries(info.counts)
                    .filter(([k]) => ['customers', 'products', 'users', 'contacts'].includes(k))
                    .map(([k, n]) => `${k} ${n}`)
                    .join(' · ')}
                </Descriptions.Item>
              </Descriptions>
            </div>
          ) : null}
          {info?.join ? (
            <Alert
              style={{ marginTop: 12 }}
              type="success"
              showIcon
              title={t('database.joinDetails')}
              description={
                <Descriptions column={3} size="small">
                  <Descriptions.Item label={fl('host')}>{info.join.host}</Descriptions.Item>
                  <Descriptions.Item label={fl('port')}>{info.join.port}</Descriptions.Item>
                  <Descriptions.Item label={fl('database')}>{info.join.database}</Descriptions.Item>
                  <Descriptions.Item label={fl('user')}>{info.join.user}</Descriptions.Item>
                  <Descriptions.Item label={fl('password')}>
                    <Typography.Text copyable code>
                      {info.join.password}
                    </Typography.Text>
                  </Descriptions.Item>
                </Descriptions>
              }
            />
          ) : null}
        </Card>
      </Spin>
      <Row gutter={16}>
        <Col span={12}>
          <Card
            title={
              <Space>
                <CloudServerOutlined />
                {t('database.hostTitle')}
              </Space>
            }
            size="small"
          >
            <Typography.Paragraph type="secondary">{t('database.hostHint')}</Typography.Paragraph>
            <Form
              form={hostForm}
              layout="vertical"
              onValuesChange={clearErrorsOnChange(hostForm)}
              initialValues={{ listen_address: '0.0.0.0', port: 5433, copy_local: true }}
              disabled={Boolean(info?.hosted_here)}
            >
              <Form.Item
                name="listen_address"
                label={t('database.listen')}
                extra={t('database.listenHint')}
                rules={[{ required: true }]}
              >
                <Input />
              </Form.Item>
              <Form.Item name="port" label={fl('port')} rules={[{ required: true }]}>
                <InputNumber min={1024} max={65535} style={{ width: 160 }} />
              </Form.Item>
              <Form.Item name="copy_local" valuePropName="checked">
                <Checkbox disabled={info?.kind !== 'sqlite'}>{t('database.copyLocal')}</Checkbox>
              </Form.Item>
              <Button type="primary" onClick={() => void host()} loading={busy === 'host'}>
                {t('database.startHosting')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col span={12}>
          <Card
            title={
              <Space>
                <LinkOutlined />
                {t('database.joinTitle')}
              </Space>
            }
            size="small"
          >
            <Typography.Paragraph type="secondary">{t('database.joinHint')}</Typography.Paragraph>
            <Form
              form={joinForm}
              layout="vertical"
              onValuesChange={clearErrorsOnChange(joinForm)}
              initialValues={{ port: 5433, database: 'xiaoshoutong', user: 'xiaoshoutong' }}
            >
              <Row gutter={12}>
                <Col span={16}>
                  <Form.Item name="host" label={fl('host')} rules={[{ required: true }]}>
                    <Input placeholder="192.168.1.10" />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="port" label={fl('port')} rules={[{ required: true }]}>
                    <InputNumber min={1024} max={65535} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="database" label={fl('database')} rules={[{ required: true }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="user" label={fl('user')} rules={[{ required: true }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col span={24}>
                  <Form.Item name="password" label={fl('password')} rules={[{ required: true }]}>
                    <Input.Password />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="copy_local" valuePropName="checked">
                <Checkbox disabled={info?.kind !== 'sqlite'}>{t('database.copyLocal')}</Checkbox>
              </Form.Item>
              <Space>
                <Button onClick={() => void test()} loading={busy === 'test'}>
                  {t('database.test')}
                </Button>
                <Button type="primary" onClick={() => void join()} loading={busy === 'join'}>
                  {t('database.connect')}
                </Button>
              </Space>
            </Form>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
