import { describe, expect, it } from 'vitest';
import {
  clearEnterpriseFilters,
  enterprisesListUrl,
  enterprisesQueryToSearchParams,
  hasActiveEnterpriseFilters,
  parseEnterprisesQuery,
  withEnterpriseFilters,
} from './enterprises-query.ts';

describe('the enterprises list URL', () => {
  it('reads filters, lists, dates and paging, and writes them back in a fixed order without defaults', () => {
    const query = parseEnterprisesQuery(
      new URLSearchParams(
        'page=2&industry=金融,制造&industry=金融&q= 云 &province=北京&standard=12&adoptedFrom=2026-01-01&sort=name&order=asc',
      ),
    );
    expect(query).toEqual({
      q: '云',
      industry: ['金融', '制造'],
      province: ['北京'],
      standard: 12,
      adoptedFrom: '2026-01-01',
      deleted: 'exclude',
      sort: 'name',
      order: 'asc',
      page: 2,
      pageSize: 20,
    });
    expect(decodeURIComponent(enterprisesQueryToSearchParams(query).toString())).toBe(
      'q=云&industry=金融,制造&province=北京&standard=12&adoptedFrom=2026-01-01&sort=name&order=asc&page=2',
    );
  });

  it('drops what is malformed instead of failing', () => {
    expect(
      parseEnterprisesQuery(
        new URLSearchParams('standard=abc&adoptedTo=2026-02-30&sort=colour&order=up&page=0&pageSize=999&deleted=x'),
      ),
    ).toEqual({ deleted: 'exclude', sort: 'updatedAt', order: 'desc', page: 1, pageSize: 20 });
  });

  it('starts a changed filter on page 1 and clears filters but keeps the view', () => {
    const query = parseEnterprisesQuery(new URLSearchParams('q=x&page=3&deleted=only&pageSize=50'));
    expect(withEnterpriseFilters(query, { province: ['上海'] })).toMatchObject({ page: 1, province: ['上海'], q: 'x' });
    expect(hasActiveEnterpriseFilters(query)).toBe(true);
    const cleared = clearEnterpriseFilters(query);
    expect(hasActiveEnterpriseFilters(cleared)).toBe(false);
    expect(cleared).toMatchObject({ deleted: 'only', pageSize: 50, page: 1 });
  });

  it('builds links with only the filters given', () => {
    expect(enterprisesListUrl({})).toBe('/enterprises');
    expect(enterprisesListUrl({ standard: 7 })).toBe('/enterprises?standard=7');
    expect(decodeURIComponent(enterprisesListUrl({ industry: ['金融'] }))).toBe('/enterprises?industry=金融');
  });
});
