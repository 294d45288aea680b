import type { Kysely } from 'kysely';
import type { Database, TargetMilestoneTable, TargetSetTable } from '../tables.ts';

type SeedSet = Omit<TargetSetTable, 'id' | 'version' | 'created_at' | 'updated_at' | 'updated_by'>;
type SeedMilestone = Omit<TargetMilestoneTable, 'id' | 'target_set_id' | 'position'>;

const cloudServiceMilestone = (code: string, zh: string, en: string): SeedMilestone => ({
  code: `new-service-${code}`,
  name_zh: `新型云服务标准：${zh}`,
  name_en: `New cloud service standard: ${en}`,
  due_on: '2025-12-31',
  direction_codes: [code],
  kinds: ['new'],
  tag: null,
});

const industryMilestone = (tag: string, en: string): SeedMilestone => ({
  code: `industry-${en.toLowerCase().replace(/[^a-z]+/g, '-')}`,
  name_zh: `行业应用标准：${tag}`,
  name_en: `Industry application standard: ${en}`,
  due_on: '2025-12-31',
  direction_codes: ['04.2'],
  kinds: ['new', 'revision'],
  tag,
});

/** The two target sets of PRODUCT.md §5. Seeding adds what is missing and never overwrites an admin's edits. */
export const seedTargetSets: { set: SeedSet; milestones: SeedMilestone[] }[] = [
  {
    set: {
      key: 'goals-2027-2025-edition',
      name_zh: '2027 年目标（2025 年版指南）',
      name_en: '2027 goals (2025 edition)',
      source: '工业和信息化部、国家标准化管理委员会《云计算综合标准化体系建设指南（2025版）》，2025-10-09',
      is_default: true,
      standards_goal: 30,
      standards_stretch: 50,
      window_start: '2025-10-09',
      window_end: '2027-12-31',
      counted_levels: ['national', 'industry'],
      counted_kinds: ['new'],
      enterprises_goal: 1000,
      enterprises_due: '2027-12-31',
      // The final edition sets no parts goal and no 2025 milestones (PRODUCT.md §5).
      parts_goal: null,
      framework_key: 'cloud-computing-2025',
      enterprise_counting: 'reached',
    },
    milestones: [],
  },
  {
    set: {
      key: 'goals-2027-draft-edition',
      name_zh: '2027 年目标（征求意见稿）',
      name_en: '2027 goals (draft for comment)',
      source: '《云计算综合标准化体系建设指南（征求意见稿）》',
      is_default: false,
      standards_goal: 50,
      standards_stretch: null,
      window_start: '2023-01-01',
      window_end: '2027-12-31',
      counted_levels: ['national', 'industry'],
      counted_kinds: ['new', 'revision'],
      enterprises_goal: null,
      enterprises_due: null,
      parts_goal: 6,
      framework_key: 'cloud-computing-draft',
      enterprise_counting: 'reached',
    },
    milestones: [
      {
        code: 'revise-01.2',
        name_zh: '修订参考架构标准',
        name_en: 'Revise the reference architecture standard',
        due_on: '2025-12-31',
        direction_codes: ['01.2'],
        kinds: ['revision'],
        tag: null,
      },
      {
        code: 'revise-01.1',
        name_zh: '修订术语标准',
        name_en: 'Revise the terminology standard',
        due_on: '2025-12-31',
        direction_codes: ['01.1'],
        kinds: ['revision'],
        tag: null,
      },
      {
        code: 'cloud-native',
        name_zh: '云原生技术与产品标准',
        name_en: 'Cloud-native technology and product standard',
        due_on: '2025-12-31',
        direction_codes: ['02.2.4'],
        kinds: ['new', 'revision'],
        tag: null,
      },
      {
        code: 'inter-cloud',
        name_zh: '边缘云、混合云、分布式云（云际）标准',
        name_en: 'Edge, hybrid and distributed cloud (inter-cloud) standard',
        due_on: '2025-12-31',
        direction_codes: ['02.5.1'],
        kinds: ['new', 'revision'],
        tag: null,
      },
      cloudServiceMilestone('03.3', '数据即服务', 'Data as a Service'),
      cloudServiceMilestone('03.4', '人工智能即服务', 'AI as a Service'),
      cloudServiceMilestone('03.6', '安全即服务', 'Security as a Service'),
      industryMilestone('制造', 'Manufacturing'),
      industryMilestone('软件和信息技术服务', 'Software and IT services'),
      industryMilestone('信息通信', 'ICT'),
      industryMilestone('金融', 'Finance'),
      industryMilestone('政务', 'Government'),
    ],
  },
];

/** Inserts the target sets (and their milestones) that are not there yet; returns how many were added. */
export async function seedDefaultTargetSets(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let added = 0;
    for (const { set, milestones } of seedTargetSets) {
      const existing = await trx.selectFrom('target_set').select('id').where('key', '=', set.key).executeTakeFirst();
      if (existing) continue;
      const hasDefault = await trx
        .selectFrom('target_set')
        .select('id')
        .where('is_default', '=', true)
        .executeTakeFirst();
      const inserted = await trx
        .insertInto('target_set')
        .values({ ...set, is_default: set.is_default && !hasDefault })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (milestones.length > 0) {
        await trx
          .insertInto('target_milestone')
          .values(milestones.map((m, position) => ({ ...m, target_set_id: inserted.id, position })))
          .execute();
      }
      await trx
        .insertInto('audit_log')
        .values({
          actor_id: null,
          action: 'create',
          entity: 'target_set',
          entity_id: set.key,
          before: null,
          after: JSON.stringify(set),
          request_id: null,
        })
        .execute();
      added++;
    }
    return added;
  });
}
