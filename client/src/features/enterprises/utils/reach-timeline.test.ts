import type { Adoption } from '@cloudstd/shared/schemas/enterprise';
import type { EventSummary } from '@cloudstd/shared/schemas/event';
import { describe, expect, it } from 'vitest';
import { mergeReachTimeline } from './reach-timeline.ts';

describe('mergeReachTimeline', () => {
  it('puts events and adoptions in one list, newest first, an adoption above a same-day event', () => {
    const event = { id: 1, title: '宣贯培训', startsOn: '2026-02-10' } as EventSummary;
    const adoption = (id: number, adoptedOn: string) =>
      ({ id, standardId: 9, standardNumber: 'GB/T 1-2025', adoptedOn, evidence: 'certificate' }) as Adoption;
    const merged = mergeReachTimeline([event], [adoption(5, '2026-03-01'), adoption(6, '2026-02-10')]);
    expect(merged.map((entry) => `${entry.on} ${entry.kind}`)).toEqual([
      '2026-03-01 adoption',
      '2026-02-10 adoption',
      '2026-02-10 event',
    ]);
  });
});
