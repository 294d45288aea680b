import type { CreditCodeDescription } from '@cloudstd/shared/domain/credit-code';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { enterprisesMessages as m } from '../messages.ts';

/** What a well-formed code says: authority, organisation type, region (and province). */
export function CreditCodePreview({ described, verified }: { described: CreditCodeDescription; verified: boolean }) {
  const { t, lang } = useI18n();
  const named = (item: { code: string; nameZh: string | null; nameEn: string | null }) =>
    item.nameZh ? `${item.code} · ${pick(lang, item.nameZh, item.nameEn)}` : t(m.unknownCode, { code: item.code });
  return (
    <dl className="credit-code-preview" data-testid="credit-code-preview" data-valid={verified ? 'true' : 'false'}>
      {verified && (
        <div className="credit-code-verified">
          <dt className="visually-hidden">{t(m.creditCode)}</dt>
          <dd>✓ {t(m.creditCodeValid)}</dd>
        </div>
      )}
      <div>
        <dt>{t(m.authority)}</dt>
        <dd>{named(described.authority)}</dd>
      </div>
      <div>
        <dt>{t(m.organisationType)}</dt>
        <dd>{named(described.organisationType)}</dd>
      </div>
      <div>
        <dt>{t(m.region)}</dt>
        <dd>
          {described.regionCode}
          {described.province && ` · ${pick(lang, described.province.nameZh, described.province.nameEn)}`}
        </dd>
      </div>
    </dl>
  );
}
