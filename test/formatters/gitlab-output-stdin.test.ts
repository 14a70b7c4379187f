// --format gitlab, -o/--output-file and --stdin/--stdin-filename, through the built CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { cliPath, connection, repoRoot, runCli } from '../helpers.js';

interface GitlabIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

const gitlab = (args: string[], cwd = repoRoot) => {
  const run = runCli(['--format', 'gitlab', '--today', '2026-11-22', ...args], { cwd });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  return { output: run.stdout, issues: JSON.parse(run.stdout) as GitlabIssue[] };
};

/** A folder that counts as a git repository for the CLI (it looks for `.git`). */
function repository(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bc-lint-gitlab-'));
  mkdirSync(path.join(root, '.git'));
  return root;
}

test('--format gitlab is a Code Quality report with every finding, its severity, repository path and line', () => {
  const { issues } = gitlab(['examples/', 'test/formatters/fixtures/']);
  const json = JSON.parse(runCli(['--format', 'json', '--today', '2026-11-22', 'examples/', 'test/formatters/fixtures/']).stdout) as Array<{
    filePath: string;
    messages: Array<{ ruleId: string; severity: number; message: string; line: number }>;
  }>;
  const expected = json.flatMap((result) =>
    result.messages.map((m) => {
      const severity = m.severity === 1 ? 'minor' : m.ruleId === 'no-plaintext-secret' ? 'critical' : 'major';
      return [path.relative(repoRoot, result.filePath), m.line, m.ruleId, severity, m.message].join(' | ');
    }),
  );
  assert.deepEqual(
    issues.map((issue) => [issue.location.path, issue.location.lines.begin, issue.check_name, issue.severity, issue.description].join(' | ')),
    expected,
  );
  assert.ok(issues.some((issue) => issue.severity === 'minor') && issues.some((issue) => issue.severity === 'critical'));
  for (const issue of issues) {
    assert.deepEqual(Object.keys(issue).sort(), ['check_name', 'description', 'fingerprint', 'location', 'severity']);
    assert.match(issue.fingerprint, /^[0-9a-f]{64}$/);
  }
  assert.equal(new Set(issues.map((issue) => issue.fingerprint)).size, issues.length, 'one fingerprint per issue');
});

test('gitlab fingerprints are stable across runs, follow line content, and hold no secret', () => {
  const root = repository();
  const base = connection({ tokenType: 'stencil-cli', supportPin: '918273', clientSecret: 'Zq8x-client-4471' });
  const write = (name: string, text: string) => writeFileSync(path.join(root, name), text);
  write('a.bigcommerce.connection.yaml', base);
  const first = gitlab(['.'], root);
  assert.deepEqual(gitlab(['.'], root).issues, first.issues, 'the same run twice gives the same report');
  for (const secret of ['918273', 'Zq8x-client-4471']) assert.ok(!first.output.includes(secret));
  const fingerprints = () => Object.fromEntries(gitlab(['.'], root).issues.map((issue) => [`${issue.check_name} ${issue.description}`, issue.fingerprint]));
  const before = fingerprints();
  write('a.bigcommerce.connection.yaml', `# moved down\n\n${base.replace('918273', '111111')}`);
  assert.deepEqual(fingerprints(), before, 'moved lines and another secret value keep their fingerprints');
  // From a subfolder, the path is still relative to the repository root, so fingerprints do not change.
  mkdirSync(path.join(root, 'sub'));
  const fromSub = gitlab(['..'], path.join(root, 'sub')).issues;
  assert.deepEqual(Object.fromEntries(fromSub.map((issue) => [`${issue.check_name} ${issue.description}`, issue.fingerprint])), before);
  assert.ok(fromSub.every((issue) => issue.location.path === 'a.bigcommerce.connection.yaml'));
});

