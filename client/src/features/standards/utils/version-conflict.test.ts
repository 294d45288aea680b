import { describe, expect, it } from 'vitest';
import { standardToFormValues } from './standard-form-values.ts';
import { buildStandard } from './testing.ts';
import { compareVersions, overwriteBody, rebaseFormValues } from './version-conflict.ts';

const base = buildStandard({ version: 3 });
// Someone else, meanwhile: a new English title and committee, and the withdrawal date.
const current = buildStandard({
  version: 4,
  titleEn: 'Cloud computing — Vocabulary',
  committee: 'TC28/SC38',
  withdrawnOn: '2026-06-01',
  updatedBy: 'lin',
});
// Me, from version 3: the same committee, another English title, and tags.
const mine = {
  ...standardToFormValues(base),
  titleEn: 'Cloud computing overview',
  committee: 'TC28/SC38',
  tags: ['政务'],
};

describe('compareVersions', () => {
  it('lists every field either side changed, with both values, in form order', () => {
    expect(compareVersions(base, mine, current)).toEqual([
      {
        field: 'titleEn',
        base: base.titleEn,
        mine: 'Cloud computing overview',
        theirs: 'Cloud computing — Vocabulary',
        mineChanged: true,
        theirsChanged: true,
        clash: true,
      },
      {
        field: 'withdrawnOn',
        base: null,
        mine: null,
        theirs: '2026-06-01',
        mineChanged: false,
        theirsChanged: true,
        clash: false,
      },
      {
        field: 'committee',
        base: 'TC28',
        mine: 'TC28/SC38',
        theirs: 'TC28/SC38',
        mineChanged: true,
        theirsChanged: true,
        clash: false,
      },
      { field: 'tags', base: [], mine: ['政务'], theirs: [], mineChanged: true, theirsChanged: false, clash: false },
    ]);
  });

  it('is empty when neither side changed anything', () => {
    expect(compareVersions(base, standardToFormValues(base), base)).toEqual([]);
  });
});

describe('rebaseFormValues / overwriteBody', () => {
  it('keeps my edits and takes their other changes', () => {
    expect(rebaseFormValues(base, mine, current)).toEqual({
      ...standardToFormValues(current),
      titleEn: 'Cloud computing overview',
      tags: ['政务'],
    });
  });

  it('resends my changes against the current version, without undoing theirs', () => {
    expect(overwriteBody(base, mine, current)).toEqual({
      titleEn: 'Cloud computing overview',
      tags: ['政务'],
      version: 4,
    });
  });
});
