import { internationalStageKeys } from '@cloudstd/shared/domain/international-stage';
import { chinaRoles, internationalBodies } from '@cloudstd/shared/schemas/international-item';
import type { ChinaRole, InternationalBody } from '@cloudstd/shared/schemas/international-item';
import type { InternationalStage } from '@cloudstd/shared/domain/international-stage';
import { dateParam, listParam, nonEmpty, oneOf, positiveInt, textParam } from '../../../lib/list-query.ts';

/** The 国际标准 list's state, kept in the URL under the API's parameter names. */
export interface InternationalQuery {
  q?: string | undefined;
  body?: InternationalBody[] | undefined;
  stage?: InternationalStage[] | undefined;
  chinaRole?: ChinaRole[] | undefined;
  /** The date the stage filter and the stage column read; absent: today. */
  asOf?: string | undefined;
  page: number;
  pageSize: number;
}

export function parseInternationalQuery(params: URLSearchParams): InternationalQuery {
  return {
    q: textParam(params, 'q'),
    body: nonEmpty(oneOf(internationalBodies, listParam(params, 'body'))),
    stage: nonEmpty(oneOf(internationalStageKeys, listParam(params, 'stage'))),
    chinaRole: nonEmpty(oneOf(chinaRoles, listParam(params, 'chinaRole'))),
    asOf: dateParam(params, 'asOf'),
    page: positiveInt(params, 'page', 10_000) ?? 1,
    pageSize: positiveInt(params, 'pageSize', 200) ?? 20,
  };
}

/** The query as URL (and API) parameters, in a fixed order; defaults and empty filters left out. */
export function internationalQueryToSearchParams(query: InternationalQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.body?.length) params.set('body', query.body.join(','));
  if (query.stage?.length) params.set('stage', query.stage.join(','));
  if (query.chinaRole?.length) params.set('chinaRole', query.chinaRole.join(','));
  if (query.asOf) params.set('asOf', query.asOf);
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize !== 20) params.set('pageSize', String(query.pageSize));
  return params;
}
