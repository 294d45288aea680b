import { CheckCircleOutlined } from '@ant-design/icons';
import { Card, Result } from 'antd';
import type { ReactNode } from 'react';
import { useI18n, type Bilingual } from '../lib/i18n.tsx';
import { PageHeader } from './page-header.tsx';

interface ComingSoonProps {
  title: Bilingual;
  summary: Bilingual;
  capabilities: readonly Bilingual[];
  icon: ReactNode;
}

/** A page not built yet says what it will do, in both languages, instead of showing a blank. */
export function ComingSoon({ title, summary, capabilities, icon }: ComingSoonProps) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t(title)} subtitle={t(summary)} />
      <Card className="coming-soon">
        <Result
          icon={<span className="coming-soon-icon">{icon}</span>}
          title={t('comingSoon.title')}
          subTitle={t('comingSoon.detail')}
        >
          <section aria-labelledby="coming-soon-capabilities" className="coming-soon-body">
            <h2 id="coming-soon-capabilities" className="coming-soon-heading">
              {t('comingSoon.capabilities')}
            </h2>
            <ul className="coming-soon-list">
              {capabilities.map((capability) => (
                <li key={capability.en}>
                  <CheckCircleOutlined aria-hidden className="coming-soon-check" />
                  <span>{t(capability)}</span>
                </li>
              ))}
            </ul>
          </section>
        </Result>
      </Card>
    </>
  );
}
