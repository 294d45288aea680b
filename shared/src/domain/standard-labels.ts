import type { StandardLevel } from './standard-number.ts';
import type { StandardStatus } from './standard-status.ts';

/** Display names of levels and statuses in both languages: one vocabulary for every page and export. */
export const standardLevelLabels = {
  national: { zh: '国家标准', en: 'National' },
  industry: { zh: '行业标准', en: 'Industry' },
  group: { zh: '团体标准', en: 'Group' },
} as const satisfies Record<StandardLevel, { zh: string; en: string }>;

export const standardStatusLabels = {
  none: { zh: '未立项', en: 'Not started' },
  approved: { zh: '已立项', en: 'Approved' },
  draft: { zh: '征求意见', en: 'Draft for comment' },
  submitted: { zh: '已报批', en: 'Submitted' },
  published: { zh: '已发布', en: 'Published' },
  in_force: { zh: '现行', en: 'In force' },
  withdrawn: { zh: '已废止', en: 'Withdrawn' },
} as const satisfies Record<StandardStatus, { zh: string; en: string }>;
