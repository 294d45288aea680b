import { standardKindLabels } from '@cloudstd/shared/domain/labels';
import { createStandardInputSchema } from '@cloudstd/shared/schemas/standard';
import { Form, Radio, Select } from 'antd';
import { useFramework } from '../../../api/get-framework.ts';
import { checkRule } from '../../../lib/form.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { zodRule } from '../../../lib/zod-rule.ts';
import { standardsMessages as m } from '../messages.ts';
import { replacesProblem } from '../utils/standard-form-checks.ts';
import { canonicalNumber, type StandardFormValues } from '../utils/standard-form-values.ts';
import { standardKinds } from '../utils/standard-labels.ts';
import { DirectionPicker } from './direction-picker.tsx';
import { StandardFormSection } from './standard-form-section.tsx';

/** New or revision (and then what it replaces), and the research directions it serves. */
export function StandardClassificationFields({ initialKind }: { initialKind: StandardFormValues['kind'] }) {
  const { t, lang } = useI18n();
  const form = Form.useFormInstance<StandardFormValues>();
  const kind = Form.useWatch('kind', form) ?? initialKind;
  const framework = useFramework();

  return (
    <StandardFormSection title={t(m.formClassification)}>
      <Form.Item name="kind" label={t(m.kind)}>
        <Radio.Group
          options={standardKinds.map((value) => ({ value, label: t(standardKindLabels[value]) }))}
          optionType="button"
        />
      </Form.Item>
      {kind === 'revision' && (
        <Form.Item
          name="replaces"
          label={t(m.replaces)}
          rules={[checkRule((value) => replacesProblem(value, lang))]}
          normalize={(value: string[] | undefined) => [...new Set((value ?? []).map(canonicalNumber).filter(Boolean))]}
        >
          <Select
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={[',', '，', ';', '；', '、']}
            placeholder={t(m.replacesPlaceholder)}
          />
        </Form.Item>
      )}
      <Form.Item
        name="directions"
        label={t(m.directions)}
        rules={[zodRule(createStandardInputSchema.shape.directions, lang)]}
        required
      >
        <DirectionPicker parts={framework.data?.parts ?? []} loading={framework.isPending} />
      </Form.Item>
    </StandardFormSection>
  );
}
