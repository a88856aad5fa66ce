import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/errors';
import { homePath } from '../auth/roles';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import type { Language } from '../i18n/messages';

interface Credentials {
  username: string;
  password: string;
}

export default function LoginPage() {
  const { actor, login } = useSession();
  const { t, language, setLanguage } = useI18n();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (actor) return <Navigate to={from ?? homePath(actor.roles)} replace />;

  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setError(null);
    try {
      const who = await login(username.trim(), password);
      void navigate(from ?? homePath(who.roles), { replace: true });
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: '#f0f4f9',
        padding: 16,
      }}
    >
      <Card style={{ width: 400, maxWidth: '100%' }}>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <div style={{ textAlign: 'center' }}>
            <Typography.Title level={3} style={{ marginBottom: 4 }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('app.centerName')}</Typography.Text>
          </div>
          {error && <Alert type="error" showIcon message={error} />}
          <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false}>
            <Form.Item
              label={t('login.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input prefix={<UserOutlined />} autoFocus autoComplete="username" size="large" />
            </Form.Item>
            <Form.Item
              label={t('login.password')}
              name="password"
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={busy}>
              {t('login.submit')}
            </Button>
          </Form>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Space size="middle">
              <Link to="/tra-cuu">{t('menu.lookup')}</Link>
              <Link to="/lay-so">{t('menu.kiosk')}</Link>
              <Link to="/man-hinh">{t('menu.displayBoard')}</Link>
            </Space>
            <Segmented<Language>
              size="small"
              value={language}
              onChange={setLanguage}
              options={[
                { label: 'VI', value: 'vi' },
                { label: 'EN', value: 'en' },
              ]}
            />
          </div>
        </Space>
      </Card>
    </div>
  );
}
