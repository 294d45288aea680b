import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  checkFrameworkCrosswalk,
  checkFrameworkTree,
  flattenFrameworkTree,
} from '@cloudstd/shared/domain/framework-tree';
import { describe, expect, it } from 'vitest';
import { draftFrameworkPath, finalFrameworkPath, parseFrameworkFile } from './load-framework.ts';

const final = parseFrameworkFile(readFileSync(finalFrameworkPath, 'utf8'), finalFrameworkPath);
const draft = parseFrameworkFile(readFileSync(draftFrameworkPath, 'utf8'), draftFrameworkPath);
/** The guideline's text, kept beside the framework files with its provenance header. */
const guidelineText = readFileSync(path.join(path.dirname(finalFrameworkPath), 'guideline-2025-final.md'), 'utf8');

interface Leaf {
  code: string;
  path: string[];
  nameZh: string;
  scope: string;
}

/**
 * Reads the leaves from the guideline's own text (section 四, 建设内容): parts are the （一）…（六） headings,
 * numbered items are directions, or groups whose "其中，" sentence lists one clause per direction
 * ("X标准主要包括…", separated by "；"). Codes: the part's letter in the figures' order, then the numbering.
 */
function leavesFromGuideline(text: string): Leaf[] {
  const section = text.split('## 四、建设内容')[1]?.split('## 五、')[0] ?? '';
  const parts = section.split(/^### （[一二三四五六]）/m).slice(1);
  expect(parts).toHaveLength(6);
  return parts.flatMap((part, partIndex) => {
    const letter = 'ABCDEF'.charAt(partIndex);
    const lines = part
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const partName = lines[0] ?? '';
    const leaves: Leaf[] = [];
    for (let i = 2; i < lines.length; i += 2) {
      const heading = /^(\d+)\.(.+)标准$/.exec(lines[i] ?? '');
      if (!heading) throw new Error(`not an item heading: ${lines[i]}`);
      const [, number, itemName = ''] = heading;
      const paragraph = lines[i + 1] ?? '';
      const code = `${letter}.${number}`;
      const [, listed] = paragraph.split('其中，');
      if (listed === undefined) {
        leaves.push({ code, path: [partName], nameZh: itemName, scope: paragraph });
        continue;
      }
      listed
        .replace(/。$/, '')
        .split('；')
        .forEach((clause, index) => {
          const name = /^(.+?)标准主要包括/.exec(clause)?.[1];
          if (!name) throw new Error(`not a direction clause: ${clause}`);
          leaves.push({ code: `${code}.${index + 1}`, path: [partName, itemName], nameZh: name, scope: `${clause}。` });
        });
    }
    return leaves;
  });
}

describe('the final 2025 edition as data (cloud-computing-2025.json)', () => {
  const nodes = flattenFrameworkTree(final);
  const byCode = new Map(nodes.map((node) => [node.code, node]));
  const leaves = nodes.filter((node) => node.kind === 'direction');

  it('is a well-formed tree: 6 parts A–F and 53 directions', () => {
    expect(checkFrameworkTree(final)).toEqual([]);
    expect(final.parts.map((part) => part.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(leaves).toHaveLength(53);
    expect(final.issuedOn).toBe('2025-10-09');
    expect(final.source).toMatch(/2025版/);
  });

  it('has exactly the directions, codes, names and scope sentences of section 四 of the guideline', () => {
    const fromText = leavesFromGuideline(guidelineText);
    expect(fromText).toHaveLength(53);
    const fromJson = leaves.map((leaf): Leaf => {
      const path: string[] = [];
      for (let code = leaf.parentCode; code !== null; code = byCode.get(code)?.parentCode ?? null)
        path.unshift(byCode.get(code)?.nameZh ?? '?');
      return { code: leaf.code, path, nameZh: leaf.nameZh, scope: leaf.scope ?? '' };
    });
    expect(fromJson).toEqual(fromText);
  });

  it('gives the two duplicated names distinct codes, paths and English names', () => {
    const twice = leaves.filter((leaf) => leaf.nameZh === '设备安全' || leaf.nameZh === '软件安全');
    expect(twice.map((leaf) => [leaf.code, leaf.parentCode])).toEqual([
      ['F.2.1', 'F.2'],
      ['F.2.2', 'F.2'],
      ['F.3.1', 'F.3'],
      ['F.3.2', 'F.3'],
    ]);
    expect(new Set(leaves.map((leaf) => leaf.nameEn)).size).toBe(53);
  });

  it('carries a crosswalk to the draft that the draft’s directions satisfy', () => {
    const draftCodes = new Set(
      flattenFrameworkTree(draft)
        .filter((node) => node.kind === 'direction')
        .map((node) => node.code),
    );
    expect(checkFrameworkCrosswalk(final, draftCodes)).toEqual([]);
    const crosswalk = final.crosswalk;
    expect(crosswalk?.noSuccessor).toEqual(['02.3', '02.5.3']);
    const added = crosswalk?.directions.filter((entry) => entry.continues.length === 0).map((entry) => entry.code);
    expect(added).toEqual(['A.3', 'F.3.1', 'F.3.2', 'F.3.3', 'F.3.4']);
    const pairs = new Map(crosswalk?.directions.map((entry) => [entry.code, entry.continues]));
    expect(pairs.get('B.2.1')).toEqual(['02.2.4']);
    expect(pairs.get('B.2.4')).toEqual(['02.2.1']);
    expect(pairs.get('E.5.2')).toEqual(['05.5.2']);
    expect(pairs.get('F.4.1')).toEqual(['06.3.1']);
    expect(pairs.get('F.6.3')).toEqual(['06.5.3']);
  });

  it('rejects a crosswalk naming unknown codes or a code on both sides of a “none”, with every reason', () => {
    const draftCodes = new Set(['01.1', '01.2']);
    const broken = structuredClone(final);
    broken.crosswalk = {
      framework: 'cloud-computing-draft',
      directions: [
        { code: 'A.1', continues: ['01.1', '09.9'] },
        { code: 'Z.1', continues: [] },
      ],
      noSuccessor: ['01.1', '08.8'],
    };
    const messages = checkFrameworkCrosswalk(broken, draftCodes).map((error) => error.messageEn);
    expect(messages).toEqual(
      expect.arrayContaining([
        '09.9: not a direction of cloud-computing-draft',
        'Z.1: not a direction of this framework',
        'A.2: the crosswalk does not list this direction',
        '01.1: both continued and listed as having no successor',
        '08.8: not a direction of cloud-computing-draft',
        '01.2: neither continued nor listed as having no successor',
      ]),
    );
    expect(checkFrameworkCrosswalk(broken, null).map((error) => error.field)).toEqual(['crosswalk.framework']);
  });
});
