import { describe, expect, it } from 'vitest';
import { parseDashboardSearch, withDashboardSearch } from './dashboard-search.ts';

const parse = (search: string) => parseDashboardSearch(new URLSearchParams(search));

describe('parseDashboardSearch', () => {
  it('reads the as-of date and the target set', () => {
    expect(parse('asOf=2026-06-30&targetSet=goals-2027-draft-edition')).toEqual({
      asOf: '2026-06-30',
      targetSet: 'goals-2027-draft-edition',
    });
  });

  it('leaves both undefined for an empty URL (today, the default set)', () => {
    expect(parse('')).toEqual({ asOf: undefined, targetSet: undefined });
  });

  it('drops a date that does not exist or is not YYYY-MM-DD', () => {
    expect(parse('asOf=2026-02-30').asOf).toBeUndefined();
    expect(parse('asOf=30/06/2026').asOf).toBeUndefined();
    expect(parse('asOf=').asOf).toBeUndefined();
  });

  it('drops a malformed target-set key but keeps any well-formed one for the server to judge', () => {
    expect(parse('targetSet=<script>').targetSet).toBeUndefined();
    expect(parse(`targetSet=${'a'.repeat(101)}`).targetSet).toBeUndefined();
    expect(parse('targetSet=no-such-set').targetSet).toBe('no-such-set');
  });
});

describe('the edition in the URL', () => {
  it('reads and writes framework after the date and the set', () => {
    expect(parse('framework=cloud-computing-draft').framework).toBe('cloud-computing-draft');
    expect(parse('framework=<x>').framework).toBeUndefined();
    const params = withDashboardSearch(new URLSearchParams('framework=a&asOf=2026-06-30'), { targetSet: 'b' });
    expect(params.toString()).toBe('asOf=2026-06-30&targetSet=b&framework=a');
  });
});

describe('withDashboardSearch', () => {
  it('sets the view in a fixed order, so equal views have equal links', () => {
    const params = withDashboardSearch(new URLSearchParams('targetSet=b'), { asOf: '2026-06-30' });
    expect(params.toString()).toBe('asOf=2026-06-30&targetSet=b');
  });

  it('removes a parameter set to undefined and keeps unrelated ones', () => {
    const params = withDashboardSearch(new URLSearchParams('asOf=2026-06-30&targetSet=b&utm=x'), {
      asOf: undefined,
    });
    expect(params.toString()).toBe('targetSet=b&utm=x');
  });

  it('drops malformed values already in the URL', () => {
    expect(withDashboardSearch(new URLSearchParams('asOf=bad'), { targetSet: 'a' }).toString()).toBe('targetSet=a');
  });
});
