import {
  createEnterpriseInputSchema,
  updateEnterpriseInputSchema,
  type Enterprise,
} from '@cloudstd/shared/schemas/enterprise';
import { describe, expect, it } from 'vitest';
import {
  emptyEnterpriseFormValues,
  enterpriseToFormValues,
  formValuesToChanges,
  formValuesToCreateInput,
} from './enterprise-form-values.ts';

const stored: Enterprise = {
  id: 7,
  name: '示例云计算有限公司',
  creditCode: '91350100M000100Y43',
  industry: '金融',
  province: '福建',
  size: 'large',
  notes: null,
  version: 3,
  creditCodeOverride: null,
  adoptionCount: 2,
  firstAdoptedOn: '2026-01-01',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  createdBy: 'editor',
  updatedBy: 'editor',
  deletedAt: null,
};

describe('enterprise form values', () => {
  it('creates a body the shared schema accepts, blanks as null, the override only when asked for', () => {
    const input = formValuesToCreateInput({
      ...emptyEnterpriseFormValues,
      name: ' 新企业 ',
      creditCode: '91350100m000100y43',
      industry: '  ',
      notes: '',
    });
    expect(input).toEqual({
      name: '新企业',
      creditCode: '91350100m000100y43',
      industry: null,
      province: null,
      size: null,
      notes: null,
    });
    expect(createEnterpriseInputSchema.parse(input).creditCode).toBe('91350100M000100Y43');
    const overridden = formValuesToCreateInput({
      ...emptyEnterpriseFormValues,
      name: 'x',
      creditCode: '91350100M000100Y44',
      override: true,
      overrideReason: ' 核实过 ',
    });
    expect(overridden.creditCodeOverride).toEqual({ reason: '核实过' });
  });

  it('sends only the changed fields with the version; the same code in another form is no change', () => {
    const values = enterpriseToFormValues(stored);
    expect(formValuesToChanges(stored, values)).toEqual({ version: 3 });
    expect(formValuesToChanges(stored, { ...values, creditCode: '9135 0100 m000 100y 43' })).toEqual({ version: 3 });
    const changes = formValuesToChanges(stored, {
      ...values,
      province: undefined,
      size: 'small',
      notes: '说明',
      creditCode: '91350100M000100Y44',
      override: true,
      overrideReason: '核实过',
    });
    expect(changes).toEqual({
      version: 3,
      province: null,
      size: 'small',
      notes: '说明',
      creditCode: '91350100M000100Y44',
      creditCodeOverride: { reason: '核实过' },
    });
    expect(updateEnterpriseInputSchema.safeParse(changes).success).toBe(true);
  });
});
