import {
  DIRECTION_CUES,
  SECURITY_WORDS,
  TITLE_BOILERPLATE,
  TITLE_SYNONYMS,
  type DirectionCue,
} from './direction-cues.ts';
import type { DirectionSuggestion, SuggestionReason } from '../schemas/framework.ts';
import type { FlatFrameworkNode } from './framework-tree.ts';

/** A framework node as the suggester needs it (a flattened tree, parents before children). */
export type SuggestFrameworkNode = Pick<FlatFrameworkNode, 'code' | 'kind' | 'parentCode' | 'nameZh' | 'scope'>;

/** A registered standard as evidence: its title and its directions in the edition suggested for. */
export interface RegisteredTitle {
  number: string | null;
  titleZh: string;
  directions: readonly string[];
}

/** ASCII synonyms match whole words only (`api`, not the letters inside another word). */
const SYNONYM_PATTERNS = TITLE_SYNONYMS.map(
  ([from, to]) => [new RegExp(/^[a-z]/.test(from) ? `(?<![a-z])${from}(?![a-z])` : from, 'g'), to] as const,
);

/** Names as compared: width- and case-folded; 其他 and 其它 are the same word. */
export function foldTitle(text: string): string {
  let folded = text.normalize('NFKC').toLowerCase().replaceAll('其他', '其它');
  for (const [from, to] of SYNONYM_PATTERNS) folded = folded.replace(from, to);
  return folded;
}

function isSecurityTitle(folded: string): boolean {
  return SECURITY_WORDS.some((word) => folded.includes(word));
}

/** The words that carry meaning: the folded title without its boilerplate (信息技术 云计算 …) and part numbers. */
function contentOf(folded: string): string {
  let text = folded.replace(/第[0-9一二三四五六七八九十]+部分/g, ' ');
  for (const phrase of TITLE_BOILERPLATE) text = text.replaceAll(phrase, ' ');
  return text;
}

/** Character bigrams of each run of Chinese characters, and ASCII words; a lone character stands for itself. */
export function titleTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const run of text.match(/[\u3400-\u9fff]+|[a-z0-9]+/g) ?? []) {
    if (/^[a-z0-9]/.test(run)) {
      if (run.length > 1 && !/^\d+$/.test(run)) tokens.add(run);
      continue;
    }
    if (run.length === 1) tokens.add(run);
    for (let i = 0; i + 1 < run.length; i += 1) tokens.add(run.slice(i, i + 2));
  }
  return tokens;
}

/** Joins adjacent matched bigrams back into the words a reader recognises (`服务`,`务采`,`采购` → 服务采购). */
function wordsOf(content: string, matched: ReadonlySet<string>): string[] {
  const words: string[] = [];
  for (const run of content.match(/[\u3400-\u9fff]+|[a-z0-9]+/g) ?? []) {
    if (/^[a-z0-9]/.test(run)) {
      if (matched.has(run)) words.push(run);
      continue;
    }
    let start = -1;
    for (let i = 0; i + 1 <= run.length; i += 1) {
      const hit = i + 1 < run.length && matched.has(run.slice(i, i + 2));
      if (hit && start < 0) start = i;
      if (!hit && start >= 0) {
        words.push(run.slice(start, i + 1));
        start = -1;
      }
    }
    if (run.length === 1 && matched.has(run)) words.push(run);
  }
  return [...new Set(words)];
}

interface Leaf {
  code: string;
  nameZh: string;
  name: Set<string>;
  scope: Set<string>;
  ancestors: Set<string>;
  ancestorNames: string[];
  security: boolean;
}

interface IndexedTitle {
  standard: RegisteredTitle;
  tokens: number;
}

const NAME_WEIGHT = 3;
const SCOPE_WEIGHT = 1;
const ANCESTOR_WEIGHT = 1;
const NEIGHBOURS = 5;
const NEIGHBOUR_MIN_SIMILARITY = 0.3;
const NEIGHBOUR_WEIGHT = 24;
/** Leaves of the security part score this share when the title says nothing of security. */
const OFF_TOPIC_SECURITY = 0.25;
/** And the other parts' leaves score this share when it is a security title. */
const OFF_TOPIC_OTHER = 0.6;
const SCORE_SCALE = 20;

function cueFires(cue: DirectionCue, folded: string, security: boolean): string | null {
  if (cue.security !== undefined && cue.security !== security) return null;
  const word = cue.anyOf.find((term) => folded.includes(term));
  if (word === undefined) return null;
  if (cue.with && !cue.with.some((term) => folded.includes(term))) return null;
  return word;
}

/**
 * Ranks one edition's directions for a standard's title. Deterministic and local: the title's character
 * bigrams are matched against each direction's name (weighted most), its group and part names and its
 * scope sentence, each bigram weighted by how few directions share it; domain cues add what the guideline
 * does not spell out (direction-cues.ts); and the registered standards most like the title (bigram Dice
 * similarity over an inverted index) vote for their own directions. Every score carries its reasons.
 */
