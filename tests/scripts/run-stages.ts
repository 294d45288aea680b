/**
 * `npm test`: every stage of the suite, two at a time, then a table of how long each took. Exits
 * non-zero when any stage fails; a stage whose prerequisite failed is skipped.
 *
 * Every stage is CPU-bound, and none keeps two cores busy all the time: eslint, tsc and vite hold one
 * each; vitest's unit run has idle workers towards its end; an end-to-end test mostly waits on its
 * browser and server. So stages start in list order whenever one of the two slots is free, rather than
 * one phase after another.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

interface Stage {
  name: string;
  /** npm's arguments: a script of the root package or of a workspace, or `exec`. */
  npm: string[];
  /** Stages that must pass first. */
  after?: string[];
}

/*
 * Typed linting builds each package's TypeScript program, so one eslint over the tree is the longest
 * stage by far; the client and the rest take about as long as each other and go on both cores.
 */
const eslint = (name: string, ...args: string[]): Stage => ({
  name: `eslint ${name}`,
  npm: ['exec', '--', 'eslint', '--max-warnings', '0', ...args],
});
/*
 * The order is the start order. The longest chain first: the end-to-end run (it needs the build) is the
 * longest stage and the one that uses least of the machine, so it starts early and runs beside the rest;
 * the unit run comes last because its workers fill both cores by themselves.
 */
const allStages: Stage[] = [
  { name: 'build', npm: ['run', 'build'] },
  { name: 'e2e', npm: ['run', 'test:e2e'], after: ['build'] },
  eslint('client', 'client'),
  eslint('rest', '--ignore-pattern', 'client/**', '.'),
  { name: 'typecheck client', npm: ['run', 'typecheck', '-w', '@cloudstd/client'] },
  // shared, db, server and tests in one program (tsconfig.node.json): each file is checked once.
  { name: 'typecheck node', npm: ['run', 'typecheck:node'] },
  { name: 'prettier+knip', npm: ['run', 'lint:format'] },
  { name: 'unit', npm: ['run', 'test:unit'] },
];
/** `npm test -- unit e2e` runs just those stages (names as printed; `typecheck` means both, `eslint` both). */
const wanted = process.argv.slice(2);
const stages = wanted.length
  ? allStages.filter((stage) => wanted.some((name) => stage.name === name || stage.name.startsWith(`${name} `)))
  : allStages;
const parallel = Number(process.env.TEST_STAGES_PARALLEL ?? availableParallelism());

interface Outcome {
  status: 'passed' | 'failed' | 'skipped';
  seconds: number;
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const startedAll = performance.now();
const elapsed = () => `${((performance.now() - startedAll) / 1000).toFixed(0)} s`;

function run(stage: Stage): Promise<Outcome> {
  const started = performance.now();
  console.log(`[${elapsed()}] ${stage.name} started`);
  return new Promise((resolve) => {
    const child = spawn(npm, ['--silent', ...stage.npm], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const status = code === 0 ? 'passed' : 'failed';
      // Each stage's output is printed whole, so stages that ran side by side do not interleave.
      process.stdout.write(`\n── ${stage.name} (${status}, ${seconds.toFixed(1)} s, at ${elapsed()}) ──\n${output}`);
      resolve({ status, seconds });
    });
  });
}

const outcomes = new Map<string, Outcome>();
/** Prerequisites left out of this run count as done (`npm test -- e2e` after a build). */
const prerequisites = (stage: Stage) =>
  (stage.after ?? []).filter((name) => stages.some((s) => s.name === name)).map((name) => outcomes.get(name));

const waiting = [...stages];
const running = new Map<string, Promise<void>>();
while (waiting.length > 0 || running.size > 0) {
  for (let index = 0; index < waiting.length && running.size < parallel;) {
    const stage = waiting[index]!;
    const before = prerequisites(stage);
    if (before.some((outcome) => outcome === undefined)) {
      index += 1;
      continue;
    }
    waiting.splice(index, 1);
    if (before.some((outcome) => outcome?.status !== 'passed')) {
      outcomes.set(stage.name, { status: 'skipped', seconds: 0 });
      continue;
    }
    running.set(
      stage.name,
      run(stage).then((outcome) => {
        outcomes.set(stage.name, outcome);
        running.delete(stage.name);
      }),
    );
  }
  if (running.size > 0) await Promise.race(running.values());
  else if (waiting.length > 0) throw new Error(`stages wait on each other: ${waiting.map((s) => s.name).join(', ')}`);
}

const total = (performance.now() - startedAll) / 1000;
console.log('\nstage             status    seconds');
for (const stage of stages) {
  const outcome = outcomes.get(stage.name)!;
  console.log(`${stage.name.padEnd(18)}${outcome.status.padEnd(10)}${outcome.seconds.toFixed(1).padStart(7)}`);
}
console.log(`${'total (wall)'.padEnd(28)}${total.toFixed(1).padStart(7)}`);
process.exitCode = [...outcomes.values()].some((outcome) => outcome.status !== 'passed') ? 1 : 0;
