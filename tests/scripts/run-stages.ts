/**
 * `npm test`: every stage of the suite, the independent ones side by side, then a table of how long
 * each took. Exits non-zero when any stage fails; a stage whose prerequisite failed is skipped.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface Stage {
  name: string;
  /** An npm script of the root package. */
  script: string;
  /** Stages that must pass first. */
  after?: string[];
  /** Runs alone with its output streamed (it keeps both cores busy by itself). */
  alone?: boolean;
}

/*
 * On two cores, the single-threaded checks pair up (tsc, eslint, vite), while vitest spreads over
 * every core by itself: measured on the CI machine, in this order the suite is fastest.
 */
const stages: Stage[] = [
  { name: 'typecheck', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  { name: 'build', script: 'build' },
  { name: 'unit', script: 'test:unit', alone: true },
  { name: 'e2e', script: 'test:e2e', after: ['build'], alone: true },
];
const parallel = Number(process.env.TEST_STAGES_PARALLEL ?? 2);

interface Outcome {
  status: 'passed' | 'failed' | 'skipped';
  seconds: number;
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(stage: Stage, stream: boolean): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', stage.script], {
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
const runnable = (stage: Stage) => (stage.after ?? []).every((name) => outcomes.get(name)?.status === 'passed');
const startedAll = performance.now();

for (let index = 0; index < stages.length; ) {
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
console.log('\nstage       status    seconds');
for (const stage of stages) {
  const outcome = outcomes.get(stage.name)!;
  console.log(`${stage.name.padEnd(12)}${outcome.status.padEnd(10)}${outcome.seconds.toFixed(1).padStart(7)}`);
}
console.log(`${'total'.padEnd(22)}${total.toFixed(1).padStart(7)}`);
process.exitCode = [...outcomes.values()].some((outcome) => outcome.status !== 'passed') ? 1 : 0;
