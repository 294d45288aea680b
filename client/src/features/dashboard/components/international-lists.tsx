import { internationalBodyLabels } from '@cloudstd/shared/domain/labels';
import type { DashboardSummary } from '@cloudstd/shared/schemas/dashboard';
import type { InternationalProgress } from '@cloudstd/shared/schemas/international-item';
import { Link } from 'react-router';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { formatCount, formatShare } from '../utils/format-figures.ts';
import { internationalTexts as x } from './international-table.tsx';

/**
 * The third goal's figures beside their lists: the conversion share, the items by now, the China-led
 * international standards published since the window opened and the national standards converted.
 */
export function InternationalLists({
  data,
  summary,
}: {
  data: InternationalProgress;
  summary: DashboardSummary | undefined;
}) {
  const { t, lang } = useI18n();
  const figures = summary?.international;
  return (
    <div className="dash-intl" data-testid="international-panel">
      {figures && (
        <dl className="dash-intl-figures">
          <div>
            <dt>{t(x.share)}</dt>
            <dd>
              <strong>{figures.share === null ? '—' : formatShare(figures.share, lang)}</strong>{' '}
              {t(x.shareDetail, { adopting: figures.adopting, national: figures.national })}
            </dd>
          </div>
          <div>
            <dt>{t(x.items)}</dt>
            <dd>
              <strong>{formatCount(figures.items.total, lang)}</strong>
            </dd>
          </div>
          <div>
            <dt>{t(x.led)}</dt>
            <dd>
              <strong>{formatCount(figures.led, lang)}</strong>
            </dd>
          </div>
        </dl>
      )}
      <h3 className="dash-intl-heading">
        {t(x.ledList)} <small>{t(x.since, { start: data.windowStart })}</small>
      </h3>
      {data.led.length === 0 ? (
        <p className="dash-empty-text">{t(x.none)}</p>
      ) : (
        <ul className="dash-intl-list">
          {data.led.map((item) => (
            <li key={item.id}>
              <strong>{item.reference}</strong> {pick(lang, item.titleZh ?? item.titleEn, item.titleEn)} ·{' '}
              {t(internationalBodyLabels[item.body])} · {item.publishedOn}
            </li>
          ))}
        </ul>
      )}
      <h3 className="dash-intl-heading">
        {t(x.convertedList)} <small>{t(x.since, { start: data.windowStart })}</small>
      </h3>
      {data.converted.length === 0 ? (
        <p className="dash-empty-text">{t(x.none)}</p>
      ) : (
        <ul className="dash-intl-list">
          {data.converted.map((standard) => (
            <li key={standard.id}>
              <Link to={`/standards/${standard.id}`}>{standard.number}</Link> {standard.titleZh} ·{' '}
              {standard.internationalRef} {standard.degree} · {standard.publishedOn}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
