import type { CoverageState } from '../schemas/dashboard.ts';
import type { Placement } from '../schemas/framework.ts';
import type { AdoptionEvidence, AdoptionStage, EnterpriseSize } from '../schemas/enterprise.ts';
import type { EnterpriseCounting } from '../schemas/target-set.ts';
import type { EventKind, EventMode } from '../schemas/event.ts';
import type { InternationalBody, ChinaRole } from '../schemas/international-item.ts';
import type { StandardKind } from '../schemas/standard.ts';
import type { InternationalStage } from './international-stage.ts';
import type { PlanStage } from './plan-schedule.ts';
import type { ProgressStatus } from './progress.ts';
import type { StandardLevel } from './standard-number.ts';
import type { StandardStatus } from './standard-status.ts';

/**
 * The product's vocabulary: the words for each rule's outcomes, in both languages, used by every page
 * and every export (dashboard, 报表, PDF, XLSX, CSV), so the screen and the committee report say the
 * same thing. Add a word here, never beside a page.
 */
export interface Bilingual {
  zh: string;
  en: string;
}
export type Lang = keyof Bilingual;

export const standardLevelLabels = {
  national: { zh: '国家标准', en: 'National' },
  industry: { zh: '行业标准', en: 'Industry' },
  group: { zh: '团体标准', en: 'Group' },
  local: { zh: '地方标准', en: 'Local' },
  other: { zh: '联盟/企业标准', en: 'Alliance/enterprise' },
} as const satisfies Record<StandardLevel, Bilingual>;

export const standardStatusLabels = {
  none: { zh: '未立项', en: 'Not started' },
  approved: { zh: '已立项', en: 'Approved' },
  draft: { zh: '征求意见', en: 'Draft for comment' },
  submitted: { zh: '已报批', en: 'Submitted' },
  published: { zh: '已发布', en: 'Published' },
  in_force: { zh: '现行', en: 'In force' },
  withdrawn: { zh: '已废止', en: 'Withdrawn' },
  replaced: { zh: '被代替', en: 'Replaced' },
} as const satisfies Record<StandardStatus, Bilingual>;

export const standardKindLabels = {
  new: { zh: '制定', en: 'New' },
  revision: { zh: '修订', en: 'Revision' },
} as const satisfies Record<StandardKind, Bilingual>;

/** Progress toward a goal (PRODUCT.md §5: achieved, on track ≥ 0.95, behind ≥ 0.6, at risk below). */
export const progressStatusLabels = {
  achieved: { zh: '已达成', en: 'Achieved' },
  on_track: { zh: '进度正常', en: 'On track' },
  behind: { zh: '进度滞后', en: 'Behind' },
  at_risk: { zh: '存在风险', en: 'At risk' },
} as const satisfies Record<ProgressStatus, Bilingual>;

/** A direction's coverage at a date (PRODUCT.md §5). */
export const coverageStateLabels = {
  covered: { zh: '已覆盖', en: 'Covered' },
  'group-only': { zh: '仅团体标准', en: 'Group standards only' },
  gap: { zh: '空白', en: 'Gap' },
} as const satisfies Record<CoverageState, Bilingual>;

export const enterpriseSizeLabels = {
  large: { zh: '大型', en: 'Large' },
  medium: { zh: '中型', en: 'Medium' },
  small: { zh: '小型', en: 'Small' },
  micro: { zh: '微型', en: 'Micro' },
} as const satisfies Record<EnterpriseSize, Bilingual>;

