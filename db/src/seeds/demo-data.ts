import { completeCreditCode } from '@cloudstd/shared/domain/credit-code';
import type { Kysely } from 'kysely';
import type { Database, NewStandard } from '../tables.ts';

type DemoStandard = Omit<NewStandard, 'level' | 'sector' | 'replaces' | 'tags'> & {
  level: NewStandard['level'];
  sector?: string | null;
  tags?: string[];
  replaces?: string[];
  directions: string[];
};

const INVENTED =
  '演示数据：虚构记录，仅用于展示看板效果，不是真实标准。Demo data: an invented record for showing the dashboard; not a real standard.';

/** A real standard's adoption of an international standard, with its degree as the registry records it. */
interface Adopts {
  ref: string;
  degree: 'IDT' | 'MOD' | 'NEQ';
}

/** A real national standard as published (PRODUCT.md §11); revisions name what they replace. */
const real = (
  number: string,
  titleZh: string,
  directions: string[],
  publishedOn: string,
  inForceOn: string,
  committee: string,
  international: Adopts | null = null,
  lifecycle: { replaces?: string[]; withdrawnOn?: string } = {},
): DemoStandard => ({
  number,
  level: 'national',
  title_zh: titleZh,
  kind: lifecycle.replaces ? 'revision' : 'new',
  replaces: lifecycle.replaces ?? [],
  directions,
  published_on: publishedOn,
  in_force_on: inForceOn,
  withdrawn_on: lifecycle.withdrawnOn ?? null,
  committee,
  international_ref: international?.ref ?? null,
  international_degree: international?.degree ?? null,
  notes: '演示数据：真实已发布的国家标准。Demo data: a real published national standard.',
});

const invented = (standard: Omit<DemoStandard, 'notes'>): DemoStandard => ({ ...standard, notes: INVENTED });

/**
 * Replacement as the registry records it (server/src/features/standards/standards.replacement.service.ts):
 * a replaced standard learns its successor, and is withdrawn on the successor's in-force date unless it
 * has a withdrawal date of its own.
 */
function linkReplacements(standards: DemoStandard[]): DemoStandard[] {
  const successors = new Map(standards.flatMap((s) => (s.replaces ?? []).map((number) => [number, s] as const)));
  return standards.map((standard) => {
    const successor = standard.number ? successors.get(standard.number) : undefined;
    if (!successor?.number) return standard;
    const derived = standard.withdrawn_on == null;
    return {
      ...standard,
      replaced_by: successor.number,
      replaced_on: successor.in_force_on ?? null,
      withdrawn_on: derived ? (successor.in_force_on ?? null) : standard.withdrawn_on,
      withdrawal_derived: derived,
    };
  });
}

