import type { CoverageRow } from '@cloudstd/shared/schemas/dashboard';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n.tsx';
import { dashboardMessages as m } from '../messages.ts';
import { standardsListUrl } from '../../../lib/standards-link.ts';

/** Every gap direction with its pipeline, each opening the direction's standards. */
export function GapList({ gaps, linkAsOf }: { gaps: readonly CoverageRow[]; linkAsOf: string | undefined }) {
  const { t, lang } = useI18n();
  if (gaps.length === 0) return <p className="gap-none">{t(m.gapsNone)}</p>;
  return (
    <>
      <p className="dash-help">{t(m.gapsHelp)}</p>
      <ul className="gap-list">
        {gaps.map((gap) => (
          <li key={gap.code} className={gap.pipeline > 0 ? 'gap gap-has-pipeline' : 'gap'}>
            <Link to={standardsListUrl({ direction: [gap.code], asOf: linkAsOf })}>
              <span className="gap-code">{gap.code}</span> {gap.path[lang]}
            </Link>
            <span className="gap-pipeline">{t(m.gapPipeline, { count: gap.pipeline })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
