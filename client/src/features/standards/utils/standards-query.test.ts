import { describe, expect, it } from 'vitest';
import {
  clearFilters,
  defaultStandardsQuery,
  hasActiveFilters,
  parseStandardsQuery,
  standardsQueryToSearchParams,
  withFilters,
} from './standards-query.ts';

const parse = (search: string) => parseStandardsQuery(new URLSearchParams(search));
const serialise = (search: string) => standardsQueryToSearchParams(parse(search)).toString();

describe('parseStandardsQuery', () => {
  it('gives the defaults for an empty URL', () => {
    expect(parse('')).toEqual(defaultStandardsQuery);
  });

  it('reads every filter, sort and page under the API’s names', () => {
    expect(
      parse(
        'q=GB/T+32400&level=national,industry&kind=revision&status=published&asOf=2025-06-30&part=02&direction=02.2.4' +
          '&committee=TC28&publishedFrom=2020-01-01&publishedTo=2025-12-31&deleted=only&sort=number&order=asc&page=3&pageSize=50',
      ),
    ).toEqual({
      q: 'GB/T 32400',
      level: ['national', 'industry'],
      kind: ['revision'],
      status: ['published'],
      asOf: '2025-06-30',
      part: ['02'],
      direction: ['02.2.4'],
      committee: 'TC28',
      publishedFrom: '2020-01-01',
      publishedTo: '2025-12-31',
      deleted: 'only',
      sort: 'number',
      order: 'asc',
      page: 3,
      pageSize: 50,
    });
  });

  it('reads the dashboard’s drill-down: countedFor, and month only with it and not after the as-of date', () => {
    expect(parse('countedFor=goals-2027-2025-edition&asOf=2026-06-15&month=2026-03')).toEqual({
      ...defaultStandardsQuery,
      countedFor: 'goals-2027-2025-edition',
      asOf: '2026-06-15',
      month: '2026-03',
    });
    expect(parse('countedFor=goals-2027-2025-edition&asOf=2026-06-15&month=2026-07').month).toBeUndefined();
    expect(parse('countedFor=goals-2027-2025-edition&month=2026-13').month).toBeUndefined();
    expect(parse('asOf=2026-06-15&month=2026-03')).toEqual({ ...defaultStandardsQuery, asOf: '2026-06-15' });
    const drillDown = 'asOf=2026-06-15&countedFor=goals-2027-2025-edition&month=2026-03';
    expect(serialise(drillDown)).toBe(drillDown);
  });

  it('accepts repeated list parameters and drops duplicates', () => {
    expect(parse('level=group&level=national,group').level).toEqual(['group', 'national']);
  });

  it('drops what it does not understand instead of failing', () => {
    expect(
      parse(
        'level=regional&status=alive&asOf=2025-02-30&direction=cloud&part=2&sort=secret&order=up&page=0&pageSize=1000&deleted=all',
      ),
    ).toEqual(defaultStandardsQuery);
    expect(parse('page=abc&q=%20%20').page).toBe(1);
    expect(parse('q=%20%20').q).toBeUndefined();
  });
});

describe('standardsQueryToSearchParams', () => {
  it('leaves the defaults out, so the plain list has a plain URL', () => {
    expect(standardsQueryToSearchParams(defaultStandardsQuery).toString()).toBe('');
  });

  it('round-trips through the URL in a stable order', () => {
    const search = 'pageSize=50&order=asc&sort=number&level=group,national&q=cloud&page=2';
    expect(serialise(search)).toBe('q=cloud&level=group%2Cnational&sort=number&order=asc&page=2&pageSize=50');
    expect(serialise(serialise(search))).toBe(serialise(search));
    expect(parse(serialise(search))).toEqual(parse(search));
  });
});

describe('withFilters / clearFilters / hasActiveFilters', () => {
  const onPage3 = parse('q=cloud&level=national&asOf=2025-06-30&sort=number&page=3');

  it('starts a changed filter from the first page and drops emptied filters', () => {
    expect(withFilters(onPage3, { level: [] })).toEqual({ ...onPage3, level: undefined, page: 1 });
    expect(withFilters(onPage3, { level: [] })).not.toHaveProperty('level');
    expect(withFilters(onPage3, { q: undefined })).not.toHaveProperty('q');
  });

  it('tells a filtered list from an unfiltered one (the as-of date alone filters nothing)', () => {
    expect(hasActiveFilters(onPage3)).toBe(true);
    expect(hasActiveFilters(parse('asOf=2025-06-30&deleted=only&sort=number'))).toBe(false);
  });

  it('counts the drill-down as a filter, and clearing it keeps the as-of date', () => {
    const drillDown = parse('countedFor=goals-2027-2025-edition&asOf=2026-06-15&month=2026-03');
    expect(hasActiveFilters(drillDown)).toBe(true);
    expect(clearFilters(drillDown)).toEqual({ ...defaultStandardsQuery, asOf: '2026-06-15' });
  });

  it('clears the filters but keeps the as-of date, view and sort', () => {
    expect(clearFilters(onPage3)).toEqual({ ...parse('asOf=2025-06-30&sort=number'), page: 1 });
  });
});
