// The batch recipes of docs/batch.md cannot rot: the xargs -P recipe is taken from the page and
// run for real (its merge must equal the sweep without --shard), the Kubernetes manifest is
// parsed and checked against the Job fields it relies on, and the Slurm script's array range
// against its N.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, cli, scratch } from './helpers.js';

const dir = scratch();
const page = readFileSync(join(ROOT, 'docs/batch.md'), 'utf8');

/** The fenced sh block after `<!-- recipe: NAME -->` in docs/batch.md. */
function recipe(name: string): string {
  const match = new RegExp(`<!-- recipe: ${name} -->\\n\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(page);
  if (!match) throw new Error(`docs/batch.md has no "recipe: ${name}" block`);
  return match[1];
}

/** The orgflow arguments of a shard's command line, without --shard and --out: the unsharded command. */
function unshardedArgs(line: string): string[] {
  const words = line.trim().split(/\s+/);
  const start = words.indexOf('orgflow');
  const shard = words.indexOf('--shard');
  expect(start).toBeGreaterThanOrEqual(0);
  expect(shard).toBeGreaterThan(start);
  const rest = words.slice(shard + 2);
  expect(rest[0]).toBe('--out');
  return [...words.slice(start + 1, shard), ...rest.slice(2)].filter((w) => w !== '--quiet');
}

describe('docs/batch.md: the xargs -P recipe', () => {
  it('runs the shards four at a time and merges them into the sweep table and CSV the unsharded sweep gives', async () => {
    const script = recipe('xargs');
    const shardLine = script.split('\n').find((line) => line.includes('--shard'));
    expect(shardLine).toMatch(/xargs -P \d+/);
    const args = unshardedArgs(shardLine ?? '');
    expect(args[0]).toBe('sweep');

    // A folder as a user would have it: orgflow on the PATH and the shipped scenarios.
    const work = join(dir, 'xargs');
    const bin = join(dir, 'bin');
    mkdirSync(work);
    mkdirSync(bin);
    symlinkSync(join(ROOT, 'scenarios'), join(work, 'scenarios'));
    writeFileSync(join(bin, 'orgflow'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(bin, 'orgflow'), 0o755);
    const run = spawnSync('sh', ['-e', '-c', script], {
      cwd: work,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '', FORCE_COLOR: '', DEBUG: '' },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    const csv = join(dir, 'unsharded.csv');
    const [table, withCsv] = await Promise.all([cli(args), cli([...args, '--quiet', '--csv', csv])]);
    expect(table.code).toBe(0);
    expect(withCsv.code).toBe(0);
    expect(readFileSync(join(work, 'sweep.txt'), 'utf8')).toBe(table.stdout);
    expect(readFileSync(join(work, 'sweep.csv'))).toEqual(readFileSync(csv));
  }, 600_000);
});

/** The Job fields the manifest relies on; anything else Kubernetes may default. */
const container = z.object({
  name: z.string(),
  image: z.string().min(1),
  command: z.array(z.string()),
  args: z.array(z.string()).length(1),
  volumeMounts: z.array(z.object({ name: z.string(), mountPath: z.string() })),
});
const jobSpec = z.object({
  template: z.object({
    spec: z.object({
      restartPolicy: z.literal('Never'),
      containers: z.array(container).length(1),
      volumes: z.array(z.object({ name: z.string(), persistentVolumeClaim: z.object({ claimName: z.string() }) })),
    }),
  }),
});
const job = z.object({ apiVersion: z.literal('batch/v1'), kind: z.literal('Job'), metadata: z.object({ name: z.string() }) });
const indexedJob = job.extend({
  spec: jobSpec.extend({ completionMode: z.literal('Indexed'), completions: z.int().positive(), parallelism: z.int().positive() }),
});
const mergeJob = job.extend({ spec: jobSpec });
const claim = z.object({
  apiVersion: z.literal('v1'),
  kind: z.literal('PersistentVolumeClaim'),
  metadata: z.object({ name: z.string() }),
  spec: z.object({ accessModes: z.array(z.literal('ReadWriteMany')).min(1) }),
});

describe('docs/batch/orgflow-sweep-job.yaml', () => {
  const documents = parseAllDocuments(readFileSync(join(ROOT, 'docs/batch/orgflow-sweep-job.yaml'), 'utf8'));
  const [volume, shards, merge] = (Array.isArray(documents) ? documents : [documents]).map((d) => {
    expect(d.errors).toEqual([]);
    return d.toJS() as unknown;
  });

  it('is a shared claim, an Indexed Job whose completions are the N of its --shard, and a merge Job waiting for N parts', () => {
    const pvc = claim.parse(volume);
    const indexed = indexedJob.parse(shards);
    const merging = mergeJob.parse(merge);
    const n = indexed.spec.completions;
    const [shardContainer] = indexed.spec.template.spec.containers;
    const command = shardContainer.args[0];
    expect(shardContainer.command).toEqual(['sh', '-c']);
    expect(command).toContain(`--shard $((JOB_COMPLETION_INDEX + 1))/${n} `);
    expect(command).toMatch(/--out \/parts\/part-\$\(\(JOB_COMPLETION_INDEX \+ 1\)\)\.json/);
    expect(command).toMatch(/^orgflow sweep scenarios\/versicherung\.yaml --param /);
    expect(indexed.spec.parallelism).toBeLessThanOrEqual(n);
    const [mergeContainer] = merging.spec.template.spec.containers;
    expect(mergeContainer.args[0]).toContain(`wc -l)" -ge ${n} ]`);
    expect(mergeContainer.args[0]).toMatch(/orgflow merge \/parts\/part-\*\.json/);
    for (const spec of [indexed.spec, merging.spec]) {
      expect(spec.template.spec.volumes[0].persistentVolumeClaim.claimName).toBe(pvc.metadata.name);
      expect(spec.template.spec.containers[0].volumeMounts[0]).toEqual({ name: spec.template.spec.volumes[0].name, mountPath: '/parts' });
    }
  });
});

describe('docs/batch/orgflow-sweep.slurm', () => {
  const script = readFileSync(join(ROOT, 'docs/batch/orgflow-sweep.slurm'), 'utf8');

  it('has an --array range 1-N for the N its shards are cut into, K from SLURM_ARRAY_TASK_ID', () => {
    const array = /^#SBATCH --array=1-(\d+)(%\d+)?$/m.exec(script);
    const n = /^N=(\d+)$/m.exec(script);
    expect(array?.[1]).toBeDefined();
    expect(array?.[1]).toBe(n?.[1]);
    expect(script).toMatch(/^K=\$\{SLURM_ARRAY_TASK_ID\}$/m);
    expect(script).toMatch(/--shard "\$\{K\}\/\$\{N\}" --out "parts\/part-\$\{K\}\.json"/);
    expect(script).toMatch(/--dependency=afterok:\$jobid --wrap 'orgflow merge parts\/part-\*\.json/);
  });

  it('is a valid bash script', () => {
    const check = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
