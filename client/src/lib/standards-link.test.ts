import { describe, expect, it } from 'vitest';
import { standardsListUrl, standardUrl } from './standards-link.ts';

describe('standardsListUrl', () => {
  it('opens a direction', () => {
    expect(standardsListUrl({ direction: ['02.2.4'] })).toBe('/standards?direction=02.2.4');
  });

  it('writes the list’s parameters in its order, lists comma-separated', () => {
    expect(
      standardsListUrl({
        direction: ['02.2.4'],
        asOf: '2026-06-30',
        status: ['published'],
        level: ['national', 'industry'],
      }),
    ).toBe('/standards?level=national%2Cindustry&status=published&asOf=2026-06-30&direction=02.2.4');
  });

  it('encodes a committee and leaves out empty values', () => {
    expect(standardsListUrl({ committee: 'TC28/SC38', asOf: undefined, part: [] })).toBe(
      '/standards?committee=TC28%2FSC38',
    );
    expect(standardsListUrl({})).toBe('/standards');
  });

  it('opens a chart point’s drill-down by the target set, as-of date and month, not by rebuilt filters', () => {
    expect(standardsListUrl({ countedFor: 'goals-2027-2025-edition', asOf: '2026-06-15', month: '2026-03' })).toBe(
      '/standards?asOf=2026-06-15&countedFor=goals-2027-2025-edition&month=2026-03',
    );
  });

  it('round-trips through URLSearchParams as the list reads it', () => {
    const url = standardsListUrl({
      level: ['national', 'industry'],
      publishedFrom: '2025-10-09',
      publishedTo: '2026-01-31',
    });
    const params = new URLSearchParams(url.split('?')[1]);
    expect(params.get('level')?.split(',')).toEqual(['national', 'industry']);
    expect(params.get('publishedFrom')).toBe('2025-10-09');
    expect(params.get('publishedTo')).toBe('2026-01-31');
  });
});

describe('standardUrl', () => {
  it('links a standard’s detail page', () => {
    expect(standardUrl(42)).toBe('/standards/42');
  });
});
