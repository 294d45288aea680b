import { Alert, Button, Form, Space } from 'antd';
import type { ReactNode } from 'react';
import { useRevalidateOnLanguageChange } from '../../../lib/form.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { useSaveErrorOnFields } from '../hooks/use-save-error-on-fields.ts';
import { standardsMessages as m } from '../messages.ts';
import { saveErrorDisplay } from '../utils/standard-form-checks.ts';
import { earlierEditionsOf } from '../utils/server-errors.ts';
import { emptyStandardFormValues, type StandardFormValues } from '../utils/standard-form-values.ts';
import { MilestoneDateFields } from './milestone-date-fields.tsx';
import { StandardClassificationFields } from './standard-classification-fields.tsx';
import { StandardErrorAlert } from './standard-error-alert.tsx';
import { StandardIdentityFields } from './standard-identity-fields.tsx';
import { StandardMoreFields } from './standard-more-fields.tsx';
import { StandardPlanFields } from './standard-plan-fields.tsx';

interface StandardFormProps {
  initialValues: StandardFormValues;
  onSubmit: (values: StandardFormValues) => void;
  onCancel: () => void;
  /** Every edit, with all values (for the unsaved-changes guard). */
  onValuesChange?: (values: StandardFormValues) => void;
  submitting: boolean;
  /** The last failed save: field errors go to their fields, anything else to an alert above the form. */
  error: unknown;
  /** Shown above the form, e.g. that the record is deleted. */
  notice?: ReactNode;
  /** Saves the values as new (制定) although an earlier edition is registered: the explicit choice. */
  onSubmitAsNew?: (values: StandardFormValues) => void;
}

/** The create and edit form of a standard. Checks run as the user types, with the server's own rules. */
export function StandardForm({
  initialValues,
  onSubmit,
  onCancel,
  onValuesChange,
  submitting,
  error,
  notice,
  onSubmitAsNew,
}: StandardFormProps) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<StandardFormValues>();
  useRevalidateOnLanguageChange(form);
  useSaveErrorOnFields(form, error);
  const errorDisplay = saveErrorDisplay(error, lang);
  const earlier = earlierEditionsOf(error);
  const currentValues = () => ({
    ...emptyStandardFormValues,
    ...(form.getFieldsValue(true) as Partial<StandardFormValues>),
  });

  return (
    <Form<StandardFormValues>
      form={form}
      layout="vertical"
      name="standard"
      initialValues={initialValues}
      onFinish={() => {
        // Hidden fields (replaced numbers of a new standard, the level of a numbered one) keep their values.
        onSubmit({ ...emptyStandardFormValues, ...(form.getFieldsValue(true) as Partial<StandardFormValues>) });
      }}
      onValuesChange={(_changed, values) => {
        onValuesChange?.({ ...emptyStandardFormValues, ...values });
      }}
      scrollToFirstError={{ block: 'center' }}
      disabled={submitting}
      className="standard-form"
    >
      {notice}
      {errorDisplay === 'alert' && <StandardErrorAlert error={error} className="form-alert" />}
      {earlier[0] && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="form-alert"
          data-testid="revision-proposal"
          title={t(m.revisionSuspected, { numbers: earlier.map((edition) => edition.number).join('、') })}
          action={
            <Space orientation="vertical">
              <Button
                type="primary"
                size="small"
                autoInsertSpace={false}
                onClick={() => {
                  form.setFieldsValue({ kind: 'revision', replaces: [earlier[0]?.number ?? ''] });
                  form.submit();
                }}
              >
                {t(m.acceptRevision, { number: earlier[0].number ?? '' })}
              </Button>
              {onSubmitAsNew && (
                <Button size="small" autoInsertSpace={false} onClick={() => onSubmitAsNew(currentValues())}>
                  {t(m.saveAsNewAnyway)}
                </Button>
              )}
            </Space>
          }
        />
      )}
      {errorDisplay === 'fix-fields' && (
        <Alert type="error" showIcon role="alert" className="form-alert" title={t(m.fixErrors)} />
      )}
      <StandardIdentityFields />
      <StandardClassificationFields initialKind={initialValues.kind} />
      <MilestoneDateFields />
      <StandardPlanFields />
      <StandardMoreFields />
      <div className="standard-form-actions">
        <Space>
          <Button onClick={onCancel} autoInsertSpace={false}>
            {t(m.cancel)}
          </Button>
          <Button type="primary" htmlType="submit" loading={submitting} autoInsertSpace={false}>
            {t(m.save)}
          </Button>
        </Space>
      </div>
    </Form>
  );
}
