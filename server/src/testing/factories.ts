import type { CreateStandardFormValues } from '@cloudstd/shared/schemas/standard';

let sequence = 0;

/** A valid new national standard; every call gets its own number unless one is given. */
export function buildStandard(overrides: Partial<CreateStandardFormValues> = {}): CreateStandardFormValues {
  sequence += 1;
  return {
    number: `GB/T ${40000 + sequence}-2024`,
    titleZh: `信息技术 云计算 测试标准 ${sequence}`,
    titleEn: `Information technology — Cloud computing — Test standard ${sequence}`,
    kind: 'new',
    directions: ['02.2.4'],
    publishedOn: '2024-06-01',
    inForceOn: '2025-01-01',
    committee: 'TC28/SC38',
    ...overrides,
  };
}