/** Real cloud-computing national standards, and invented records (marked in their notes) for the 2025–2027 window. */
export const demoStandards: DemoStandard[] = linkReplacements([
  real('GB/T 32400-2015', '信息技术 云计算 概览与词汇', ['01.1'], '2015-12-31', '2017-01-01', 'TC28', {
    ref: 'ISO/IEC 17788:2014',
    degree: 'IDT',
  }),
  real('GB/T 32399-2015', '信息技术 云计算 参考架构', ['01.2'], '2015-12-31', '2017-01-01', 'TC28', {
    ref: 'ISO/IEC 17789:2014',
    degree: 'MOD',
  }),
  // Replaced by their 2023 editions: withdrawn on the successors' in-force date, 2023-12-01.
  real('GB/T 31167-2014', '信息安全技术 云计算服务安全指南', ['06.1.2'], '2014-09-03', '2015-04-01', 'TC260'),
  real('GB/T 31168-2014', '信息安全技术 云计算服务安全能力要求', ['06.3.2'], '2014-09-03', '2015-04-01', 'TC260'),
  real('GB/T 31167-2023', '信息安全技术 云计算服务安全指南', ['06.1.2'], '2023-05-23', '2023-12-01', 'TC260', null, {
    replaces: ['GB/T 31167-2014'],
  }),
  real(
    'GB/T 31168-2023',
    '信息安全技术 云计算服务安全能力要求',
    ['06.3.2'],
    '2023-05-23',
    '2023-12-01',
    'TC260',
    null,
    {
      replaces: ['GB/T 31168-2014'],
    },
  ),
  real(
    'GB/T 44158-2024',
    '信息技术 云计算 面向云原生的应用支撑平台功能要求',
    ['02.2.4'],
    '2024-06-29',
    '2025-01-01',
    'TC28',
  ),
  // Replaced by its 2025 edition: withdrawn on that edition's in-force date, 2026-02-01.
  real('GB/T 34942-2017', '信息安全技术 云计算服务安全能力评估方法', ['06.3.3'], '2017-11-01', '2018-05-01', 'TC260'),
  real(
    'GB/T 34942-2025',
    '网络安全技术 云计算服务安全能力评估方法',
    ['06.3.3'],
    '2025-08-01',
    '2026-02-01',
    'TC260',
    null,
    {
      replaces: ['GB/T 34942-2017'],
    },
  ),
  real('GB/T 35279-2017', '信息安全技术 云计算安全参考架构', ['06.1.3'], '2017-12-29', '2018-07-01', 'TC260'),
  real('GB/T 35301-2017', '信息技术 云计算 平台即服务(PaaS)参考架构', ['03.2'], '2017-12-29', '2018-07-01', 'TC28'),
  real('GB/T 36325-2018', '信息技术 云计算 云服务级别协议基本要求', ['05.1.3'], '2018-06-07', '2019-01-01', 'TC28'),
  real('GB/T 36326-2018', '信息技术 云计算 云服务运营通用要求', ['05.3.1'], '2018-06-07', '2019-01-01', 'TC28'),
  real('GB/T 37734-2019', '信息技术 云计算 云服务采购指南', ['05.1.2'], '2019-08-30', '2020-03-01', 'TC28'),
  real('GB/T 37736-2019', '信息技术 云计算 云资源监控通用要求', ['05.4.1'], '2019-08-30', '2020-03-01', 'TC28'),
  real('GB/T 37738-2019', '信息技术 云计算 云服务质量评价指标', ['05.5.2'], '2019-08-30', '2020-03-01', 'TC28'),
  real('GB/T 37740-2019', '信息技术 云计算 云平台间应用和数据迁移指南', ['05.2.2'], '2019-08-30', '2020-03-01', 'TC28'),
  real('GB/T 37741-2019', '信息技术 云计算 云服务交付要求', ['05.2.1'], '2019-08-30', '2020-03-01', 'TC28'),
  invented({
    number: 'GB/T 99001-2025',
    level: 'national',
    title_zh: '信息技术 云计算 云原生应用平台技术要求（演示）',
    kind: 'new',
    directions: ['02.2.4'],
    submitted_on: '2025-03-01',
    published_on: '2025-11-15',
    committee: 'TC28/SC38',
  }),
  invented({
    number: 'GB/T 99002-2026',
    level: 'national',
    title_zh: '信息技术 云计算 分布式云管理要求（演示）',
    kind: 'new',
    directions: ['02.5.1'],
    submitted_on: '2025-08-01',
    published_on: '2026-02-20',
    committee: 'TC28/SC38',
  }),
  invented({
    number: 'GB/T 99003-2026',
    level: 'national',
    title_zh: '信息技术 云计算 数据即服务能力要求（演示）',
    kind: 'new',
    directions: ['03.3'],
    submitted_on: '2025-10-10',
    published_on: '2026-05-08',
    committee: 'TC28/SC38',
    international_ref: 'ISO/IEC 22123-2:2023',
    international_degree: 'MOD',
  }),
  invented({
    number: 'YD/T 99004-2026',
    level: 'industry',
    sector: 'YD',
    title_zh: '边缘云 算力服务技术要求（演示）',
    kind: 'new',
    directions: ['02.5.1', '03.7'],
    published_on: '2026-07-01',
    committee: 'CCSA TC1',
  }),
  invented({
    number: 'SJ/T 99005-2026',
    level: 'industry',
    sector: 'SJ',
    title_zh: '云计算 人工智能即服务 通用要求（演示）',
    kind: 'new',
    directions: ['03.4'],
    published_on: '2026-09-18',
    committee: 'TC28',
  }),
  invented({
    number: 'GB/T 99006-2026',
    level: 'national',
    title_zh: '信息技术 云计算 术语（修订，演示）',
    kind: 'revision',
    replaces: ['GB/T 32400-2015'],
    directions: ['01.1'],
    published_on: '2026-04-30',
    committee: 'TC28/SC38',
  }),
  invented({
    number: 'T/CESA 9901-2025',
    level: 'group',
    title_zh: '制造业云化改造实施指南（演示）',
    kind: 'new',
    directions: ['04.2'],
    published_on: '2025-12-01',
    tags: ['制造'],
  }),
  invented({
    number: 'T/CCSA 9902-2026',
    level: 'group',
    title_zh: '金融行业云安全运营要求（演示）',
    kind: 'new',
    directions: ['06.4'],
    published_on: '2026-03-03',
    tags: ['金融'],
  }),
  invented({
    number: null,
    plan_number: '20259901-T-469',
    level: 'national',
    title_zh: '信息技术 云计算 安全即服务能力要求（演示，在研）',
    kind: 'new',
    directions: ['03.6'],
    approved_on: '2025-06-01',
    draft_on: '2026-06-15',
    committee: 'TC28/SC38',
  }),
  invented({
    number: null,
    plan_number: '20259902-T-469',
    level: 'national',
    title_zh: '信息技术 云计算 云服务计量计费要求（演示，在研）',
    kind: 'new',
    directions: ['05.3.3'],
    approved_on: '2025-12-20',
    submitted_on: '2026-10-01',
    committee: 'TC28/SC38',
  }),
  invented({
    number: null,
    plan_number: '2026-9903T-YD',
    level: 'industry',
    sector: 'YD',
    title_zh: '政务云 服务能力要求（演示，在研）',
    kind: 'new',
    directions: ['04.2'],
    approved_on: '2026-03-01',
    tags: ['政务'],
  }),
]);