export class DirectionSuggester {
  private readonly leaves: Leaf[];
  private readonly idf = new Map<string, number>();
  private readonly cueTargets: { cue: DirectionCue; codes: string[] }[];
  private readonly titles: IndexedTitle[] = [];
  private readonly postings = new Map<string, number[]>();
  private overlap = new Uint16Array(0);

  constructor(nodes: readonly SuggestFrameworkNode[], registered: readonly RegisteredTitle[] = []) {
    const byCode = new Map(nodes.map((node) => [node.code, node]));
    this.leaves = nodes
      .filter((node) => node.kind === 'direction')
      .map((node) => {
        const ancestorNames: string[] = [];
        for (let code = node.parentCode; code !== null;) {
          const parent = byCode.get(code);
          if (!parent) break;
          ancestorNames.unshift(parent.nameZh);
          code = parent.parentCode;
        }
        const name = titleTokens(foldTitle(node.nameZh));
        return {
          code: node.code,
          nameZh: node.nameZh,
          name,
          scope: titleTokens(contentOf(foldTitle(node.scope ?? ''))),
          ancestors: titleTokens(ancestorNames.map(foldTitle).join(' ')),
          ancestorNames,
          security: (ancestorNames[0]?.includes('安全') ?? false) || node.nameZh.includes('安全'),
        };
      });
    const documentFrequency = new Map<string, number>();
    for (const leaf of this.leaves) {
      for (const token of new Set([...leaf.name, ...leaf.scope, ...leaf.ancestors])) {
        documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
      }
    }
    for (const [token, count] of documentFrequency) {
      this.idf.set(token, Math.log(1 + this.leaves.length / count));
    }
    this.cueTargets = DIRECTION_CUES.map((cue) => ({ cue, codes: cue.to.flatMap((target) => this.resolve(target)) }));
    for (const standard of registered) this.add(standard);
  }

  /** Leaves a cue names: `名称`, `上级/名称`, or `上级/*` (every leaf under that part or group). */
  private resolve(target: string): string[] {
    const [first, second] = target.split('/');
    if (second === undefined) return this.leaves.filter((leaf) => leaf.nameZh === first).map((leaf) => leaf.code);
    return this.leaves
      .filter((leaf) => leaf.ancestorNames.includes(first ?? '') && (second === '*' || leaf.nameZh === second))
      .map((leaf) => leaf.code);
  }

  /** Adds a registered standard to the neighbours' index. */
  add(standard: RegisteredTitle): void {
    if (standard.directions.length === 0) return;
    const tokens = titleTokens(contentOf(foldTitle(standard.titleZh)));
    const id = this.titles.length;
    this.titles.push({ standard, tokens: tokens.size });
    for (const token of tokens) {
      const list = this.postings.get(token);
      if (list) list.push(id);
      else this.postings.set(token, [id]);
    }
  }

  get registeredCount(): number {
    return this.titles.length;
  }

  /** The registered standards most like the title: bigram Dice similarity, best first, ties by registration order. */
  private neighbours(tokens: ReadonlySet<string>, exclude?: (standard: RegisteredTitle) => boolean) {
    // Shared bigrams counted in a flat array (reused; only the touched ids are read and reset): the
    // common bigrams' long postings stay cheap at ten thousand titles.
    if (this.overlap.length < this.titles.length) this.overlap = new Uint16Array(this.titles.length * 2);
    const overlap = this.overlap;
    const touched: number[] = [];
    for (const token of tokens) {
      for (const id of this.postings.get(token) ?? []) {
        if (overlap[id] === 0) touched.push(id);
        overlap[id] = (overlap[id] ?? 0) + 1;
      }
    }
    const found: { title: IndexedTitle; similarity: number; id: number }[] = [];
    for (const id of touched) {
      const shared = overlap[id] ?? 0;
      overlap[id] = 0;
      const title = this.titles[id];
      if (!title) continue;
      const similarity = (2 * shared) / (tokens.size + title.tokens);
      if (similarity < NEIGHBOUR_MIN_SIMILARITY || exclude?.(title.standard)) continue;
      found.push({ title, similarity, id });
    }
    found.sort((a, b) => b.similarity - a.similarity || a.id - b.id);
    return found.slice(0, NEIGHBOURS);
  }

