import { isoDateSchema } from '@cloudstd/shared/schemas/common';

/**
 * The dashboard's view lives in the URL (`/?asOf=2026-06-30&targetSet=goals-2027-draft-edition`) so a
 * view can be shared as a link. Both are optional: no date means today in Beijing, no set the default.
 */
export type DashboardSearch = {
  asOf?: string | undefined;
  targetSet?: string | undefined;
  /** The edition the coverage and parts follow; undefined: the target set's (else the default). */
  framework?: string | undefined;
};

const TARGET_SET_KEY = /^[A-Za-z0-9][\w.-]{0,99}$/;

/** The view a URL asks for; a malformed value (a hand-edited link) is dropped, so the page always opens. */
export function parseDashboardSearch(params: URLSearchParams): DashboardSearch {
  const asOf = params.get('asOf')?.trim();
  const targetSet = params.get('targetSet')?.trim();
  const framework = params.get('framework')?.trim();
  return {
    asOf: asOf && isoDateSchema.safeParse(asOf).success ? asOf : undefined,
    targetSet: targetSet && TARGET_SET_KEY.test(targetSet) ? targetSet : undefined,
    framework: framework && TARGET_SET_KEY.test(framework) ? framework : undefined,
  };
}

/**
 * `current` with the view's parameters changed; other parameters stay, and an undefined value removes
 * its parameter. The order is fixed (asOf, targetSet, framework), so equal views have equal links.
 */
export function withDashboardSearch(current: URLSearchParams, changes: DashboardSearch): URLSearchParams {
  const merged = { ...parseDashboardSearch(current), ...changes };
  const params = new URLSearchParams();
  if (merged.asOf) params.set('asOf', merged.asOf);
  if (merged.targetSet) params.set('targetSet', merged.targetSet);
  if (merged.framework) params.set('framework', merged.framework);
  for (const [name, value] of current) {
    if (name !== 'asOf' && name !== 'targetSet' && name !== 'framework') params.append(name, value);
  }
  return params;
}
