import { Alert, Button, Card, Form, Input, Segmented, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api';
import { bi, currentLang, setLang, type Lang } from '../../i18n';
import { useSession } from '../../session';
import { applyFieldErrors, clearErrorsOnChange } from '../../components/formErrors';
import { useFormKeys } from '../../components/keyboard';

function LangSwitch() {
  const { i18n } = useTranslation();
  return (
    <Segmented<Lang>
      size="small"
      value={i18n.language === 'en' ? 'en' : 'zh'}
      onChange={(v) => setLang(v)}
      options={[
        { label: '中文', value: 'zh' },
        { label: 'English', value: 'en' },
      ]}
    />
  );
}

function Shell({ title, children, wide }: { title: string; children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  const { companyName } = useSession();
  return (
    <div className="auth-shell">
      <div className="auth-brand">
        <div className="auth-logo">销</div>
        <div>
          <div className="auth-name">{t('app.name')}</div>
          <div className="auth-tagline">{t('app.tagline')}</div>
        </div>
      </div>
      <Card style={{ width: wide ? 480 : 380 }} title={title} extra={<LangSwitch />}>
        {companyName ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: -8 }} data-testid="company-name">
            {companyName}
          </Typography.Paragraph>
        ) : null}
        {children}
      </Card>
    </div>
  );
}

export function LoginPage() {
  const { t } = useTranslation();
  const { login } = useSession();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useFormKeys(ref);

  const submit = async (v: { login: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await login(v.login, v.password);
    } catch (e) {
      if (e instanceof ApiError) {
        if (!applyFieldErrors(form, e) || e.code !== 'VALIDATION') setError(bi(e.body));
      } else setError(String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Shell title={t('auth.loginTitle')}>
      <div ref={ref}>
        <Form
          form={form}
          layout="vertical"
          onValuesChange={clearErrorsOnChange(form)}
          onFinish={submit}
          requiredMark={false}
          autoComplete="off"
        >
          <Form.Item
            name="login"
            label={t('auth.loginId')}
            rules={[{ required: true, message: t('auth.loginId') }]}
          >
            <Input prefix={<UserOutlined />} autoFocus data-testid="login-id" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('auth.password') }]}
          >
            <Input.Password prefix={<LockOutlined />} data-testid="login-password" />
          </Form.Item>
          {error ? (
            <Alert
              type="error"
              title={error}
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="login-error"
            />
          ) : null}
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            {t('auth.login')}
          </Button>
        </Form>
      </div>
    </Shell>
  );
}

export function SetupPage() {
  const { t } = useTranslation();
  const { reload, login } = useSession();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useFormKeys(ref);

  const submit = async (v: { company_name: string; login: string; name: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await call('auth.setup', {
        company_name: v.company_name,
        login: v.login,
        name: v.name,
        password: v.password,
      });
      await reload();
      await login(v.login, v.password);
    } catch (e) {
      if (!applyFieldErrors(form, e)) setError(e instanceof ApiError ? bi(e.body) : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Shell title={t('auth.setupTitle')} wide>
      <Typography.Paragraph type="secondary">{t('auth.setupHint')}</Typography.Paragraph>
      <div ref={ref}>
        <Form
          form={form}
          layout="vertical"
          onValuesChange={clearErrorsOnChange(form)}
          onFinish={submit}
          autoComplete="off"
        >
          <Form.Item name="company_name" label={t('auth.companyName')} rules={[{ required: true }]}>
            <Input autoFocus placeholder="例如：广州华南机电贸易有限公司" data-testid="setup-company" />
          </Form.Item>
          <Form.Item name="login" label={t('auth.loginId')} rules={[{ required: true }]} initialValue="admin">
            <Input data-testid="setup-login" />
          </Form.Item>
          <Form.Item name="name" label={t('auth.adminName')} rules={[{ required: true }]}>
            <Input data-testid="setup-name" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            extra={t('auth.passwordRule')}
            rules={[{ required: true }]}
          >
            <Input.Password data-testid="setup-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('auth.confirmPassword')}
            dependencies={['password']}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: (_r, v) =>
                  !v || getFieldValue('password') === v
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('auth.passwordMismatch'))),
              }),
            ]}
          >
            <Input.Password data-testid="setup-confirm" />
          </Form.Item>
          {error ? <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} /> : null}
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="setup-submit">
            {t('auth.createAdmin')}
          </Button>
        </Form>
      </div>
    </Shell>
  );
}

export function ChangePasswordForm({ onDone, forced }: { onDone: () => void; forced?: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: { old_password: string; new_password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await call('auth.changePassword', { old_password: v.old_password, new_password: v.new_password });
      onDone();
    } catch (e) {
      if (!applyFieldErrors(form, e)) setError(e instanceof ApiError ? bi(e.body) : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onValuesChange={clearErrorsOnChange(form)}
      onFinish={submit}
      requiredMark={false}
    >
      {forced ? (
        <Alert type="info" title={t('auth.mustChange')} showIcon style={{ marginBottom: 16 }} />
      ) : null}
      <Form.Item name="old_password" label={t('auth.oldPassword')} rules={[{ required: true }]}>
        <Input.Password autoFocus data-testid="old-password" />
      </Form.Item>
      <Form.Item
        name="new_password"
        label={t('auth.newPassword')}
        extra={t('auth.passwordRule')}
        rules={[{ required: true }]}
      >
        <Input.Password data-testid="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('auth.confirmPassword')}
        dependencies={['new_password']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: (_r, v) =>
              !v || getFieldValue('new_password') === v
                ? Promise.resolve()
                : Promise.reject(new Error(t('auth.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password data-testid="confirm-password" />
      </Form.Item>
      {error ? <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} /> : null}
      <Button type="primary" htmlType="submit" block loading={busy} data-testid="change-password-submit">
        {t('common.save')}
      </Button>
    </Form>
  );
}

export function ForcedPasswordChange() {
  const { t } = useTranslation();
  const { reload } = useSession();
  return (
    <Shell title={t('auth.changePassword')}>
      <ChangePasswordForm forced onDone={() => void reload()} />
    </Shell>
  );
}

export { LangSwitch, currentLang };
