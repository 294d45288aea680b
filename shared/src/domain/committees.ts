/**
 * Standardisation committees (归口) by code, with their current names: breakdowns and exports show one
 * bucket per committee under the name it has today. A renamed committee keeps its code; `formerNamesZh`
 * lets a name typed as printed on an older cover find it.
 */
export interface Committee {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly formerNamesZh?: readonly string[];
}

export const committees: readonly Committee[] = [
  {
    code: 'TC28',
    nameZh: '全国信息技术标准化技术委员会',
    nameEn: 'National Information Technology Standardization Technical Committee',
  },
  {
    code: 'TC28/SC38',
    nameZh: '云计算和分布式平台分技术委员会',
    nameEn: 'Subcommittee on Cloud Computing and Distributed Platforms',
  },
  {
    code: 'TC260',
    nameZh: '全国网络安全标准化技术委员会',
    nameEn: 'National Cybersecurity Standardization Technical Committee',
    formerNamesZh: ['全国信息安全标准化技术委员会'],
  },
  {
    code: 'TC485',
    nameZh: '全国通信标准化技术委员会',
    nameEn: 'National Communication Standardization Technical Committee',
  },
];

const byCode: ReadonlyMap<string, Committee> = new Map(committees.map((committee) => [committee.code, committee]));
const byName: ReadonlyMap<string, Committee> = new Map(
  committees.flatMap((committee) =>
    [committee.nameZh, committee.nameEn, ...(committee.formerNamesZh ?? [])].map(
      (name) => [name.toUpperCase().replace(/\s+/g, ''), committee] as const,
    ),
  ),
);

const codePattern = /(?:SAC\/?)?TC(\d+)(?:\/?SC(\d+))?(?:\/?WG(\d+))?/;

/** The code inside a compact upper-case text (`SAC/TC28/SC38` → `TC28/SC38`), or null. */
function codeIn(compact: string, whole: boolean): string | null {
  const match = (whole ? new RegExp(`^${codePattern.source}$`) : codePattern).exec(compact);
  if (match === null) return null;
  const [, tc, sc, wg] = match;
  return [`TC${tc ?? ''}`, sc && `SC${sc}`, wg && `WG${wg}`].filter(Boolean).join('/');
}

/**
 * One committee, one code: `SAC/TC 28/SC 38`, `TC28/SC38`, `tc28sc38` → `TC28/SC38`;
 * `全国信息技术标准化技术委员会(SAC/TC 28)` → `TC28` (the code in brackets wins); a current or former name
 * in the table → its code. Anything else (an industry body, a ministry) is kept exactly as written.
 */
export function normaliseCommittee(input: string): string {
  const text = input.normalize('NFKC').trim().replace(/\s+/g, ' ');
  const compact = text.toUpperCase().replace(/\s+/g, '');
  const code = codeIn(compact, true);
  if (code !== null) return code;
  const bracketed = /\(([^()]*)\)$/.exec(compact);
  const inBrackets = bracketed ? codeIn(bracketed[1] ?? '', true) : null;
  if (inBrackets !== null) return inBrackets;
  // `TC28 全国信息技术标准化技术委员会`, as the exports write it: the code, then a name of the table.
  const leading = /^(?:SAC\/?)?TC\d+(?:\/?SC\d+)?(?:\/?WG\d+)?/.exec(compact);
  if (leading !== null && byName.has(compact.slice(leading[0].length))) return codeIn(leading[0], true) ?? text;
  return byName.get(compact)?.code ?? input;
}

/** How a committee is written in lists and exports: `TC28/SC38 云计算和分布式平台分技术委员会`; unknown codes alone. */
export function committeeLabel(code: string, lang: 'zh' | 'en'): string {
  const committee = byCode.get(code);
  if (committee === undefined) return code;
  return `${code} ${lang === 'zh' ? committee.nameZh : committee.nameEn}`;
}

/** A committee's current name, by its code; undefined for codes not in the table and free-text bodies. */
export function findCommittee(code: string): Committee | undefined {
  return byCode.get(code);
}