const INVENTED_ENTERPRISE =
  '演示数据：虚构企业，统一社会信用代码按 GB 32100-2015 算法生成，不对应真实企业。Demo data: an invented enterprise; its credit code is computed, not a real one.';

/** Invented enterprises (示例, marked in their notes) whose codes carry a computed check character. */
export const demoEnterprises = [
  ['示例云原生科技有限公司', '110108', '软件和信息技术服务', '北京', 'medium'],
  ['示例智造云工业互联网有限公司', '320500', '制造', '江苏', 'large'],
  ['示例金融云服务股份有限公司', '310115', '金融', '上海', 'large'],
  ['示例政务云运营有限公司', '440300', '政务', '广东', 'medium'],
  ['示例边缘计算有限公司', '510100', '信息通信', '四川', 'small'],
  ['示例医疗云数据有限公司', '330106', '医疗', '浙江', 'small'],
  ['示例能源云平台有限公司', '420100', '能源', '湖北', 'medium'],
  ['示例交通云网有限公司', '610100', '交通', '陕西', 'micro'],
].map(([name, region, industry, province, size], index) => ({
  name: `${name ?? ''}（示例）`,
  credit_code: completeCreditCode(`91${region ?? ''}9999990${String(index + 1).padStart(2, '0')}`),
  industry: industry ?? null,
  province: province ?? null,
  size: size as 'large' | 'medium' | 'small' | 'micro',
  notes: INVENTED_ENTERPRISE,
}));

/** Invented adoptions: [enterprise index in demoEnterprises, standard number, date, evidence]. */
export const demoAdoptions: [number, string, string, 'certificate' | 'assessment' | 'self_declaration'][] = [
  [0, 'GB/T 32400-2015', '2024-06-18', 'self_declaration'],
  [0, 'GB/T 99001-2025', '2025-12-10', 'certificate'],
  [1, 'GB/T 37741-2019', '2025-11-20', 'assessment'],
  [1, 'T/CESA 9901-2025', '2026-01-15', 'certificate'],
  [2, 'GB/T 31168-2023', '2025-10-30', 'certificate'],
  [2, 'T/CCSA 9902-2026', '2026-04-02', 'assessment'],
  [3, 'GB/T 36325-2018', '2026-02-26', 'assessment'],
  [3, 'GB/T 99002-2026', '2026-05-20', 'self_declaration'],
  [4, 'YD/T 99004-2026', '2026-07-15', 'certificate'],
  [5, 'GB/T 37738-2019', '2026-03-12', 'self_declaration'],
  [6, 'GB/T 99003-2026', '2026-06-06', 'certificate'],
  [7, 'GB/T 36326-2018', '2026-08-21', 'assessment'],
];

