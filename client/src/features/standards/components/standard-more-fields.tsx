import { Col, Form, Input, Row, Select } from 'antd';
import { createStandardInputSchema } from '@cloudstd/shared/schemas/standard';
import { checkRule } from '../../../lib/form.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { zodRule } from '../../../lib/zod-rule.ts';
import { standardsMessages as m } from '../messages.ts';
import {
  committeeProblem,
  internationalDegreeProblem,
  internationalRefProblem,
} from '../utils/standard-form-checks.ts';
import { adoptionDegrees, degreeLabels } from '../utils/standard-labels.ts';
import { StandardFormSection } from './standard-form-section.tsx';

const suggestedTags = ['制造', '金融', '政务', '软件和信息技术服务', '信息通信', '能源', '交通', '医疗'];

/** Committee, the international standard it adopts (reference and degree together), drafting organisations, tags and notes. */
export function StandardMoreFields() {
  const { t, lang } = useI18n();
  return (
    <StandardFormSection title={t(m.formMore)}>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="committee"
            label={t(m.committee)}
            rules={[checkRule((value) => committeeProblem(value, lang))]}
          >
            <Input placeholder={t(m.committeePlaceholder)} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item
            name="internationalRef"
            label={t(m.internationalRef)}
            rules={[
              checkRule((value, { getFieldValue }) =>
                internationalRefProblem(value, getFieldValue('internationalDegree'), lang),
              ),
            ]}
            dependencies={['internationalDegree']}
          >
            <Input placeholder={t(m.internationalRefPlaceholder)} autoComplete="off" spellCheck={false} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            name="internationalDegree"
            label={t(m.internationalDegree)}
            rules={[
              checkRule((value, { getFieldValue }) =>
                internationalDegreeProblem(value, getFieldValue('internationalRef'), lang),
              ),
            ]}
            dependencies={['internationalRef']}
          >
            <Select
              allowClear
              options={adoptionDegrees.map((degree) => ({ value: degree, label: t(degreeLabels[degree]) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="draftingOrganisations"
        label={t(m.draftingOrganisations)}
        extra={t(m.draftingOrganisationsHelp)}
        rules={[zodRule(createStandardInputSchema.shape.draftingOrganisations, lang)]}
      >
        <Select mode="tags" tokenSeparators={[';', '；', '、']} open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item name="tags" label={t(m.tags)} extra={t(m.tagsHelp)}>
        <Select
          mode="tags"
          tokenSeparators={[',', '，', '、']}
          options={suggestedTags.map((tag) => ({ value: tag, label: tag }))}
          placeholder={t(m.tagsPlaceholder)}
        />
      </Form.Item>
      <Form.Item name="notes" label={t(m.notes)} rules={[zodRule(createStandardInputSchema.shape.notes, lang)]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
    </StandardFormSection>
  );
}
