import { directionLabel, directionPathOf } from '@cloudstd/shared/domain/direction-name';

/** A node of a loaded framework, as the directions column needs it. */
export interface FrameworkNodeName {
  code: string;
  /** The key of the framework (edition) the node belongs to. */
  framework?: string;
  kind: 'part' | 'group' | 'direction';
  parentCode: string | null;
  nameZh: string;
  nameEn: string;
  position: number;
}

export type DirectionLookup = { ok: true; code: string } | { ok: false; messageZh: string; messageEn: string };

const CODE = /^((?:\d{2}|[A-Z])(?:\.\d{1,2}){0,3})(?:\s+(.+))?$/;

/** Names as compared: width- and case-folded, without spaces; 其他 and 其它 are the same word. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replaceAll('其他', '其它');
}

interface Leaf {
  node: FrameworkNodeName;
  /** Part and groups above the leaf, top first. */
  ancestors: FrameworkNodeName[];
}

/**
 * Reads the directions column's entries in an edition (`edition`, the framework key the import follows): a
 * leaf code (`B.2.1`, optionally followed by its name or path), a leaf name in Chinese or English (`云原生`,
 * `Cloud native`), or, for names used twice, the name with its part or group (`基础设施安全/设备安全`,
 * `基础设施安全 › 设备安全`, `F.3/设备安全`). Names resolve in the edition first. With `strict` (an import
 * that names its edition) only the edition's codes and names are read, and another edition's code is refused
 * saying whose it is; without it, a code of any loaded edition, and another edition's name when the edition
 * has none that fits. Messages show each leaf by code and path (`F.3.1 基础设施安全 › 设备安全`).
 */
export class DirectionNames {
  private readonly byCode = new Map<string, FrameworkNodeName>();
  private readonly leavesByName = new Map<string, Leaf[]>();
  readonly positions = new Map<string, number>();
  /** Leaf codes of every edition given: a recorded standard's directions filed in another edition stay valid. */
  readonly anyEditionLeaves = new Set<string>();

  constructor(
    nodes: readonly FrameworkNodeName[],
    private readonly edition?: string,
    private readonly strict = false,
  ) {
    for (const node of nodes) this.byCode.set(node.code, node);
    for (const node of nodes) {
      if (node.kind !== 'direction') continue;
      this.anyEditionLeaves.add(node.code);
      this.positions.set(node.code, node.position);
      const leaf = { node, ancestors: this.ancestorsOf(node) };
      for (const name of new Set([fold(node.nameZh), fold(node.nameEn)])) {
        this.leavesByName.set(name, [...(this.leavesByName.get(name) ?? []), leaf]);
      }
    }
  }

  private inEdition(node: FrameworkNodeName): boolean {
    return this.edition === undefined || node.framework === this.edition;
  }

  /** `F.3.1 基础设施安全 › 设备安全`: a leaf as messages show it (shared/src/domain/direction-name.ts). */
  label(code: string, lang: 'zh' | 'en'): string {
    const node = this.byCode.get(code);
    if (!node) return code;
    const parent = node.parentCode === null ? undefined : this.byCode.get(node.parentCode);
    return directionLabel({ code, path: directionPathOf(node, parent?.kind === 'group' ? parent : null) }, lang);
  }

  private ancestorsOf(node: FrameworkNodeName): FrameworkNodeName[] {
    const ancestors: FrameworkNodeName[] = [];
    for (let code = node.parentCode; code !== null;) {
      const parent = this.byCode.get(code);
      if (!parent) break;
      ancestors.unshift(parent);
      code = parent.parentCode;
    }
    return ancestors;
  }

  /** `部署模型/其它`: the shortest qualified name that identifies the leaf. */
  qualifiedName(code: string): string {
    const node = this.byCode.get(code);
    if (!node) return code;
    const candidates = (this.leavesByName.get(fold(node.nameZh)) ?? []).filter(
      (leaf) => leaf.node.framework === node.framework,
    );
    if (candidates.length <= 1) return node.nameZh;
    const parent = this.ancestorsOf(node).at(-1);
    return parent ? `${parent.nameZh}/${node.nameZh}` : node.nameZh;
  }

