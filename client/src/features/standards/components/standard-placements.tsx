import { directionLabel } from '@cloudstd/shared/domain/direction-name';
import { placementOriginLabels } from '@cloudstd/shared/domain/labels';
import type { Placement } from '@cloudstd/shared/schemas/framework';
import { Skeleton, Tag } from 'antd';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { useAllDirections } from '../../../api/get-directions.ts';
import { useFrameworks } from '../../../api/get-frameworks.ts';
import { usePlacements } from '../../../api/get-placement.ts';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { standardsMessages as m } from '../messages.ts';

const originColors: Record<Placement['origin'], string> = {
  filed: 'blue',
  derived: 'green',
  override: 'gold',
  none: 'red',
};

/**
 * A standard's directions in every loaded edition: filed there, derived through the crosswalk (自动对应), an
 * editor's override, or not placed (with a link to the edition's not-placed list).
 */
export function StandardPlacements({ standardId }: { standardId: number }) {
  const { t, lang } = useI18n();
  const frameworks = useFrameworks();
  const keys = (frameworks.data ?? []).map((framework) => framework.key);
  const placements = usePlacements(keys, standardId);
  const directions = useAllDirections();
  if (frameworks.isError) return <ApiErrorAlert error={frameworks.error} />;
  if (frameworks.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  return (
    <dl className="standard-placements" data-testid="standard-placements">
      {(frameworks.data ?? []).map((framework, index) => {
        const placement = placements[index];
        return (
          <div key={framework.key} className="standard-placement" data-framework={framework.key}>
            <dt>
              {pick(lang, framework.nameZh, framework.nameEn)}
              {placement?.data && (
                <Tag color={originColors[placement.data.origin]} className="placement-origin">
                  {t(placementOriginLabels[placement.data.origin])}
                </Tag>
              )}
            </dt>
            <dd>
              {placement?.isError && <ApiErrorAlert error={placement.error} />}
              {placement?.isPending && <Skeleton active title={false} paragraph={{ rows: 1 }} />}
              {placement?.data && placement.data.directions.length > 0 && (
                <ul className="standard-directions">
                  {placement.data.directions.map((code) => {
                    const direction = directions.data.get(code);
                    return <li key={code}>{direction ? directionLabel(direction, lang) : code}</li>;
                  })}
                </ul>
              )}
              {placement?.data?.origin === 'none' && (
                <Link to={`/directions?framework=${encodeURIComponent(framework.key)}&tab=unplaced`}>
                  {t(m.placementResolve)}
                </Link>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
