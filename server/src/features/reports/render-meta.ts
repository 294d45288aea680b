import type { ReportLang } from '@cloudstd/shared/schemas/report';

/** Who rendered a report and when, and the snapshot it renders (null for a live report). */
export interface RenderMeta {
  lang: ReportLang;
  generatedAt: Date;
  generatedBy: string | null;
  snapshot: { name: string; createdAt: Date; createdBy: string | null } | null;
}

/** A moment in Beijing time, `2026-11-21 14:03`, labelled as such: reports are read in China. */
export function formatGeneratedAt(moment: Date, lang: ReportLang): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const text = `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
  return lang === 'zh' ? `${text}（北京时间）` : `${text} (Beijing time)`;
}
