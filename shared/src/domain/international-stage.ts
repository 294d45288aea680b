/**
 * An international standardisation item's stages, in order, after ISO's harmonized stage codes
 * (ISO/IEC Directives Part 1, Annex SD): the stage on a date D is the latest stage reached on or before
 * D (`stageAsOf`); stage dates are kept in stage order (`checkStageOrder`), so "latest by date" and
 * "latest in the order" agree, and on equal dates the later stage wins. The SQL mirror is
 * `itemStageAsOfSql` in server/src/sql/international-stage.ts; both are tested on the same fixture.
 */
export const internationalStages = [
  /** 00 preliminary: a preliminary work item or a proposal not yet voted on. */
  { stage: 'proposal', isoCode: '00' },
  /** 10 proposal: the new work item proposal (NP) accepted as a project. */
  { stage: 'np', isoCode: '10' },
  /** 20 preparatory: working draft(s). */
  { stage: 'wd', isoCode: '20' },
  /** 30 committee: committee draft(s). */
  { stage: 'cd', isoCode: '30' },
  /** 40 enquiry: DIS (IEC: CDV). */
  { stage: 'dis', isoCode: '40' },
  /** 50 approval: FDIS. */
  { stage: 'fdis', isoCode: '50' },
  /** 60 publication. */
  { stage: 'published', isoCode: '60' },
] as const;

export type InternationalStage = (typeof internationalStages)[number]['stage'];
export const internationalStageKeys = internationalStages.map((s) => s.stage) as unknown as readonly [
  InternationalStage,
  ...InternationalStage[],
];

/** A stage's place in the order (0 = proposal … 6 = published); the database stores it beside the stage. */
export function stageRank(stage: InternationalStage): number {
  return internationalStageKeys.indexOf(stage);
}

/**
 * ITU-T's steps recorded on the same scale (ITU-T Recommendation A.1 work items, A.8 alternative
 * approval, Resolution 1 traditional approval). An ITU-T Recommendation is in force once approved, so
 * approval maps to `published`; consent (AAP) and determination (TAP) freeze the text for approval, as
 * FDIS does; a draft Recommendation under study in a Question is a working draft. ITU-T has no separate
 * committee or enquiry draft: those stages stay empty for ITU-T items.
 */
export const ituTStageEquivalents = {
  proposal: 'proposal',
  work_item: 'np',
  draft: 'wd',
  consent: 'fdis',
  determination: 'fdis',
  approved: 'published',
} as const satisfies Record<string, InternationalStage>;

export interface StageDate {
  stage: InternationalStage;
  on: string;
}

/** The latest stage reached on or before `asOf` (dates `YYYY-MM-DD`), or null before the first. */
export function stageAsOf(stages: readonly StageDate[], asOf: string): InternationalStage | null {
  let best: InternationalStage | null = null;
  for (const { stage, on } of stages) {
    if (on <= asOf && (best === null || stageRank(stage) > stageRank(best))) best = stage;
  }
  return best;
}

/** The date the item reached `stage`, if it did. */
export function stageDate(stages: readonly StageDate[], stage: InternationalStage): string | null {
  return stages.find((s) => s.stage === stage)?.on ?? null;
}

export interface StageProblem {
  /** Index into the stages as given. */
  index: number;
  field: 'stage' | 'on';
  messageZh: string;
  messageEn: string;
}

/**
 * Each stage at most once, and each stage's date no earlier than the date of the stage before it in the
 * stage order (a DIS dated before its CD is refused naming the DIS row).
 */
export function checkStageOrder(
  stages: readonly StageDate[],
  labelOf: (stage: InternationalStage) => { zh: string; en: string },
): StageProblem[] {
  const problems: StageProblem[] = [];
  const seen = new Set<InternationalStage>();
  stages.forEach(({ stage }, index) => {
    if (seen.has(stage)) {
      problems.push({
        index,
        field: 'stage',
        messageZh: `阶段“${labelOf(stage).zh}”重复`,
        messageEn: `Stage “${labelOf(stage).en}” is given twice`,
      });
    }
    seen.add(stage);
  });
  const ordered = stages
    .map((entry, index) => ({ ...entry, index }))
    .sort((a, b) => stageRank(a.stage) - stageRank(b.stage));
  for (let i = 1; i < ordered.length; i++) {
    const earlier = ordered[i - 1];
    const later = ordered[i];
    if (!earlier || !later || earlier.stage === later.stage) continue;
    if (later.on < earlier.on) {
      problems.push({
        index: later.index,
        field: 'on',
        messageZh: `“${labelOf(later.stage).zh}”日期不能早于上一阶段“${labelOf(earlier.stage).zh}”的日期（${earlier.on}）`,
        messageEn: `The ${labelOf(later.stage).en} date cannot be before the previous stage’s (${labelOf(earlier.stage).en}, ${earlier.on})`,
      });
    }
  }
  return problems;
}