  lookup(entry: string): DirectionLookup {
    const text = entry.normalize('NFKC').trim();
    const coded = CODE.exec(text);
    if (coded) return this.lookupCode(coded[1] ?? '', coded[2]);

    const parts = text
      .split(/[/›]/)
      .map((part) => part.trim())
      .filter((part) => part !== '');
    const name = parts.pop() ?? '';
    const named = this.leavesByName.get(fold(name)) ?? [];
    const qualified = (leaf: Leaf) =>
      parts.every((qualifier) =>
        leaf.ancestors.some(
          (ancestor) =>
            ancestor.code === qualifier ||
            fold(ancestor.nameZh) === fold(qualifier) ||
            fold(ancestor.nameEn) === fold(qualifier),
        ),
      );
    // The edition's leaves first; another edition's only when lenient and the edition has none that fit.
    const own = named.filter((leaf) => this.inEdition(leaf.node));
    const ownMatches = own.filter(qualified);
    const lenient = !this.strict && ownMatches.length === 0;
    const matches = lenient ? named.filter(qualified) : ownMatches;
    const candidates = this.strict || own.length > 0 ? own : named;
    const [only] = matches;
    if (only && matches.length === 1) return { ok: true, code: only.node.code };
    const list = (leaves: Leaf[], lang: 'zh' | 'en') =>
      leaves.map((leaf) => this.label(leaf.node.code, lang)).join(lang === 'zh' ? '、' : ', ');
    if (matches.length > 1) {
      const example = this.qualifiedName(matches[0]?.node.code ?? '');
      return {
        ok: false,
        messageZh: `研制方向“${text}”不唯一：${list(matches, 'zh')}；请写编码，或连同所属部分或分组写作如“${example}”`,
        messageEn: `The direction “${text}” is ambiguous: ${list(matches, 'en')}; write its code, or its name with its part or group, e.g. “${example}”`,
      };
    }
    if (candidates.length > 0) {
      return {
        ok: false,
        messageZh: `“${parts.join('/')}”下没有研制方向“${name}”；可选：${list(candidates, 'zh')}`,
        messageEn: `There is no direction “${name}” under “${parts.join('/')}”; there is: ${list(candidates, 'en')}`,
      };
    }
    return {
      ok: false,
      messageZh: `未知的研制方向“${text}”${this.inEditionText('zh')}：请写研制方向的编码或名称，见模板的“研制方向”工作表`,
      messageEn: `Unknown direction “${text}”${this.inEditionText('en')}: write the code or name of a direction, listed in the template's directions sheet`,
    };
  }

  private inEditionText(lang: 'zh' | 'en'): string {
    if (this.edition === undefined || !this.strict) return '';
    return lang === 'zh' ? `（${this.edition}）` : ` (${this.edition})`;
  }

  private lookupCode(code: string, name: string | undefined): DirectionLookup {
    const node = this.byCode.get(code);
    if (!node) {
      return {
        ok: false,
        messageZh: `未知的研制方向编码“${code}”${this.inEditionText('zh')}`,
        messageEn: `Unknown direction code “${code}”${this.inEditionText('en')}`,
      };
    }
    if (this.strict && !this.inEdition(node) && node.framework !== undefined && this.edition !== undefined) {
      return {
        ok: false,
        messageZh: `${code} 是 ${node.framework} 的编码，不属于本次导入所按的 ${this.edition}：请写 ${this.edition} 的研制方向，或按 ${node.framework} 导入`,
        messageEn: `${code} is a code of ${node.framework}, not of ${this.edition} this import follows: write a direction of ${this.edition}, or import under ${node.framework}`,
      };
    }
    if (node.kind !== 'direction') {
      const leaves = [...this.byCode.values()].filter(
        (candidate) => candidate.kind === 'direction' && candidate.code.startsWith(`${code}.`),
      );
      const examples = (lang: 'zh' | 'en') => leaves.slice(0, 4).map((leaf) => this.label(leaf.code, lang));
      return {
        ok: false,
        messageZh: `${code}（${node.nameZh}）是${node.kind === 'part' ? '部分' : '分组'}，不是研制方向；请写其下的研制方向，如 ${examples('zh').join('、')}`,
        messageEn: `${code} (${node.nameEn}) is a ${node.kind}, not a direction; write one of its directions, e.g. ${examples('en').join(', ')}`,
      };
    }
    // The name after a code may be the leaf's or its path, as exports write it (`F.3.1 基础设施安全 › 设备安全`).
    const written = [node.nameZh, node.nameEn, this.label(code, 'zh'), this.label(code, 'en')].map((text) =>
      fold(text.replace(code, '')),
    );
    if (name !== undefined && !written.includes(fold(name))) {
      return {
        ok: false,
        messageZh: `编码 ${code} 是“${this.label(code, 'zh')}”，与所写名称“${name}”不符`,
        messageEn: `Code ${code} is “${this.label(code, 'en')}”, not “${name}”`,
      };
    }
    return { ok: true, code };
  }
}
