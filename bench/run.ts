// `npm run bench`: measures orgflow's speed and prints a table; writes bench-results.json.
// Not a test: nothing here fails a build. Options: --quick (fewer, shorter runs while
// developing), --runs N (runs per measurement, default 5), --only a,b (sections:
// throughput, scaling, memory, records, workers, browser, web). See BENCHMARKS.md.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { measureBrowser } from './browser.js';
import { measureWeb } from './web.js';
import { measureMemory, measureWorkers } from './cli-runs.js';
import { printReport, targetsOf } from './report.js';
import { measureRecords } from './records.js';
import { measureScaling } from './scaling.js';
import { log, repoPath } from './support.js';
import { measureThroughput } from './throughput.js';

const SECTIONS = ['throughput', 'scaling', 'memory', 'records', 'workers', 'browser', 'web'] as const;
type Section = (typeof SECTIONS)[number];

function options(argv: readonly string[]) {
  const quick = argv.includes('--quick');
  const runsAt = argv.indexOf('--runs');
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1].split(',') : [...SECTIONS];
  for (const s of only) if (!SECTIONS.includes(s as Section)) throw new Error(`--only: unknown section ${s} (${SECTIONS.join(', ')})`);
  return {
    quick,
    runs: runsAt >= 0 ? Number(argv[runsAt + 1]) : quick ? 1 : 5,
    /** Fraction of the full sizes (a million concerns): --quick runs a tenth. */
    scale: quick ? 0.1 : 1,
    sections: new Set(only as Section[]),
  };
}

async function main(): Promise<void> {
  const opt = options(process.argv.slice(2));
  const few = Math.max(1, Math.min(opt.runs, 3));
  const pkg = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    simjs: pkg.dependencies.simjs,
    loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))),
    date: new Date().toISOString(),
  };
  log(
    `orgflow bench: ${opt.runs} run(s) per measurement${opt.quick ? ' (quick: a tenth of the sizes)' : ''}, load average ${machine.loadAverageAtStart.join(' ')}`,
  );
  const results: Record<string, unknown> = { machine, options: { quick: opt.quick, runs: opt.runs, scale: opt.scale } };
  if (opt.sections.has('throughput')) results.throughput = measureThroughput(opt.runs, opt.scale);
  if (opt.sections.has('scaling')) results.scaling = measureScaling(few, opt.quick ? [1e4, 1e5] : [1e4, 1e5, 1e6]);
  if (opt.sections.has('memory')) results.memory = measureMemory(few, opt.scale);
  if (opt.sections.has('records')) results.records = measureRecords(few, opt.scale);
  if (opt.sections.has('workers')) results.workers = await measureWorkers(few, opt.scale);
  if (opt.sections.has('browser')) results.browser = await measureBrowser(opt.runs);
  if (opt.sections.has('web')) results.web = await measureWeb(opt.runs);
  results.loadAverageAtEnd = loadavg().map((x) => Number(x.toFixed(2)));
  results.targets = targetsOf(results);
  printReport(results);
  // Written whole or not at all.
  const file = repoPath('bench-results.json');
  writeFileSync(`${file}.tmp`, `${JSON.stringify(results, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
  log(`wrote ${file}`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