/** Loads the demo data set (what is missing only), each record audited; returns how many were added. */
export async function seedDemoData(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const nodes = await trx
      .selectFrom('framework_node')
      .innerJoin('framework', 'framework.id', 'framework_node.framework_id')
      .select(['framework_node.code', 'framework_node.id'])
      // Codes are unique across editions: the demo records are filed under the draft's.
      .where('framework_node.kind', '=', 'direction')
      .execute();
    const directionIds = new Map(nodes.map((node) => [node.code, node.id]));
    let added = 0;
    for (const { directions, ...standard } of demoStandards) {
      const key = standard.number ? ('number' as const) : ('plan_number' as const);
      const value = standard.number ?? standard.plan_number ?? '';
      const exists = await trx
        .selectFrom('standard')
        .select('id')
        .where(key, '=', value)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (exists) continue;
      const { id } = await trx
        .insertInto('standard')
        .values({
          ...standard,
          sector: standard.sector ?? null,
          tags: standard.tags ?? [],
          replaces: standard.replaces ?? [],
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('standard_direction')
        .values(
          directions.map((code) => {
            const directionId = directionIds.get(code);
            if (directionId === undefined) throw new Error(`demo data names an unknown direction ${code}`);
            return { standard_id: id, direction_id: directionId };
          }),
        )
        .execute();
      await trx
        .insertInto('audit_log')
        .values({
          actor_id: null,
          action: 'create',
          entity: 'standard',
          entity_id: String(id),
          before: null,
          after: JSON.stringify({ ...standard, directions, source: 'demo data' }),
          request_id: null,
        })
        .execute();
      added++;
    }
    await seedDemoAdoptions(trx);
    return added;
  });
}

/** The demo enterprises and their adoptions (what is missing only), each audited, inside the seed's transaction. */
async function seedDemoAdoptions(trx: Kysely<Database>): Promise<void> {
  const ids: number[] = [];
  for (const enterprise of demoEnterprises) {
    const existing = await trx
      .selectFrom('enterprise')
      .select('id')
      .where('credit_code', '=', enterprise.credit_code)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const { id } = await trx.insertInto('enterprise').values(enterprise).returning('id').executeTakeFirstOrThrow();
    ids.push(id);
    await trx
      .insertInto('audit_log')
      .values({
        actor_id: null,
        action: 'create',
        entity: 'enterprise',
        entity_id: String(id),
        before: null,
        after: JSON.stringify({ ...enterprise, source: 'demo data' }),
        request_id: null,
      })
      .execute();
  }
  for (const [index, number, adoptedOn, evidence] of demoAdoptions) {
    const standard = await trx
      .selectFrom('standard')
      .select('id')
      .where('number', '=', number)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    const enterpriseId = ids[index];
    if (!standard || enterpriseId === undefined) continue;
    const inserted = await trx
      .insertInto('adoption')
      .values({
        enterprise_id: enterpriseId,
        standard_id: standard.id,
        adopted_on: adoptedOn,
        evidence,
        notes: INVENTED_ENTERPRISE,
      })
      .onConflict((oc) => oc.columns(['enterprise_id', 'standard_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) continue;
    await trx
      .insertInto('audit_log')
      .values({
        actor_id: null,
        action: 'create',
        entity: 'adoption',
        entity_id: String(inserted.id),
        before: null,
        after: JSON.stringify({
          enterpriseId,
          standardId: standard.id,
          standardNumber: number,
          adoptedOn,
          evidence,
          source: 'demo data',
        }),
        request_id: null,
      })
      .execute();
  }
}
