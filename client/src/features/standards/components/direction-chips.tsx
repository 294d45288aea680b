import type { Direction } from '@cloudstd/shared/schemas/framework';
import { Tag, Tooltip } from 'antd';
import { pick, useI18n } from '../../../lib/i18n.tsx';

interface DirectionChipsProps {
  codes: readonly string[];
  directions: ReadonlyMap<string, Direction>;
}

/** A standard's research directions as code chips; the name shows on hover and is read out by screen readers. */
export function DirectionChips({ codes, directions }: DirectionChipsProps) {
  const { lang } = useI18n();
  return (
    <span className="direction-chips">
      {codes.map((code) => {
        const direction = directions.get(code);
        // The path (group › leaf): 设备安全 and 软件安全 each name two leaves of the 2025 edition.
        const name = direction ? pick(lang, direction.path.zh, direction.path.en) : null;
        return (
          <Tooltip key={code} title={name}>
            <Tag className="direction-chip">
              {code}
              {name && <span className="visually-hidden"> {name}</span>}
            </Tag>
          </Tooltip>
        );
      })}
    </span>
  );
}
