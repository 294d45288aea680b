import type { Standard } from '@cloudstd/shared/schemas/standard';

/** A recorded standard for tests: GB/T 32400-2015 as the API returns it, with `overrides` applied. */
export function buildStandard(overrides: Partial<Standard> = {}): Standard {
  return {
    id: 7,
    number: 'GB/T 32400-2015',
    planNumber: null,
    level: 'national',
    sector: null,
    titleZh: '信息技术 云计算 概览与词汇',
    titleEn: 'Information technology — Cloud computing — Overview and vocabulary',
    kind: 'new',
    replaces: [],
    directions: ['01.1'],
    approvedOn: '2013-03-01',
    draftOn: null,
    submittedOn: null,
    publishedOn: '2015-12-31',
    inForceOn: '2017-01-01',
    withdrawnOn: null,
    status: 'in_force',
    committee: 'TC28',
    international: { ref: 'ISO/IEC 17788:2014', degree: 'IDT', body: 'ISO/IEC', number: '17788', year: 2014 },
    province: null,
    replacedBy: null,
    replacedOn: null,
    withdrawalDerived: false,
    tags: [],
    notes: null,
    version: 3,
    createdAt: '2026-11-01T02:00:00.000Z',
    updatedAt: '2026-11-02T02:00:00.000Z',
    createdBy: 'admin',
    updatedBy: 'admin',
    deletedAt: null,
    ...overrides,
  };
}
