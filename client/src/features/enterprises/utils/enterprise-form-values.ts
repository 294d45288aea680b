import { normaliseCreditCode } from '@cloudstd/shared/domain/credit-code';
import type {
  CreateEnterpriseFormValues,
  Enterprise,
  EnterpriseSize,
  UpdateEnterpriseInput,
} from '@cloudstd/shared/schemas/enterprise';

/** What the enterprise form edits; the override fields matter only for a code failing its check. */
export interface EnterpriseFormValues {
  name: string;
  creditCode: string;
  industry: string | undefined;
  province: string | undefined;
  size: EnterpriseSize | undefined;
  notes: string;
  override: boolean;
  overrideReason: string;
}

export const emptyEnterpriseFormValues: EnterpriseFormValues = {
  name: '',
  creditCode: '',
  industry: undefined,
  province: undefined,
  size: undefined,
  notes: '',
  override: false,
  overrideReason: '',
};

export function enterpriseToFormValues(enterprise: Enterprise): EnterpriseFormValues {
  return {
    name: enterprise.name,
    creditCode: enterprise.creditCode,
    industry: enterprise.industry ?? undefined,
    province: enterprise.province ?? undefined,
    size: enterprise.size ?? undefined,
    notes: enterprise.notes ?? '',
    override: false,
    overrideReason: '',
  };
}

const text = (value: string | undefined) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** The body of POST /enterprises. */
export function formValuesToCreateInput(values: EnterpriseFormValues): CreateEnterpriseFormValues {
  return {
    name: values.name.trim(),
    creditCode: values.creditCode,
    industry: text(values.industry),
    province: text(values.province),
    size: values.size ?? null,
    notes: text(values.notes),
    ...(values.override ? { creditCodeOverride: { reason: values.overrideReason.trim() } } : {}),
  };
}

/** The body of PATCH /enterprises/:id: only what changed, and the version it was changed from. */
export function formValuesToChanges(enterprise: Enterprise, values: EnterpriseFormValues): UpdateEnterpriseInput {
  const next = formValuesToCreateInput(values);
  const changes: UpdateEnterpriseInput = { version: enterprise.version };
  if (next.name !== enterprise.name) changes.name = next.name;
  const code = normaliseCreditCode(values.creditCode);
  if (code !== enterprise.creditCode) {
    changes.creditCode = code;
    if (next.creditCodeOverride) changes.creditCodeOverride = next.creditCodeOverride;
  }
  if (next.industry !== enterprise.industry) changes.industry = next.industry ?? null;
  if (next.province !== enterprise.province) changes.province = next.province ?? null;
  if (next.size !== enterprise.size) changes.size = next.size ?? null;
  if (next.notes !== enterprise.notes) changes.notes = next.notes ?? null;
  return changes;
}
