import type { CoverageState } from '@cloudstd/shared/schemas/dashboard';
import type { ReportData, ReportStandard, Snapshot, SnapshotComparison } from '@cloudstd/shared/schemas/report';

type Side = Snapshot & { data: ReportData };
type RemovalReason = SnapshotComparison['standards']['removed'][number]['reason'];

/** Fields whose change between two snapshots is a correction worth listing (directions are "moved"). */
const comparedFields = [
  'number',
  'planNumber',
  'titleZh',
  'level',
  'kind',
  'publishedOn',
  'inForceOn',
  'withdrawnOn',
  'committee',
  'international',
] as const satisfies readonly (keyof ReportStandard)[];

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function kpisOf(data: ReportData) {
  const { summary } = data;
  return {
    standardsCounted: summary.standards.counted,
    standardsExpected: summary.standards.expected,
    enterprisesCounted: summary.enterprises.counted,
    directionsCovered: summary.coverage.covered,
    directionsGroupOnly: summary.coverage.groupOnly,
    directionsGaps: summary.coverage.gaps,
    partsCovered: summary.coverage.partsCovered,
    forecastProjected: summary.forecast.projected,
  } satisfies Record<SnapshotComparison['kpis'][number]['key'], number>;
}

const ref = (standard: ReportStandard) => ({
  id: standard.id,
  number: standard.number,
  planNumber: standard.planNumber,
  titleZh: standard.titleZh,
});

/**
 * What changed from one snapshot to the next: KPI deltas; counted standards added, removed (with the
 * reason `reasonOf` finds) and moved between directions; corrections of counted standards' fields; and
 * directions whose coverage state changed. Both sides come from the frozen payloads.
 */
export function compareSnapshots(
  from: Side,
  to: Side,
  reasonOf: (standard: ReportStandard) => RemovalReason,
): SnapshotComparison {
  const before = kpisOf(from.data);
  const after = kpisOf(to.data);
  const kpis = (Object.keys(before) as (keyof typeof before)[]).map((key) => ({
    key,
    from: before[key],
    to: after[key],
    delta: Math.round((after[key] - before[key]) * 100) / 100,
  }));

  const fromById = new Map(from.data.counted.map((standard) => [standard.id, standard]));
  const toById = new Map(to.data.counted.map((standard) => [standard.id, standard]));
  const added = to.data.counted.filter((standard) => !fromById.has(standard.id));
  const removed = from.data.counted
    .filter((standard) => !toById.has(standard.id))
    .map((standard) => ({ ...standard, reason: reasonOf(standard) }));
  const moved: SnapshotComparison['standards']['moved'] = [];
  const changed: SnapshotComparison['standards']['changed'] = [];
  for (const [id, later] of toById) {
    const earlier = fromById.get(id);
    if (!earlier) continue;
    if (!sameValue([...earlier.directions].sort(), [...later.directions].sort())) {
      moved.push({ ...ref(later), from: earlier.directions, to: later.directions });
    }
    const changes = comparedFields
      .filter((field) => !sameValue(earlier[field], later[field]))
      .map((field) => ({ field, from: earlier[field], to: later[field] }));
    if (changes.length > 0) changed.push({ ...ref(later), changes });
  }

  const stateOf = (data: ReportData) => new Map(data.coverage.map((row) => [row.code, row]));
  const fromStates = stateOf(from.data);
  const toStates = stateOf(to.data);
  const coverage: SnapshotComparison['coverage'] = [];
  for (const code of new Set([...fromStates.keys(), ...toStates.keys()])) {
    const a = fromStates.get(code);
    const b = toStates.get(code);
    const aState: CoverageState | null = a?.state ?? null;
    const bState: CoverageState | null = b?.state ?? null;
    if (aState === bState) continue;
    const row = b ?? a;
    if (!row) continue;
    coverage.push({ code, nameZh: row.nameZh, nameEn: row.nameEn, path: row.path, from: aState, to: bState });
  }
  coverage.sort((x, y) => x.code.localeCompare(y.code, 'en', { numeric: true }));

  const { data: _fromData, ...fromSnapshot } = from;
  const { data: _toData, ...toSnapshot } = to;
  return { from: fromSnapshot, to: toSnapshot, kpis, standards: { added, removed, moved, changed }, coverage };
}
