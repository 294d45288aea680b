/**
 * Direction suggestion benchmark (issue #15): top-1 and top-3 accuracy on suggest-eval.json (real cloud
 * standards with the directions a secretary would choose), cold (an empty registry: the framework's names,
 * scope sentences and the domain cues only) and warm (leave-one-out: every other title of the set is
 * registered), then the p95 of one suggestion with 10,000 registered standards.
 * Goals: top-3 ≥ 85 % cold, ≥ 90 % warm; p95 ≤ 20 ms. Prints the titles it still gets wrong.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DirectionSuggester, type RegisteredTitle } from '@cloudstd/shared/domain/direction-suggest';
import { flattenFrameworkTree } from '@cloudstd/shared/domain/framework-tree';
import { frameworkFileSchema } from '@cloudstd/shared/schemas/framework';
import { percentile } from './bench-kit.ts';

interface EvalItem {
  number: string;
  titleZh: string;
  directions: string[];
  source: string;
}

const evalSet = JSON.parse(readFileSync(new URL('./suggest-eval.json', import.meta.url), 'utf8')) as {
  framework: string;
  items: EvalItem[];
};
const frameworkFile = frameworkFileSchema.parse(
  JSON.parse(readFileSync(new URL(`../../../shared/src/framework/${evalSet.framework}.json`, import.meta.url), 'utf8')),
);
const nodes = flattenFrameworkTree(frameworkFile);

/** The number without its year: the editions of one standard are one title for leave-one-out. */
const familyOf = (number: string | null) => (number ?? '').replace(/-\d{4}$/, '');

function evaluate(name: string, suggester: DirectionSuggester, leaveOneOut: boolean): void {
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const item of evalSet.items) {
    const ranked = suggester
      .suggest(item.titleZh, {
        limit: 3,
        ...(leaveOneOut
          ? {
              exclude: (standard: RegisteredTitle) =>
                familyOf(standard.number) === familyOf(item.number) || standard.titleZh === item.titleZh,
            }
          : {}),
      })
      .map((suggestion) => suggestion.code);
    if (ranked[0] !== undefined && item.directions.includes(ranked[0])) top1 += 1;
    if (ranked.some((code) => item.directions.includes(code))) top3 += 1;
    else
      misses.push(`  ${item.number} ${item.titleZh}: expected ${item.directions.join('/')}, got ${ranked.join(', ')}`);
  }
  const n = evalSet.items.length;
  const pct = (count: number) => `${((100 * count) / n).toFixed(1)} %`;
  console.log(`${name}: top-1 ${top1}/${n} (${pct(top1)}), top-3 ${top3}/${n} (${pct(top3)})`);
  for (const miss of misses) console.log(miss);
}

console.log(`suggest bench: ${evalSet.items.length} real standards, framework ${evalSet.framework}`);
evaluate('cold (empty registry)', new DirectionSuggester(nodes), false);
const registered = evalSet.items.map((item) => ({
  number: item.number,
  titleZh: item.titleZh,
  directions: item.directions.slice(0, 1),
}));
evaluate('warm (leave-one-out)', new DirectionSuggester(nodes, registered), true);

// Latency: 10,000 registered titles. Beyond the real ones they are generated bench fillers (not standards):
// the real titles' words recombined, so the index has realistic bigrams and posting lengths.
const codes = nodes.filter((node) => node.kind === 'direction').map((node) => node.code);
const words = evalSet.items.flatMap((item) => item.titleZh.split(/\s+/));
const big: RegisteredTitle[] = [...registered];
for (let i = 0; big.length < 10_000; i += 1) {
  const pick = (k: number) => words[(i * 7919 + k * 104_729) % words.length] ?? '';
  big.push({
    number: `BENCH-${i}`,
    titleZh: `${pick(1)} ${pick(2)} ${pick(3)}`,
    directions: [codes[i % codes.length] ?? 'A.1'],
  });
}
let start = performance.now();
const warmSuggester = new DirectionSuggester(nodes, big);
console.log(`index of ${big.length.toLocaleString('en')} titles built in ${(performance.now() - start).toFixed(0)} ms`);
const samples: number[] = [];
for (let round = 0; round < 5; round += 1) {
  for (const item of evalSet.items) {
    start = performance.now();
    warmSuggester.suggest(item.titleZh);
    samples.push(performance.now() - start);
  }
}
console.log(
  `suggest at 10,000 registered: p50 ${percentile(samples, 50).toFixed(2)} ms, p95 ${percentile(samples, 95).toFixed(2)} ms (goal ≤ 20 ms)`,
);