test('-o writes the report to a file in new folders, with the usual exit code and nothing on stdout', () => {
  const root = repository();
  writeFileSync(path.join(root, 'bigcommerce.connection.yaml'), connection({ tokenType: 'stencil-cli' }));
  const run = runCli(['--format', 'sarif', '-o', 'reports/deep/bc-lint.sarif'], { cwd: root });
  assert.equal(run.status, 1, run.stderr);
  assert.equal(run.stdout, '');
  const sarif = JSON.parse(readFileSync(path.join(root, 'reports/deep/bc-lint.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
  assert.deepEqual(
    sarif.runs[0]!.results.map((result) => result.ruleId),
    ['token-type'],
  );
  const long = runCli(['--output-file', 'out.txt', '--color'], { cwd: root });
  assert.equal(long.status, 1);
  assert.ok(!readFileSync(path.join(root, 'out.txt'), 'utf8').includes('\u001b['), 'a report file has no colour codes');
});

test('-o refuses a connection file the run lints and reports a failed write, exit 2', () => {
  const root = repository();
  const file = path.join(root, 'shop.bigcommerce.connection.yaml');
  const text = connection();
  writeFileSync(file, text);
  const overwrite = runCli(['-o', 'shop.bigcommerce.connection.yaml', '.'], { cwd: root });
  assert.equal(overwrite.status, 2);
  assert.match(overwrite.stderr, /^bc-lint: cannot write the report to shop\.bigcommerce\.connection\.yaml: it is a connection file this run lints\n$/);
  assert.equal(readFileSync(file, 'utf8'), text);
  mkdirSync(path.join(root, 'taken'));
  const intoFolder = runCli(['-o', 'taken'], { cwd: root });
  assert.equal(intoFolder.status, 2);
  assert.match(intoFolder.stderr, /^bc-lint: cannot write the report to taken \(EISDIR\)\n$/);
  writeFileSync(path.join(root, 'a-file'), '');
  const belowFile = runCli(['-o', 'a-file/report.json'], { cwd: root });
  assert.equal(belowFile.status, 2);
  assert.match(belowFile.stderr, /^bc-lint: cannot write the report to a-file\/report\.json \((ENOTDIR|EEXIST)\)\n$/);
});

function lintStdin(args: string[], input: string, cwd: string) {
  const run = spawnSync(process.execPath, [cliPath, '--stdin', '--today', '2026-11-22', ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('--stdin lints standard input; --stdin-filename names it for the config found from its folder, ignores and output', () => {
  const root = repository();
  const project = path.join(root, 'project');
  mkdirSync(path.join(project, 'generated'), { recursive: true });
  writeFileSync(path.join(project, '.bc-lint.yaml'), 'rules:\n  token-type: warn\nignore:\n  - generated/**\n');
  const text = connection({ tokenType: 'stencil-cli', accessToken: 'Zq8x-token-9931' });

  const anonymous = lintStdin(['--format', 'json'], text, root);
  assert.equal(anonymous.status, 1, anonymous.stderr);
  const [result] = JSON.parse(anonymous.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number }>; source: string }>;
  assert.equal(result!.filePath, '<text>');
  assert.deepEqual(
    result!.messages.map((m) => `${m.ruleId} ${m.severity}`),
    ['no-plaintext-secret 2', 'token-type 2'],
  );
  assert.ok(!anonymous.stdout.includes('Zq8x-token-9931') && result!.source.includes('accessToken: ***************'));

  // Named into project/: its config turns token-type into a warning, and the name is the report's path.
  const named = lintStdin(['--format', 'gitlab', '--stdin-filename', 'project/shop.bigcommerce.connection.yaml'], text, root);
  assert.equal(named.status, 1, named.stderr);
  const issues = JSON.parse(named.stdout) as GitlabIssue[];
  assert.deepEqual(
    issues.map((i) => `${i.location.path} ${i.check_name} ${i.severity}`),
    ['project/shop.bigcommerce.connection.yaml no-plaintext-secret critical', 'project/shop.bigcommerce.connection.yaml token-type minor'],
  );

  const ignored = lintStdin(['--format', 'json', '--stdin-filename', 'project/generated/x.bigcommerce.connection.yaml'], text, root);
  assert.equal(ignored.status, 0, ignored.stderr);
  assert.equal(ignored.stdout, '[]\n');
  assert.match(ignored.stderr, /is ignored by the project config; nothing was linted/);
});

test('--stdin usage errors exit 2', () => {
  const root = repository();
  const cases: Array<[string[], RegExp]> = [
    [['--stdin', 'a.yaml'], /--stdin lints standard input; give no paths with it/],
    [['--stdin', '--fix'], /--fix cannot rewrite standard input; use --fix-dry-run/],
    [['--stdin-filename', 'x.yaml', '.'], /--stdin-filename names standard input; give --stdin too/],
  ];
  for (const [args, message] of cases) {
    const run = spawnSync(process.execPath, [cliPath, ...args], { cwd: root, input: '', encoding: 'utf8' });
    assert.equal(run.status, 2, args.join(' '));
    assert.match(run.stderr, message);
  }
});
