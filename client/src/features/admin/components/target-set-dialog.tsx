import { standardKindLabels, standardLevelLabels } from '@cloudstd/shared/domain/labels';
import { targetSetSchema, updateTargetSetInputSchema, type TargetSet } from '@cloudstd/shared/schemas/target-set';
import { fieldErrorsFromIssues } from '@cloudstd/shared/schemas/messages';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Space,
  Switch,
  type FormRule,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { ZodType } from 'zod';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useRevalidateOnLanguageChange } from '../../../lib/form.ts';
import { pick, useI18n, type Lang } from '../../../lib/i18n.tsx';
import { zodRule } from '../../../lib/zod-rule.ts';
import { getTargetSetsQueryOptions } from '../../../api/get-target-sets.ts';
import { useUpdateTargetSet } from '../api/update-target-set.ts';
import { adminMessages as m } from '../messages.ts';
import {
  countableKinds,
  countableLevels,
  stretchIsBelowGoal,
  targetSetChanges,
  targetSetFormFieldOf,
  targetSetFormFields,
  targetSetToFormValues,
  windowIsBackwards,
  type TargetSetChanges,
  type TargetSetFormField,
  type TargetSetFormValues,
} from '../utils/target-set-form-values.ts';
import { describeChanges, targetSetFieldLabels } from '../utils/target-set-labels.ts';

interface TargetSetDialogProps {
  /** The set to edit; null keeps the dialog closed. */
  targetSet: TargetSet | null;
  onClose: () => void;
}

export function TargetSetDialog({ targetSet, onClose }: TargetSetDialogProps) {
  const { t, lang } = useI18n();
  return (
    <Modal
      open={targetSet !== null}
      title={targetSet ? t(m.editTargetSetTitle, { name: pick(lang, targetSet.nameZh, targetSet.nameEn) }) : ''}
      onCancel={onClose}
      footer={null}
      width={760}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {targetSet && <TargetSetForm targetSet={targetSet} onDone={onClose} />}
    </Modal>
  );
}

const { shape } = updateTargetSetInputSchema;
const DATE = 'YYYY-MM-DD';

/** The shared schema's rule for a value that may be left empty (an empty number or date is null). */
function nullableRule(schema: ZodType, lang: Lang): FormRule {
  return {
    validator: (_rule, value: unknown) => {
      if (value === null || value === undefined) return Promise.resolve();
      const result = schema.safeParse(value);
      if (result.success) return Promise.resolve();
      const [first] = fieldErrorsFromIssues(result.error.issues);
      return Promise.reject(new Error(first ? (lang === 'zh' ? first.messageZh : first.messageEn) : 'Invalid'));
    },
  };
}

/** A save that met a newer version: what the admin tried to change, and the version now in the form. */
interface Conflict {
  current: TargetSet;
  unsaved: TargetSetChanges;
}

