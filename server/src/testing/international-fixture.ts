import type { CreateInternationalItemFormValues, InternationalItem } from '@cloudstd/shared/schemas/international-item';
import { internationalItemSchema } from '@cloudstd/shared/schemas/international-item';
import { standardSchema } from '@cloudstd/shared/schemas/standard';
import type request from 'supertest';
import { buildStandard } from './factories.ts';

type Agent = ReturnType<typeof request.agent>;

let sequence = 0;

/** An item of the test's own (references say TEST: no one mistakes them for real ISO or ITU work). */
export function buildInternationalItem(
  overrides: Partial<CreateInternationalItemFormValues> = {},
): CreateInternationalItemFormValues {
  sequence += 1;
  return {
    body: 'iso_iec_jtc1',
    committee: 'ISO/IEC JTC 1/SC 38',
    reference: `ISO/IEC TEST ${sequence}`,
    titleEn: 'Test item — cloud computing',
    titleZh: '测试项目 云计算',
    chinaRole: 'participated',
    experts: ['测试专家'],
    stages: [],
    ...overrides,
  };
}

/**
 * The hand-computed fixture of the international figures (the 2025 set's window opens 2025-10-09):
 * A (JTC 1, led) proposal 2024-05-01 … DIS 2025-11-15, FDIS 2026-02-01, published 2026-04-20, related to
 * the converted standard; B (ITU-T, led) NP, WD, published 2025-10-01 (before the window); C (ISO,
 * co-edited) NP 2025-12-01, WD 2026-03-01; D (IEC) proposal 2026-05-10; E (led, NP 2025-10-20) deleted;
 * F without stages. Two counted national standards, one converted (IDT).
 */
export async function recordInternationalFixture(editor: Agent) {
  const byRef: Record<string, InternationalItem> = {};
  const create = async (overrides: Partial<CreateInternationalItemFormValues>) => {
    const res = await editor.post('/api/v1/international-items').send(buildInternationalItem(overrides));
    if (res.status !== 201) throw new Error(`fixture item refused: ${JSON.stringify(res.body)}`);
    return internationalItemSchema.parse(res.body);
  };
  // Two counted national standards in the 2025 set's window (from 2025-10-09), one converted (IDT).
  const converted = buildStandard({
    publishedOn: '2026-01-15',
    inForceOn: '2026-08-01',
    international: { ref: 'ISO/IEC 22123-1:2023', degree: 'IDT' },
  });
  const created = await editor.post('/api/v1/standards').send(converted);
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  const convertedNumber = standardSchema.parse(created.body).number ?? '';
  await editor
    .post('/api/v1/standards')
    .send(buildStandard({ publishedOn: '2026-02-01', inForceOn: '2026-08-01' }))
    .expect(201);

  // The hand-computed fixture (window opens 2025-10-09):
  byRef.A = await create({
    reference: 'ISO/IEC TEST A',
    chinaRole: 'led',
    relatedStandard: convertedNumber,
    stages: [
      { stage: 'proposal', on: '2024-05-01' },
      { stage: 'np', on: '2024-09-01' },
      { stage: 'wd', on: '2025-01-10' },
      { stage: 'cd', on: '2025-06-01' },
      { stage: 'dis', on: '2025-11-15' },
      { stage: 'fdis', on: '2026-02-01' },
      { stage: 'published', on: '2026-04-20' },
    ],
  });
  // Published (led) before the window opened: an item, but not among the led-since-the-window figure.
  byRef.B = await create({
    body: 'itu_t',
    committee: 'ITU-T SG13',
    reference: 'Y.TEST-B',
    chinaRole: 'led',
    // Given out of order: kept in stage order.
    stages: [
      { stage: 'published', on: '2025-10-01' },
      { stage: 'np', on: '2025-03-01' },
      { stage: 'wd', on: '2025-08-01' },
    ],
  });
  byRef.C = await create({
    body: 'iso',
    reference: 'ISO TEST C',
    chinaRole: 'co_edited',
    stages: [
      { stage: 'np', on: '2025-12-01' },
      { stage: 'wd', on: '2026-03-01' },
    ],
  });
  byRef.D = await create({ body: 'iec', reference: 'IEC TEST D', stages: [{ stage: 'proposal', on: '2026-05-10' }] });
  byRef.E = await create({
    reference: 'ISO/IEC TEST E',
    chinaRole: 'led',
    stages: [{ stage: 'np', on: '2025-10-20' }],
  });
  byRef.F = await create({ reference: 'ISO/IEC TEST F' });
  await editor.delete(`/api/v1/international-items/${byRef.E.id}`).expect(204);
  return { byRef, convertedNumber };
}
