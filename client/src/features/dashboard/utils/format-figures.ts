import type { Lang } from '../../../lib/i18n.tsx';

const locales = { zh: 'zh-CN', en: 'en-GB' } as const;

/** A count with thousands separators: 1,000. */
export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 0 }).format(value);
}

/** A figure with at most one decimal (expected-by-now, pace): 12.5, 3. */
export function formatDecimal(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 1 }).format(value);
}

/** A share 0..1 as a percentage with at most one decimal: 0.125 → 12.5%. */
export function formatShare(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang], { style: 'percent', maximumFractionDigits: 1 }).format(value);
}
