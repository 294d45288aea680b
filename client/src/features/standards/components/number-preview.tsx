import { standardLevelLabels } from '@cloudstd/shared/domain/labels';
import type { ParsedPlanNumber, ParsedStandardNumber } from '@cloudstd/shared/domain/standard-number';
import { useI18n } from '../../../lib/i18n.tsx';
import { standardsMessages as m } from '../messages.ts';

const natureLabels = {
  mandatory: m.natureMandatory,
  recommended: m.natureRecommended,
  guidance: m.natureGuidance,
} as const;

/** What a typed standard number reads as: its normalised form, level, sector and year. */
export function NumberPreview({ parsed }: { parsed: ParsedStandardNumber }) {
  const { t, lang } = useI18n();
  const separator = lang === 'zh' ? '，' : ', ';
  const nature = t(natureLabels[parsed.nature]);
  const level =
    parsed.level === 'group'
      ? `${t(standardLevelLabels.group)}${parsed.body ? ` ${parsed.body}` : ''}`
      : lang === 'zh'
        ? `${t(standardLevelLabels[parsed.level])}（${nature}）`
        : `${t(standardLevelLabels[parsed.level])} (${nature})`;
  const details = [
    level,
    parsed.sector ? `${parsed.sector.code} ${lang === 'zh' ? parsed.sector.sectorZh : parsed.sector.sectorEn}` : null,
    parsed.province ? (lang === 'zh' ? parsed.province.nameZh : parsed.province.nameEn) : null,
    t(m.numberYear, { year: parsed.year }),
    parsed.internationalRef ? t(m.numberAdopts, { ref: parsed.internationalRef }) : null,
    parsed.amendment ? t(m.numberAmendment, { amendment: parsed.amendment }) : null,
  ].filter((detail): detail is string => detail !== null);
  return (
    <span className="number-preview" data-testid="number-preview" data-valid="true" aria-live="polite">
      {t(m.numberNormalised)} <strong className="number-preview-value">{parsed.canonical}</strong>
      <span className="number-preview-details"> · {details.join(separator)}</span>
    </span>
  );
}

/** What a typed plan number reads as. */
export function PlanNumberPreview({ parsed }: { parsed: ParsedPlanNumber }) {
  const { t, lang } = useI18n();
  const details = [
    t(standardLevelLabels[parsed.level]),
    parsed.sector ? `${parsed.sector.code} ${lang === 'zh' ? parsed.sector.sectorZh : parsed.sector.sectorEn}` : null,
    parsed.committee ? `${t(m.committee)} ${parsed.committee}` : null,
    t(m.numberYear, { year: parsed.year }),
  ].filter((detail): detail is string => detail !== null);
  return (
    <span className="number-preview" data-testid="plan-number-preview" aria-live="polite">
      {t(m.numberNormalised)} <strong className="number-preview-value">{parsed.canonical}</strong>
      <span className="number-preview-details"> · {details.join(lang === 'zh' ? '，' : ', ')}</span>
    </span>
  );
}
