import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const ROOT = path.resolve(__dirname, '..');
/** codegen.yml's outputs: the example client, and the tests' typed documents. */
const GENERATED = [path.join(ROOT, 'client/generated'), path.join(ROOT, 'test/support/generated')];

/** Runs codegen.yml without writing files and prints its outputs as JSON. */
const GENERATE_IN_MEMORY = `
const { generate, loadCodegenConfig } = require('@graphql-codegen/cli');
loadCodegenConfig({ configFilePath: 'codegen.yml' })
  .then(({ config }) => generate({ ...config, silent: true }, false))
  .then((outputs) => process.stdout.write(JSON.stringify(outputs.map(({ filename, content }) => ({ filename, content })))))
  .catch((err) => { console.error(err); process.exit(1); });
`;

test('client/generated and test/support/generated are what `npm run codegen` makes from schema.graphql, operations/ and the tests (run it when this fails)', async () => {
  // In a child process: codegen loads ES modules, which jest's module system cannot.
  const { stdout } = await run(process.execPath, ['-e', GENERATE_IN_MEMORY], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  const outputs = JSON.parse(stdout) as { filename: string; content: string }[];
  const expected = new Map(outputs.map((o) => [path.resolve(ROOT, o.filename), o.content]));
  const onDisk = GENERATED.flatMap((dir) => readdirSync(dir).map((name) => path.join(dir, name)));
  expect(onDisk.sort()).toEqual([...expected.keys()].sort());
  for (const [file, content] of expected) {
    if (readFileSync(file, 'utf8') !== content)
      throw new Error(`${path.relative(ROOT, file)} is stale: run \`npm run codegen\` and commit the result`);
  }
});

test('`npm run schema` runs from the sources, and schema.graphql is what it writes', async () => {
  // package.json's own command (its first step), with --check: it writes nothing.
  const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
  const [node, ...args] = scripts.schema.split(' && ')[0].split(' ');
  expect(node).toBe('node');
  await expect(run(process.execPath, [...args, '--check'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 })).resolves.toBeDefined();
});

test('the generated client type-checks, and its types constrain variables and results (client/type-checks.ts)', async () => {
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  await expect(run(process.execPath, [tsc, '-p', 'client/tsconfig.json'], { cwd: ROOT })).resolves.toBeDefined();
});
