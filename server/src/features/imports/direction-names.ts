/** A node of a loaded framework, as the directions column needs it. */
export interface FrameworkNodeName {
  code: string;
  /** Whether the node belongs to the default framework, whose names win over another edition's. */
  preferred?: boolean;
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
 * Reads the directions column's entries: a leaf code of any loaded edition (`B.2.1`, `02.2.4`, optionally
 * followed by its name), a leaf name in Chinese or English (`云原生`, `Cloud native`; the default
 * edition's leaf when both editions have the name, the other edition's when only it has), or, for names
 * used twice in an edition, the name with its part or group (`基础设施安全/设备安全`, `F.3/设备安全`).
 * Everything else is refused with the reason.
 */
export class DirectionNames {
  private readonly byCode = new Map<string, FrameworkNodeName>();
  private readonly leavesByName = new Map<string, Leaf[]>();
  readonly positions = new Map<string, number>();

  constructor(nodes: readonly FrameworkNodeName[]) {
    for (const node of nodes) this.byCode.set(node.code, node);
    for (const node of nodes) {
      if (node.kind !== 'direction') continue;
      this.positions.set(node.code, node.position);
      const leaf = { node, ancestors: this.ancestorsOf(node) };
      for (const name of new Set([fold(node.nameZh), fold(node.nameEn)])) {
        this.leavesByName.set(name, [...(this.leavesByName.get(name) ?? []), leaf]);
      }
    }
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
    const candidates = this.leavesByName.get(fold(node.nameZh)) ?? [];
    if (candidates.length <= 1) return node.nameZh;
    const parent = this.ancestorsOf(node).at(-1);
    return parent ? `${parent.nameZh}/${node.nameZh}` : node.nameZh;
  }

  lookup(entry: string): DirectionLookup {
    const text = entry.normalize('NFKC').trim();
    const coded = CODE.exec(text);
    if (coded) return this.lookupCode(coded[1] ?? '', coded[2]);

    const parts = text
      .split('/')
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
    // The default edition's leaves first; another edition's only when the default has none that fit.
    const preferred = named.filter((leaf) => leaf.node.preferred);
    const preferredMatches = preferred.filter(qualified);
    const all = preferredMatches.length > 0 || preferred.length === named.length ? preferred : named;
    const matches = preferredMatches.length > 0 ? preferredMatches : named.filter(qualified);
    const [only] = matches;
    if (only && matches.length === 1) return { ok: true, code: only.node.code };
    if (matches.length > 1) {
      const options = matches.map((leaf) => `${leaf.node.code}（${this.qualifiedName(leaf.node.code)}）`);
      const optionsEn = matches.map((leaf) => `${leaf.node.code} (${this.qualifiedName(leaf.node.code)})`);
      return {
        ok: false,
        messageZh: `研制方向“${text}”不唯一：${options.join('、')}；请写编码，或连同所属部分写作如“${this.qualifiedName(matches[0]?.node.code ?? '')}”`,
        messageEn: `The direction “${text}” is ambiguous: ${optionsEn.join(', ')}; write its code, or its name with its part, e.g. “${this.qualifiedName(matches[0]?.node.code ?? '')}”`,
      };
    }
    if (all.length > 0) {
      return {
        ok: false,
        messageZh: `“${parts.join('/')}”下没有研制方向“${name}”；可选：${all.map((leaf) => `${leaf.node.code} ${this.qualifiedName(leaf.node.code)}`).join('、')}`,
        messageEn: `There is no direction “${name}” under “${parts.join('/')}”; there is: ${all.map((leaf) => `${leaf.node.code} ${this.qualifiedName(leaf.node.code)}`).join(', ')}`,
      };
    }
    return {
      ok: false,
      messageZh: `未知的研制方向“${text}”：请写研制方向的编码（如 B.2.1）或名称（如 云原生），见模板的“研制方向”工作表`,
      messageEn: `Unknown direction “${text}”: write the code (e.g. B.2.1) or name (e.g. 云原生) of a direction, listed in the template's directions sheet`,
    };
  }

  private lookupCode(code: string, name: string | undefined): DirectionLookup {
    const node = this.byCode.get(code);
    if (!node) {
      return {
        ok: false,
        messageZh: `未知的研制方向编码“${code}”`,
        messageEn: `Unknown direction code “${code}”`,
      };
    }
    if (node.kind !== 'direction') {
      const leaves = [...this.byCode.values()].filter(
        (candidate) => candidate.kind === 'direction' && candidate.code.startsWith(`${code}.`),
      );
      const examples = leaves.slice(0, 4).map((leaf) => `${leaf.code} ${leaf.nameZh}`);
      return {
        ok: false,
        messageZh: `${code}（${node.nameZh}）是${node.kind === 'part' ? '部分' : '分组'}，不是研制方向；请写其下的研制方向，如 ${examples.join('、')}`,
        messageEn: `${code} (${node.nameEn}) is a ${node.kind}, not a direction; write one of its directions, e.g. ${examples.join(', ')}`,
      };
    }
    if (name !== undefined && fold(name) !== fold(node.nameZh) && fold(name) !== fold(node.nameEn)) {
      return {
        ok: false,
        messageZh: `编码 ${code} 是“${node.nameZh}”，与所写名称“${name}”不符`,
        messageEn: `Code ${code} is “${node.nameEn}”, not “${name}”`,
      };
    }
    return { ok: true, code };
  }
}