function TargetSetForm({ targetSet, onDone }: { targetSet: TargetSet; onDone: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<TargetSetFormValues>();
  useRevalidateOnLanguageChange(form);
  const update = useUpdateTargetSet();
  // The version the form edits: the one opened, or after a conflict the one the server has now.
  const [base, setBase] = useState(targetSet);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const error = update.error;

  // The server's field errors go under their fields; whatever has no field goes to the alert.
  const fieldErrors = isApiError(error, 'VALIDATION_FAILED') ? error.fieldErrors : [];
  const unplaced = fieldErrors.filter((fieldError) => targetSetFormFieldOf(fieldError.field) === null);
  useEffect(() => {
    if (!isApiError(error, 'VALIDATION_FAILED')) return;
    const byField = new Map<TargetSetFormField, string[]>();
    for (const fieldError of error.fieldErrors) {
      const name = targetSetFormFieldOf(fieldError.field);
      if (name === null) continue;
      byField.set(name, [...(byField.get(name) ?? []), lang === 'zh' ? fieldError.messageZh : fieldError.messageEn]);
    }
    form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
    // Only a new error is applied; the language switch revalidates on its own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error, form]);
  const showAlert =
    update.isError &&
    !isApiError(error, 'VERSION_CONFLICT') &&
    !(isApiError(error, 'VALIDATION_FAILED') && fieldErrors.length > 0 && unplaced.length === 0);

  const reloadWith = (current: TargetSet, unsaved: TargetSetChanges) => {
    setBase(current);
    setConflict({ current, unsaved });
    const values = targetSetToFormValues(current);
    form.setFields(targetSetFormFields.map((name) => ({ name, value: values[name], errors: [] })));
  };

  const onConflict = async (problemCurrent: unknown, unsaved: TargetSetChanges) => {
    void queryClient.invalidateQueries({ queryKey: getTargetSetsQueryOptions().queryKey });
    const parsed = targetSetSchema.safeParse(problemCurrent);
    if (parsed.success) {
      reloadWith(parsed.data, unsaved);
      return;
    }
    const sets = await queryClient.fetchQuery({ ...getTargetSetsQueryOptions(), staleTime: 0 });
    const current = sets.find((set) => set.key === base.key);
    if (current) reloadWith(current, unsaved);
  };

  const submit = (values: TargetSetFormValues) => {
    const changes = targetSetChanges(base, values);
    if (Object.keys(changes).length === 0) {
      void message.info(t(m.noChanges));
      onDone();
      return;
    }
    update.mutate(
      { key: base.key, changes: { ...changes, version: base.version } },
      {
        onSuccess: (saved) => {
          void message.success(t(m.targetSetSaved, { name: pick(lang, saved.nameZh, saved.nameEn) }));
          onDone();
        },
        onError: (failure) => {
          if (isApiError(failure, 'VERSION_CONFLICT')) void onConflict(failure.problem?.current, changes);
        },
      },
    );
  };

  const label = (field: TargetSetFormField) => t(targetSetFieldLabels[field]);
  const required: FormRule = { required: true, message: t(m.required) };
  const requiredText: FormRule = { required: true, whitespace: true, message: t(m.required) };

  const windowEndRule: FormRule = ({ getFieldValue }) => ({
    validator: (_rule, value: unknown) =>
      windowIsBackwards({
        windowStart: getFieldValue('windowStart') as string | null,
        windowEnd: value as string | null,
      })
        ? Promise.reject(new Error(t(m.windowBackwards)))
        : Promise.resolve(),
  });

  const stretchRule: FormRule = ({ getFieldValue }) => ({
    validator: (_rule, value: unknown) =>
      stretchIsBelowGoal({
        standardsGoal: getFieldValue('standardsGoal') as number | null,
        standardsStretch: (value ?? null) as number | null,
      })
        ? Promise.reject(new Error(t(m.stretchBelowGoal)))
        : Promise.resolve(),
  });

  const dateItemProps = {
    getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value) : null }),
    normalize: (value: Dayjs | null) => (value ? value.format(DATE) : null),
  };
  const datePicker = (
    <DatePicker
      format={DATE}
      placeholder={DATE}
      className="target-set-input"
      // Enter confirms a typed date; it must not also submit the whole form.
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.preventDefault();
      }}
    />
  );

  return (
    <Form<TargetSetFormValues>
      form={form}
      layout="vertical"
      name="target-set"
      initialValues={targetSetToFormValues(targetSet)}
      onFinish={submit}
      onValuesChange={() => {
        if (update.isError) update.reset();
      }}
      disabled={update.isPending}
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="form-alert"
          data-testid="target-set-conflict"
          title={t(m.conflictTitle)}
          description={
            <>
              <p className="alert-text">
                {t(m.conflictDetail, {
                  version: conflict.current.version,
                  at: formatDateTime(conflict.current.updatedAt),
                })}
              </p>
              <p className="alert-text">{t(m.conflictUnsaved)}</p>
              <ul className="alert-list">
                {describeChanges(conflict.unsaved, lang).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          }
          closable={{ onClose: () => setConflict(null), 'aria-label': lang === 'zh' ? '关闭' : 'Close' }}
        />
      )}
      {showAlert && <ApiErrorAlert error={error} className="form-alert" />}
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="nameZh" label={label('nameZh')} rules={[requiredText, zodRule(shape.nameZh.unwrap(), lang)]}>
            <Input maxLength={200} autoFocus />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="nameEn" label={label('nameEn')} rules={[requiredText, zodRule(shape.nameEn.unwrap(), lang)]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="windowStart"
            label={label('windowStart')}
            extra={t(m.windowHelp)}
            rules={[required]}
            {...dateItemProps}
          >
            {datePicker}
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="windowEnd"
            label={label('windowEnd')}
            dependencies={['windowStart']}
            rules={[required, windowEndRule]}
            {...dateItemProps}
          >
            {datePicker}
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="standardsGoal"
            label={label('standardsGoal')}
            rules={[required, nullableRule(shape.standardsGoal.unwrap(), lang)]}
          >
            <InputNumber min={1} precision={0} className="target-set-input" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="standardsStretch"
            label={label('standardsStretch')}
            extra={t(m.stretchHelp)}
            dependencies={['standardsGoal']}
            rules={[nullableRule(shape.standardsStretch.unwrap(), lang), stretchRule]}
          >
            <InputNumber min={1} precision={0} className="target-set-input" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="enterprisesGoal"
            label={label('enterprisesGoal')}
            extra={t(m.enterprisesGoalHelp)}
            rules={[nullableRule(shape.enterprisesGoal.unwrap(), lang)]}
          >
            <InputNumber min={1} precision={0} className="target-set-input" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="enterprisesDue" label={label('enterprisesDue')} {...dateItemProps}>
            {datePicker}
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="countedLevels"
            label={label('countedLevels')}
            required
            rules={[zodRule(shape.countedLevels.unwrap(), lang)]}
          >
            <Checkbox.Group
              role="group"
              aria-label={label('countedLevels')}
              options={countableLevels.map((level) => ({ value: level, label: t(standardLevelLabels[level]) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="countedKinds"
            label={label('countedKinds')}
            required
            rules={[zodRule(shape.countedKinds.unwrap(), lang)]}
          >
            <Checkbox.Group
              role="group"
              aria-label={label('countedKinds')}
              options={countableKinds.map((kind) => ({ value: kind, label: t(standardKindLabels[kind]) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="isDefault"
            label={label('isDefault')}
            valuePropName="checked"
            extra={base.isDefault ? t(m.defaultLocked) : t(m.defaultHelp)}
          >
            <Switch disabled={base.isDefault} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item className="form-actions">
        <Space>
          <Button onClick={onDone}>{t('action.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('action.save')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
