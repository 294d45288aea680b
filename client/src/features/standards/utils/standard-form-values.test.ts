import { describe, expect, it } from 'vitest';
import {
  changedFields,
  emptyStandardFormValues,
  formValuesToInput,
  hasChanges,
  standardToFormValues,
  standardToInput,
  updateBody,
} from './standard-form-values.ts';
import { buildStandard } from './testing.ts';

describe('formValuesToInput', () => {
  it('normalises numbers, blanks and lists the way the server stores them', () => {
    expect(
      formValuesToInput({
        ...emptyStandardFormValues,
        number: ' gb/t 32400—2015 ',
        planNumber: '',
        titleZh: '  信息技术 云计算 概览与词汇 ',
        titleEn: '   ',
        kind: 'revision',
        replaces: ['gb/t 1-2010', 'GB/T 1-2010', ''],
        directions: ['01.1', '01.1', '02.2.4'],
        publishedOn: '2015-12-31',
        committee: 'tc28 / sc38',
        internationalRef: ' ISO/IEC 17788:2014 ',
        internationalDegree: 'IDT',
        planIssuedOn: '2023-06-15',
        planPeriodMonths: 24,
        planExtensions: [
          { grantedOn: '2026-01-10', dueOn: '2026-12-31', reason: ' 第二次 ' },
          { grantedOn: '2025-05-20', dueOn: '2026-06-30', reason: '等待国际标准' },
        ],
        draftingOrganisations: [' 中国电子技术标准化研究院 ', '中国电子技术标准化研究院', ''],
        tags: [' 金融 ', '金融', ''],
        notes: '  ',
      }),
    ).toEqual({
      number: 'GB/T 32400-2015',
      planNumber: null,
      titleZh: '信息技术 云计算 概览与词汇',
      titleEn: null,
      kind: 'revision',
      replaces: ['GB/T 1-2010'],
      directions: ['01.1', '02.2.4'],
      approvedOn: null,
      draftOn: null,
      submittedOn: null,
      publishedOn: '2015-12-31',
      inForceOn: null,
      withdrawnOn: null,
      committee: 'TC28/SC38',
      international: { ref: 'ISO/IEC 17788:2014', degree: 'IDT' },
      planIssuedOn: '2023-06-15',
      planPeriodMonths: 24,
      // In the order granted, as the server keeps them.
      planExtensions: [
        { grantedOn: '2025-05-20', dueOn: '2026-06-30', reason: '等待国际标准' },
        { grantedOn: '2026-01-10', dueOn: '2026-12-31', reason: '第二次' },
      ],
      draftingOrganisations: ['中国电子技术标准化研究院'],
      tags: ['金融'],
      notes: null,
    });
  });

  it('sends the level only when no number tells it, and no replaced numbers for a new standard', () => {
    const groupProject = formValuesToInput({ ...emptyStandardFormValues, level: 'group', replaces: ['GB/T 1-2010'] });
    expect(groupProject.level).toBe('group');
    expect(groupProject.replaces).toEqual([]);
    expect(formValuesToInput({ ...emptyStandardFormValues, number: 'GB/T 1-2010', level: 'group' })).not.toHaveProperty(
      'level',
    );
  });

  it('drops an international reference without its degree (the form asks for both)', () => {
    expect(formValuesToInput({ ...emptyStandardFormValues, internationalRef: 'ISO 1' }).international).toBeNull();
  });

  it('keeps a number that does not parse as typed, for the server to explain', () => {
    expect(formValuesToInput({ ...emptyStandardFormValues, number: ' XX/T 1-2020 ' }).number).toBe('XX/T 1-2020');
  });
});

describe('standardToFormValues', () => {
  it('is undone by formValuesToInput: an untouched form changes nothing', () => {
    const standard = buildStandard({ tags: ['金融'], notes: 'n', replaces: [], titleEn: null });
    expect(changedFields(standardToInput(standard), formValuesToInput(standardToFormValues(standard)))).toEqual({});
    expect(standardToFormValues(standard)).toMatchObject({ titleEn: '', internationalRef: 'ISO/IEC 17788:2014' });
  });
});

describe('updateBody', () => {
  it('sends only the changed fields and the version they were made against', () => {
    const standard = buildStandard();
    const values = {
      ...standardToFormValues(standard),
      titleEn: 'Cloud computing',
      withdrawnOn: '2026-01-01',
      tags: ['政务'],
    };
    expect(updateBody(standard, values)).toEqual({
      titleEn: 'Cloud computing',
      withdrawnOn: '2026-01-01',
      tags: ['政务'],
      version: 3,
    });
  });

  it('sends a cleared field as null and an unchanged edit as nothing', () => {
    const standard = buildStandard();
    expect(updateBody(standard, { ...standardToFormValues(standard), internationalRef: '', committee: ' ' })).toEqual({
      international: null,
      committee: null,
      version: 3,
    });
    const untouched = updateBody(standard, { ...standardToFormValues(standard), number: 'gb/t 32400—2015' });
    expect(untouched).toEqual({ version: 3 });
    expect(hasChanges(untouched)).toBe(false);
  });

  it('never clears the level when a number takes over from it', () => {
    const groupProject = buildStandard({ number: null, level: 'group' });
    expect(updateBody(groupProject, { ...standardToFormValues(groupProject), number: 'T/CESA 1234-2022' })).toEqual({
      number: 'T/CESA 1234-2022',
      version: 3,
    });
  });
});