  /**
   * The directions ranked for a title (at most `limit`, only those with evidence), ties in framework order.
   * `exclude` leaves registered standards out of the neighbours (the bench's leave-one-out).
   */
  suggest(
    titleZh: string,
    options: { titleEn?: string | undefined; limit?: number; exclude?: (standard: RegisteredTitle) => boolean } = {},
  ): DirectionSuggestion[] {
    const folded = foldTitle(`${titleZh} ${options.titleEn ?? ''}`);
    const security = isSecurityTitle(folded);
    const content = contentOf(folded);
    const tokens = titleTokens(content);
    const scores = new Map<string, { score: number; reasons: SuggestionReason[] }>();
    const entry = (code: string) => {
      let found = scores.get(code);
      if (!found) {
        found = { score: 0, reasons: [] };
        scores.set(code, found);
      }
      return found;
    };

    for (const leaf of this.leaves) {
      const damp = leaf.security === security ? 1 : security ? OFF_TOPIC_OTHER : OFF_TOPIC_SECURITY;
      const inName = new Set<string>();
      const inScope = new Set<string>();
      let score = 0;
      for (const token of tokens) {
        const idf = this.idf.get(token);
        if (idf === undefined) continue;
        const weight =
          (leaf.name.has(token) ? NAME_WEIGHT : 0) +
          (leaf.scope.has(token) ? SCOPE_WEIGHT : 0) +
          (leaf.ancestors.has(token) ? ANCESTOR_WEIGHT : 0);
        if (weight === 0) continue;
        score += idf * weight;
        if (leaf.name.has(token) || leaf.ancestors.has(token)) inName.add(token);
        else inScope.add(token);
      }
      if (score === 0) continue;
      const found = entry(leaf.code);
      found.score += score * damp;
      const nameWords = wordsOf(content, inName);
      const scopeWords = wordsOf(content, inScope);
      if (nameWords.length > 0) {
        found.reasons.push({
          kind: 'name',
          words: nameWords,
          messageZh: `标题中的“${nameWords.join('、')}”见于方向名称`,
          messageEn: `The title's “${nameWords.join('、')}” is in the direction's name`,
        });
      }
      if (scopeWords.length > 0) {
        found.reasons.push({
          kind: 'scope',
          words: scopeWords,
          messageZh: `标题中的“${scopeWords.join('、')}”见于方向的范围说明`,
          messageEn: `The title's “${scopeWords.join('、')}” is in the direction's scope`,
        });
      }
    }

    for (const { cue, codes } of this.cueTargets) {
      const word = cueFires(cue, folded, security);
      if (word === null) continue;
      for (const code of codes) {
        const found = entry(code);
        found.score += cue.weight;
        if (!found.reasons.some((reason) => reason.kind === 'cue' && reason.words.includes(word))) {
          found.reasons.push({
            kind: 'cue',
            words: [word],
            messageZh: `“${word}”通常归入该方向`,
            messageEn: `“${word}” usually belongs to this direction`,
          });
        }
      }
    }

    for (const { title, similarity } of this.neighbours(tokens, options.exclude)) {
      const { standard } = title;
      const label = standard.number ?? standard.titleZh;
      for (const code of standard.directions) {
        const found = entry(code);
        found.score += NEIGHBOUR_WEIGHT * similarity;
        found.reasons.push({
          kind: 'similar',
          words: [],
          standard: {
            number: standard.number,
            titleZh: standard.titleZh,
            directions: [...standard.directions],
            similarity: Math.round(similarity * 100) / 100,
          },
          messageZh: `相似的已登记标准 ${label}《${standard.titleZh}》归入 ${standard.directions.join('、')}`,
          messageEn: `The similar registered standard ${label} (${standard.titleZh}) is filed under ${standard.directions.join(', ')}`,
        });
      }
    }

    const order = new Map(this.leaves.map((leaf, index) => [leaf.code, index]));
    return [...scores]
      .filter(([code, { score }]) => score > 0 && order.has(code))
      .sort(([a, x], [b, y]) => y.score - x.score || (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .slice(0, options.limit ?? 5)
      .map(([code, { score, reasons }]) => ({
        code,
        score: Math.round((score / (score + SCORE_SCALE)) * 1000) / 1000,
        reasons,
      }));
  }

  /**
   * How likely a title is a cloud standard (0–1), for picking an announcement's cloud rows: a cloud word
   * (云计算, 云服务, 云原生…; not 云南), a cloud-only technology word, or a registered cloud standard very like it.
   */
  relevance(titleZh: string): { score: number; words: string[] } {
    const folded = foldTitle(titleZh);
    const words: string[] = [];
    const cloud = folded.replaceAll('云南', '').match(/[a-z]*云[\u3400-\u9fff]{0,2}/g) ?? [];
    words.push(...cloud);
    for (const term of CLOUD_TECHNOLOGY) if (folded.includes(term)) words.push(term);
    let score = cloud.length > 0 ? 0.9 : words.length > 0 ? 0.6 : 0;
    const best = this.neighbours(titleTokens(contentOf(folded)))[0];
    if (best && best.similarity >= 0.6) {
      score = Math.max(score, best.similarity);
      words.push(best.title.standard.number ?? best.title.standard.titleZh);
    }
    return { score: Math.round(score * 100) / 100, words: [...new Set(words)] };
  }
}

/** Words whose standards are cloud standards even without 云 in the title. */
const CLOUD_TECHNOLOGY = [
  '容器',
  '微服务',
  '服务网格',
  '无服务器',
  '函数计算',
  '虚拟化',
  '虚拟机',
  '弹性计算',
  '基础设施即服务',
  '平台即服务',
  '软件即服务',
  '超融合',
  '分布式块存储',
  '对象存储',
];