/** What an adoption's evidence is (the import also reads the short spellings 证书, 评估). */
export const adoptionEvidenceLabels = {
  certificate: { zh: '认证证书', en: 'Certificate' },
  assessment: { zh: '第三方评估/测评', en: 'Third-party assessment' },
  self_assessment: { zh: '对标达标自评', en: 'Self-assessment' },
  self_declaration: { zh: '自我声明', en: 'Self-declaration' },
  training: { zh: '参加宣贯培训', en: 'Training attendance' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies Record<AdoptionEvidence, Bilingual>;

/** Where an adoption applies the standard: the guideline's 对标达标 stages; none recorded reads 未注明. */
export const adoptionStageLabels = {
  research: { zh: '研发', en: 'R&D' },
  design: { zh: '设计', en: 'Design' },
  delivery: { zh: '交付部署', en: 'Delivery and deployment' },
  operations: { zh: '运营运维', en: 'Operations and maintenance' },
  quality: { zh: '质量管理', en: 'Quality management' },
} as const satisfies Record<AdoptionStage, Bilingual>;
export const noAdoptionStageLabel: Bilingual = { zh: '未注明', en: 'Not stated' };

export const eventKindLabels = {
  training: { zh: '宣贯培训', en: 'Training' },
  seminar: { zh: '研讨会', en: 'Seminar' },
  campaign: { zh: '宣传活动', en: 'Publicity campaign' },
} as const satisfies Record<EventKind, Bilingual>;

export const eventModeLabels = {
  online: { zh: '线上', en: 'Online' },
  on_site: { zh: '线下', en: 'On site' },
  hybrid: { zh: '线上线下结合', en: 'Hybrid' },
} as const satisfies Record<EventMode, Bilingual>;

/** Which enterprises a target set's enterprise goal counts (PRODUCT.md §5 "enterprises reached"). */
export const enterpriseCountingLabels = {
  reached: { zh: '宣贯或实施（已触达）', en: 'Trained or implementing (reached)' },
  implementing_only: { zh: '仅实施', en: 'Implementing only' },
} as const satisfies Record<EnterpriseCounting, Bilingual>;

/** The enterprise goal's split at D: disjoint parts that add up to the enterprises reached. */
export const enterpriseReachLabels = {
  trainedOnly: { zh: '仅参加宣贯', en: 'Trained only' },
  implementing: { zh: '实施（未认证/评估）', en: 'Implementing (not certified or assessed)' },
  certified: { zh: '已认证或评估', en: 'Certified or assessed' },
} as const satisfies Record<string, Bilingual>;

/** A five-year review's outcome (复审, PRODUCT.md §3). */
export const reviewOutcomeLabels = {
  confirmed: { zh: '继续有效', en: 'Confirmed' },
  revise: { zh: '修订', en: 'To be revised' },
  withdraw: { zh: '废止', en: 'To be withdrawn' },
} as const satisfies Record<string, Bilingual>;

/** Where a standard's directions in an edition come from. */
export const placementOriginLabels = {
  filed: { zh: '登记', en: 'Filed' },
  derived: { zh: '自动对应', en: 'Derived (crosswalk)' },
  override: { zh: '人工指定', en: 'Placed by an editor' },
  none: { zh: '未归入', en: 'Not placed' },
} as const satisfies Record<Placement['origin'], Bilingual>;
/** A plan's stage (计划跟踪, GB/T 16733 norms in domain/plan-schedule.ts). */
export const planStageLabels = {
  approved: { zh: '立项', en: 'Approval' },
  drafting: { zh: '起草', en: 'Drafting' },
  draft: { zh: '征求意见', en: 'Draft for comment' },
  submitted: { zh: '报批', en: 'Submitted' },
} as const satisfies Record<PlanStage, Bilingual>;

/** An international item's stage (ISO stage codes; ITU-T's steps map onto them, see international-stage.ts). */
export const internationalStageLabels = {
  proposal: { zh: '提案（预备阶段）', en: 'Proposal (preliminary)' },
  np: { zh: '新工作项目（NP）', en: 'New work item (NP)' },
  wd: { zh: '工作草案（WD）', en: 'Working draft (WD)' },
  cd: { zh: '委员会草案（CD）', en: 'Committee draft (CD)' },
  dis: { zh: '国际标准草案（DIS）', en: 'Draft International Standard (DIS)' },
  fdis: { zh: '最终国际标准草案（FDIS）', en: 'Final draft (FDIS)' },
  published: { zh: '已发布', en: 'Published' },
} as const satisfies Record<InternationalStage, Bilingual>;

/** The international body an item belongs to. */
export const internationalBodyLabels = {
  iso: { zh: 'ISO', en: 'ISO' },
  iec: { zh: 'IEC', en: 'IEC' },
  iso_iec_jtc1: { zh: 'ISO/IEC JTC 1', en: 'ISO/IEC JTC 1' },
  itu_t: { zh: 'ITU-T', en: 'ITU-T' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies Record<InternationalBody, Bilingual>;

/** China's role in an international item. */
export const chinaRoleLabels = {
  led: { zh: '牵头', en: 'Led' },
  co_edited: { zh: '联合编辑', en: 'Co-edited' },
  participated: { zh: '参与', en: 'Participated' },
} as const satisfies Record<ChinaRole, Bilingual>;

export const yesNoLabels = { yes: { zh: '是', en: 'Yes' }, no: { zh: '否', en: 'No' } } as const;
