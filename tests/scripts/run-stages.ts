/**
 * `npm test`: every stage of the suite, the independent ones side by side, then a table of how long
 * each took. Exits non-zero when any stage fails; a stage whose prerequisite failed is skipped.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

interface Stage {
  name: string;
  /** npm's arguments: a script of the root package or of a workspace. */
  npm: string[];
  /** Stages that must pass first. */
  after?: string[];
  /** Runs alone with its output streamed (it keeps both cores busy by itself). */
  alone?: boolean;
}

/*
 * eslint, vite and the type checks go two at a time on two cores (longest first);
 * vitest spreads over every core by itself and runs alone.
 */
const typecheck = (workspace: string): Stage => ({
  name: `typecheck ${workspace}`,
  npm: ['run', 'typecheck', '-w', `@cloudstd/${workspace}`],
});
/*
 * Typed linting builds each package's TypeScript program, so one eslint over the tree is the longest
 * stage by far; the client and the rest take about as long as each other and go on both cores.
 */
const eslint = (name: string, ...args: string[]): Stage => ({
  name: `eslint ${name}`,
  npm: ['exec', '--', 'eslint', '--max-warnings', '0', ...args],
});
const allStages: Stage[] = [
  eslint('client', 'client'),
  eslint('rest', '--ignore-pattern', 'client/**', '.'),
  typecheck('client'),
  typecheck('tests'),
  typecheck('server'),
  { name: 'build', npm: ['run', 'build'] },
  typecheck('db'),
  typecheck('shared'),
  { name: 'prettier+knip', npm: ['run', 'lint:format'] },
  { name: 'unit', npm: ['run', 'test:unit'], alone: true },
  { name: 'e2e', npm: ['run', 'test:e2e'], after: ['build'], alone: true },
];
/** `npm test -- unit e2e` runs just those stages (names as printed; `typecheck` means all five, `eslint` both). */
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

function run(stage: Stage, stream: boolean): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['--silent', ...stage.npm], {
      cwd: repoRoot,
      stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const status = code === 0 ? 'passed' : 'failed';
      // Buffered output is printed whole, so stages that ran side by side do not interleave.
      if (!stream) process.stdout.write(`\n── ${stage.name} (${status}, ${seconds.toFixed(1)} s) ──\n${output}`);
      resolve({ status, seconds });
    });
  });
}

const outcomes = new Map<string, Outcome>();
// A prerequisite left out of this run counts as done (`npm test -- e2e` after a build).
const runnable = (stage: Stage) =>
  (stage.after ?? []).every((name) => !stages.some((s) => s.name === name) || outcomes.get(name)?.status === 'passed');
const startedAll = performance.now();

for (let index = 0; index < stages.length;) {
  const stage = stages[index]!;
  if (stage.alone) {
    console.log(`\n── ${stage.name} ──`);
    outcomes.set(stage.name, runnable(stage) ? await run(stage, true) : { status: 'skipped', seconds: 0 });
    index += 1;
    continue;
  }
  // The next run of stages that may go side by side, `parallel` at a time.
  const group: Stage[] = [];
  while (index < stages.length && !stages[index]!.alone) group.push(stages[index++]!);
  const queue = [...group];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      outcomes.set(next.name, runnable(next) ? await run(next, false) : { status: 'skipped', seconds: 0 });
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, group.length) }, worker));
}

const total = (performance.now() - startedAll) / 1000;
console.log('\nstage             status    seconds');
for (const stage of stages) {
  const outcome = outcomes.get(stage.name)!;
  console.log(`${stage.name.padEnd(18)}${outcome.status.padEnd(10)}${outcome.seconds.toFixed(1).padStart(7)}`);
}
console.log(`${'total (wall)'.padEnd(28)}${total.toFixed(1).padStart(7)}`);
process.exitCode = [...outcomes.values()].some((outcome) => outcome.status !== 'passed') ? 1 : 0;
