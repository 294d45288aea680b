import type { Adoption, AdoptionEvidence } from '@cloudstd/shared/schemas/enterprise';
import type { EventSummary } from '@cloudstd/shared/schemas/event';

export interface ReachTimelineEntry {
  key: string;
  kind: 'event' | 'adoption';
  on: string;
  /** The event's id, or the adopted standard's. */
  id: number;
  label: string;
  evidence: AdoptionEvidence | null;
}

/** Events attended (by start date) and adoptions (by date) as one list, newest first; an adoption above a same-day event. */
export function mergeReachTimeline(
  events: readonly EventSummary[],
  adoptions: readonly Adoption[],
): ReachTimelineEntry[] {
  const entries: ReachTimelineEntry[] = [
    ...events.map((event) => ({
      key: `event-${event.id}`,
      kind: 'event' as const,
      on: event.startsOn,
      id: event.id,
      label: event.title,
      evidence: null,
    })),
    ...adoptions.map((adoption) => ({
      key: `adoption-${adoption.id}`,
      kind: 'adoption' as const,
      on: adoption.adoptedOn,
      id: adoption.standardId,
      label: adoption.standardNumber ?? adoption.standardPlanNumber ?? adoption.standardTitleZh,
      evidence: adoption.evidence,
    })),
  ];
  return entries.sort((a, b) => b.on.localeCompare(a.on) || (a.kind === b.kind ? 0 : a.kind === 'event' ? 1 : -1));
}
