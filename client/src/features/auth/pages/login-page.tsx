import { CheckCircleFilled, LockOutlined, UserOutlined } from '@ant-design/icons';
import type { LoginInput } from '@cloudstd/shared/schemas/auth';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, type InputRef } from 'antd';
import { useRef } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useRevalidateOnLanguageChange } from '../../../lib/form.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { safeNextPath } from '../../../lib/login-redirect.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { getMeQueryOptions } from '../api/get-me.ts';
import { useLogin } from '../api/login.ts';
import { authMessages as m } from '../messages.ts';

export function LoginPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t(m.pageTitle));
  // The sign-in form checks presence only (as loginInputSchema does) without loading zod on the
  // lightest page; the server validates with the shared schema and its field errors are shown.
  const [form] = Form.useForm<LoginInput>();
  useRevalidateOnLanguageChange(form);
  const passwordInput = useRef<InputRef>(null);
  const [searchParams] = useSearchParams();
  const rawNext = searchParams.get('next');
  const next = safeNextPath(rawNext);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const login = useLogin();

  if (queryClient.getQueryData(getMeQueryOptions().queryKey) !== undefined && !login.isPending) {
    return <Navigate to={next} replace />;
  }

  const submit = (values: LoginInput) => {
    login.mutate(values, {
      onSuccess: () => void navigate(next, { replace: true }),
      onError: (error) => {
        if (isApiError(error, 'INVALID_CREDENTIALS')) {
          form.setFieldValue('password', '');
          passwordInput.current?.focus();
        }
      },
    });
  };

  const otherLang = lang === 'zh' ? 'en' : 'zh';

  return (
    <div className="login-page">
      <header className="login-topbar">
        <LanguageSwitch />
      </header>
      <main className="login-main" id="main">
        <div className="login-panel">
          <section className="login-intro" aria-labelledby="product-name">
            <img className="login-logo" src="/favicon.svg" alt="" width={56} height={56} />
            <h1 id="product-name" className="login-product" lang="zh-CN">
              云标看板
            </h1>
            <p className="login-product-en" lang="en">
              {m.productNameEn.en}
            </p>
            <p className="login-tagline">{m.tagline[lang]}</p>
            <p className="login-tagline-secondary" lang={otherLang === 'zh' ? 'zh-CN' : 'en'}>
              {m.tagline[otherLang]}
            </p>
            <ul className="login-highlights">
              {[m.highlightCoverage, m.highlightProgress, m.highlightLifecycle].map((highlight) => (
                <li key={highlight.en}>
                  <CheckCircleFilled aria-hidden />
                  <span>{t(highlight)}</span>
                </li>
              ))}
            </ul>
          </section>

          <section className="login-card" aria-labelledby="login-form-title">
            <h2 className="login-form-title" id="login-form-title">
              {t(m.formTitle)}
            </h2>
            <p className="login-hint">{t(m.formHint)}</p>

            {rawNext !== null && !login.isError && (
              <Alert className="login-alert" type="info" role="status" showIcon title={t(m.sessionExpired)} />
            )}
            {login.isError && (
              <div className="login-alert">
                <ApiErrorAlert error={login.error} />
              </div>
            )}

            <Form<LoginInput>
              form={form}
              layout="vertical"
              requiredMark={false}
              onFinish={submit}
              onValuesChange={() => {
                if (login.isError) login.reset();
              }}
              disabled={login.isPending}
              size="large"
              name="login"
            >
              <Form.Item
                name="username"
                label={t(m.username)}
                rules={[
                  { required: true, whitespace: true, message: t(m.enterUsername) },
                  { max: 64, message: t(m.tooLong, { max: 64 }) },
                ]}
              >
                <Input
                  prefix={<UserOutlined aria-hidden />}
                  autoComplete="username"
                  autoCapitalize="none"
                  autoCorrect="off"
                  spellCheck={false}
                  autoFocus
                  aria-required
                />
              </Form.Item>
              <Form.Item
                name="password"
                label={t(m.password)}
                rules={[
                  { required: true, message: t(m.enterPassword) },
                  { max: 128, message: t(m.tooLong, { max: 128 }) },
                ]}
              >
                <Input.Password
                  ref={passwordInput}
                  prefix={<LockOutlined aria-hidden />}
                  autoComplete="current-password"
                  aria-required
                />
              </Form.Item>
              <Form.Item className="login-submit">
                <Button type="primary" htmlType="submit" block loading={login.isPending}>
                  {login.isPending ? t(m.submitting) : t(m.submit)}
                </Button>
              </Form.Item>
            </Form>
            <p className="login-hint login-forgot">{t(m.forgotPassword)}</p>
          </section>
        </div>
      </main>
      <footer className="login-footer">
        <span lang="zh-CN">云标看板</span> · <span lang="en">Cloud Standards Progress Tracker</span> · {t(m.footer)}
      </footer>
    </div>
  );
}
