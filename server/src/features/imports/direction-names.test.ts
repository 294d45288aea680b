import { readFileSync } from 'node:fs';
import { draftFrameworkPath, finalFrameworkPath, parseFrameworkFile } from '@cloudstd/db/seeds/load-framework';
import { flattenFrameworkTree } from '@cloudstd/shared/domain/framework-tree';
import { describe, expect, it } from 'vitest';
import { DirectionNames, type DirectionLookup } from './direction-names.ts';

const names = new DirectionNames(
  flattenFrameworkTree(parseFrameworkFile(readFileSync(draftFrameworkPath, 'utf8'), 'draft')),
);

function code(entry: string): string {
  const found: DirectionLookup = names.lookup(entry);
  if (!found.ok) throw new Error(`${entry}: ${found.messageEn}`);
  return found.code;
}

function refusal(entry: string): string {
  const found = names.lookup(entry);
  if (found.ok) throw new Error(`${entry} was read as ${found.code}`);
  return found.messageZh;
}

describe('the directions column', () => {
  it('reads leaf codes, Chinese and English names, in any width and case', () => {
    expect(code('02.2.4')).toBe('02.2.4');
    expect(code('０２．２．４')).toBe('02.2.4');
    expect(code('云原生')).toBe('02.2.4');
    expect(code('cloud NATIVE')).toBe('02.2.4');
    expect(code('02.2.4 云原生')).toBe('02.2.4');
    expect(code('术语')).toBe('01.1');
    expect(code('云安全术语')).toBe('06.1.1');
  });

  it('needs the part or group for the two directions named 其它 (or 其他)', () => {
    expect(refusal('其它')).toContain('不唯一：02.5.3 部署模型 › 其它、03.7 其它；');
    expect(refusal('其他')).toContain('不唯一');
    expect(code('部署模型/其它')).toBe('02.5.3');
    expect(code('部署模型／其他')).toBe('02.5.3');
    expect(code('服务标准/其它')).toBe('03.7');
    expect(code('02.5/其它')).toBe('02.5.3');
    expect(code('技术与产品标准/部署模型/其它')).toBe('02.5.3');
    expect(code('Other cloud services')).toBe('03.7');
    expect(refusal('管理标准/其它')).toContain('“管理标准”下没有研制方向“其它”');
  });

  it('refuses unknown codes and names, parts and groups, and a code whose name disagrees', () => {
    expect(refusal('09.9')).toContain('未知的研制方向编码');
    expect(refusal('量子计算')).toContain('未知的研制方向“量子计算”');
    expect(refusal('02.2')).toMatch(/02\.2（平台类）是分组.*02\.2\.1 平台类 › 组件/);
    expect(refusal('05')).toContain('是部分');
    expect(refusal('02.2.4 存储')).toContain('与所写名称“存储”不符');
  });

  it('names each leaf the shortest way that identifies it', () => {
    expect(names.qualifiedName('02.5.3')).toBe('部署模型/其它');
    expect(names.qualifiedName('03.7')).toBe('服务标准/其它');
    expect(names.qualifiedName('02.2.4')).toBe('云原生');
    expect(names.positions.size).toBe(50);
  });
});

describe('the directions column in an edition', () => {
  const nodesOf = (path: string, key: string) =>
    flattenFrameworkTree(parseFrameworkFile(readFileSync(path, 'utf8'), key)).map((node) => ({
      ...node,
      framework: key,
    }));
  const both = [
    ...nodesOf(finalFrameworkPath, 'cloud-computing-2025'),
    ...nodesOf(draftFrameworkPath, 'cloud-computing-draft'),
  ];
  const strictFinal = new DirectionNames(both, 'cloud-computing-2025', true);
  const lenientFinal = new DirectionNames(both, 'cloud-computing-2025');

  it('asks for the code of a name two leaves share, showing both paths', () => {
    const found = strictFinal.lookup('设备安全');
    expect(found).toMatchObject({ ok: false });
    if (found.ok) return;
    expect(found.messageZh).toContain('不唯一：F.2.2 安全技术与产品 › 设备安全、F.3.1 基础设施安全 › 设备安全');
    expect(found.messageEn).toContain('F.2.2 Security technologies and products › ');
    expect(strictFinal.lookup('基础设施安全 › 设备安全')).toEqual({ ok: true, code: 'F.3.1' });
    expect(strictFinal.lookup('安全技术与产品/设备安全')).toEqual({ ok: true, code: 'F.2.2' });
    expect(strictFinal.lookup('F.3.1 基础设施安全 › 设备安全')).toEqual({ ok: true, code: 'F.3.1' });
    expect(strictFinal.label('F.3.2', 'zh')).toBe('F.3.2 基础设施安全 › 软件安全');
  });

  it('refuses another edition’s code when strict, naming the edition; reads it when lenient', () => {
    const found = strictFinal.lookup('02.2.4');
    expect(found).toMatchObject({ ok: false });
    if (!found.ok) expect(found.messageZh).toContain('02.2.4 是 cloud-computing-draft 的编码');
    expect(lenientFinal.lookup('02.2.4')).toEqual({ ok: true, code: '02.2.4' });
    // A name of both editions resolves in the edition asked for.
    expect(strictFinal.lookup('云原生')).toEqual({ ok: true, code: 'B.2.1' });
    expect(new DirectionNames(both, 'cloud-computing-draft', true).lookup('云原生')).toEqual({
      ok: true,
      code: '02.2.4',
    });
    // A name only the draft has: lenient reads it, strict does not.
    expect(lenientFinal.lookup('应用类技术与产品')).toEqual({ ok: true, code: '02.3' });
    expect(strictFinal.lookup('应用类技术与产品')).toMatchObject({ ok: false });
  });
});
