import type { Database } from '@cloudstd/db/tables';
import type { ListStandardsQuery } from '@cloudstd/shared/schemas/standard';
import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import { countedAt, type CountingRule } from './counted.ts';
import { statusAsOfSql } from './standard-status.ts';

/** The standards list's filters (everything but sort and paging), as the list and its exports apply them. */
export type StandardsFilter = Omit<
  ListStandardsQuery,
  'sort' | 'order' | 'page' | 'pageSize' | 'countedFor' | 'month' | 'framework'
> & {
  /** `countedFor` (and `month`) resolved: exactly what the set counts on this date (`countedAt`). */
  counted?: { rule: CountingRule; on: string } | undefined;
  /** `framework` resolved: direction and part filters match that edition's rows (filed, derived, override). */
  frameworkId?: number | undefined;
};

/** Escapes LIKE wildcards in user text. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The list's WHERE clause. `q` matches titles, drafting organisations and, ignoring punctuation, spacing and case, numbers:
 * `gbt32400`, `GB/T 32400—2015` and `32400` all find GB/T 32400-2015. Status is computed as of `asOf`.
 */
export function standardsFilter(query: StandardsFilter) {
  const status = statusAsOfSql(query.asOf);
  return (eb: ExpressionBuilder<Database, 'standard'>) => {
    const conditions: Expression<SqlBool>[] = [
      query.deleted === 'only' ? eb('standard.deleted_at', 'is not', null) : eb('standard.deleted_at', 'is', null),
    ];
    if (query.q) {
      const compact = query.q
        .normalize('NFKC')
        .toUpperCase()
        .replace(/[^\p{L}\p{N}]/gu, '');
      const alternatives: Expression<SqlBool>[] = [
        eb('standard.title_zh', 'ilike', likePattern(query.q)),
        eb('standard.title_en', 'ilike', likePattern(query.q)),
        // 起草单位: any drafting organisation's name.
        eb(sql`array_to_string(standard.drafting_organisations, '|')`, 'ilike', likePattern(query.q)),
      ];
      if (compact) {
        const pattern = likePattern(compact);
        alternatives.push(
          eb(sql`regexp_replace(upper(coalesce(standard.number, '')), '[^A-Z0-9]', '', 'g')`, 'like', pattern),
          eb(sql`regexp_replace(upper(coalesce(standard.plan_number, '')), '[^A-Z0-9]', '', 'g')`, 'like', pattern),
        );
      }
      conditions.push(eb.or(alternatives));
    }
    if (query.level?.length) conditions.push(eb('standard.level', 'in', query.level));
    if (query.kind?.length) conditions.push(eb('standard.kind', 'in', query.kind));
    if (query.status?.length) conditions.push(eb(status, 'in', query.status));
    if (query.counted) conditions.push(countedAt(query.counted.rule, query.counted.on)(eb));
    if (query.committee) conditions.push(eb('standard.committee', 'ilike', likePattern(query.committee)));
    if (query.province) {
      // A local number is DB + the province's two digits (DB11/T 1234-2020); the level says it is local.
      conditions.push(
        eb.and([
          eb('standard.level', '=', 'local'),
          eb(sql`substring(standard.number from 3 for 2)`, '=', query.province),
        ]),
      );
    }
    if (query.publishedFrom) conditions.push(eb('standard.published_on', '>=', query.publishedFrom));
    if (query.publishedTo) conditions.push(eb('standard.published_on', '<=', query.publishedTo));
    if (query.direction?.length || query.part?.length) {
      const directions = query.direction ?? [];
      const parts = query.part ?? [];
      conditions.push(
        eb.exists(
          eb
            .selectFrom('standard_direction')
            .innerJoin('framework_node', 'framework_node.id', 'standard_direction.direction_id')
            .select(sql`1`.as('one'))
            .whereRef('standard_direction.standard_id', '=', 'standard.id')
            .$if(query.frameworkId !== undefined, (inner) =>
              inner.where('framework_node.framework_id', '=', query.frameworkId ?? 0),
            )
            .where((inner) =>
              inner.or([
                ...(directions.length ? [inner('framework_node.code', 'in', directions)] : []),
                ...(parts.length ? [inner('framework_node.part_code', 'in', parts)] : []),
              ]),
            ),
        ),
      );
    }
    return eb.and(conditions);
  };
}

const sortColumns = {
  number: 'standard.number',
  titleZh: 'standard.title_zh',
  publishedOn: 'standard.published_on',
  updatedAt: 'standard.updated_at',
  level: 'standard.level',
} as const;

/** The list's order: the chosen column (nulls last), then id, in the chosen direction. */
export function standardsOrder(
  sort: ListStandardsQuery['sort'],
  order: ListStandardsQuery['order'],
): readonly [RawBuilder<unknown>, RawBuilder<unknown>] {
  return [sql`${sql.ref(sortColumns[sort])} ${sql.raw(order)} nulls last`, sql`standard.id ${sql.raw(order)}`];
}
