// The severity policy (docs/decisions.md): a refusal the service documents is an error with the service's own
// code; anything inferred is a warning with our own code. Every rule page names its source, and every code of
// the service's shape is one the spec's error tables list.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, lintComponent, rules } from '../../src/index.js';
import { SERVICE_CODE } from '../../src/request/check-sent-text.js';

const repoRoot = resolve(__dirname, '../../../..');
// shared/ sits beside the clone (in CI and in the worktrees).
const specPath = resolve(repoRoot, '../shared/reference/imagebuilder-spec.md');
const haveSpec = existsSync(specPath);

/** The codes of the spec's error tables (CreateImagePipeline §4.4, CreateImageComponent §5), braces expanded. */
function specErrorCodes(spec: string): Set<string> {
  const start = spec.indexOf('### 4.4 Error codes');
  const end = spec.indexOf('## 6. ');
  const codes = new Set<string>();
  for (const line of spec.slice(start, end).split('\n')) {
    const cell = /^\| ([A-Z][^|]*?) \|/.exec(line)?.[1];
    if (!cell || cell === 'Code') continue;
    const braces = /^([A-Za-z]+)\.\{([^}]*)\}$/.exec(cell);
    if (braces) {
      for (const kind of braces[2].split(',')) codes.add(`${braces[1]}.${kind.trim()}`);
      continue;
    }
    // `InvalidParameter.ImportImageOptionsArchitecture / …OSType`: each `…X` replaces the first one's last word.
    const [first, ...rest] = cell.split(' / ');
    codes.add(first);
    const stem = first.replace(/[A-Z][a-z]+$/, '');
    for (const tail of rest) codes.add(stem + tail.replace(/^…/, ''));
  }
  return codes;
}

/** Every `code: '...'` literal in core's sources: codes emitted outside the rules' code lists too. */
function codeLiterals(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...codeLiterals(path));
    else if (entry.name.endsWith('.ts'))
      for (const m of readFileSync(path, 'utf8').matchAll(/\bcode: '([^']+)'/g)) out.push(m[1]);
  }
  return out;
}

describe('every rule page states its source', () => {
  for (const rule of rules) {
    it(`${rule.id}: a "Source:" line`, () => {
      const page = readFileSync(resolve(repoRoot, rule.href.split('/blob/main/')[1]), 'utf8');
      const source = page.split('\n').find((line) => line.startsWith('Source: '));
      expect(source, `${rule.id}.md has no "Source: ..." line`).toBeDefined();
      expect(source!.length).toBeGreaterThan('Source: '.length + 10);
    });
  }
});

describe("service-looking codes are the service's", () => {
  it.skipIf(!haveSpec)(
    `every Xxx.Yyy code is in the spec's error tables (${haveSpec ? specPath : `skipped: ${specPath} is absent`})`,
    () => {
      const table = specErrorCodes(readFileSync(specPath, 'utf8'));
      // The reader of the table works: codes from both tables, braces and "…" rows expanded.
      expect([...table]).toEqual(
        expect.arrayContaining([
          'InvalidCommandContent.ENTRYPOINT',
          'EmptyCommandContent.LABEL',
          'NotSupportedCommand.FROM',
          'InvalidParameter.ImportImageOptionsOSType',
          'MissingParameter.Content',
        ]),
      );
      expect(table.has('InvalidCommandContent.LABEL')).toBe(false);
      const used = [...rules.flatMap((r) => r.codes), ...codeLiterals(resolve(repoRoot, 'packages/core/src'))].filter(
        (code) => SERVICE_CODE.test(code),
      );
      expect(used.length).toBeGreaterThan(20);
      expect([...new Set(used)].filter((code) => !table.has(code))).toEqual([]);
    },
  );
});

describe('severity: errors of our own only where the tool cannot check or send faithfully', () => {
  // docs/decisions.md "Severity policy", third point.
  const OWN_ERRORS = new Set(['syntax-error', 'suppression-unknown-code', 'comment-in-continuation', 'internal-error']);
  const samples = [
    'USER app admin',
    'WORKDIR /opt/my app',
    'COPY a b c',
    'COMPONENT',
    'COMPONENT i-x --a',
    'COPY --chown=a:b a b',
    'RUN --mount=type=cache,target=/c make',
    'LABEL version 1.0',
    'LABEL a="open',
    'LABEL a=b',
    'RUN ["a"]',
    '# escape=`\nRUN a `\n  b',
    'RUN a \\\n\n  b',
    'RUN a \\',
    'run apt-get install x && reboot',
    'RUN cat <<EOF\nEOF',
    'FROM IMAGE:m-1',
    'RUN a \\\n# c\n  b',
  ];
  const examples = readdirSync(resolve(repoRoot, 'examples')).filter((f) => f.endsWith('.buildcontent'));
  const texts = [...samples, ...examples.map((f) => readFileSync(resolve(repoRoot, 'examples', f), 'utf8'))];
  it('findings with our codes are warnings (or the listed tool errors); errors carry service codes', () => {
    const departures = texts
      .flatMap((text) => [...lint(text), ...lint(text, { from: 'ignored', keepComments: true })])
      .filter((d) => d.severity === 'error' && !SERVICE_CODE.test(d.code) && !OWN_ERRORS.has(d.code))
      .map((d) => `${d.code}: ${d.message}`);
    expect(departures).toEqual([]);
  });
  it('component rules too: errors carry service codes (InvalidParameter.Content for content the documented format refuses)', () => {
    const dir = resolve(repoRoot, 'examples/components');
    const files = readdirSync(dir).filter((f) => /\.component\.(yaml|buildcontent)$/.test(f));
    const yamlSamples = [
      'Tasks:\n  - Name: a\n    Action: RunPowerShellCommand\n    Properties: {commandContent: "{{ y }}"}\n',
      'Parameters:\n  x: {Type: Number, DefaultValue: a}\nTasks:\n  - Name: a\n    Action: Reboot\n    Propertys: {}\n  - Name: a\n    Action: Reboot\n',
    ];
    const findings = [
      ...files.flatMap((f) =>
        lintComponent(readFileSync(join(dir, f), 'utf8'), f.endsWith('.yaml') ? 'yaml' : 'dockerfile'),
      ),
      ...yamlSamples.flatMap((text) => lintComponent(text, 'yaml')),
      ...lintComponent('RUN a', 'dockerfile', { systemType: 'Windows' }),
    ];
    expect(findings.filter((d) => d.code === 'InvalidParameter.Content').length).toBeGreaterThan(5);
    const departures = findings
      .filter((d) => d.severity === 'error' && !SERVICE_CODE.test(d.code) && !OWN_ERRORS.has(d.code))
      .map((d) => `${d.rule} ${d.code}: ${d.message}`);
    expect(departures).toEqual([]);
    // The COMPONENT-line checks against a local component are inferred (no refusal is documented): warnings.
    expect(rules.find((r) => r.id === 'component-call')?.severity).toBe('warning');
    expect(rules.find((r) => r.id === 'component-system-type')?.severity).toBe('warning');
  });
  it('the known departures are fixed', () => {
    const of = (text: string) => lint(text).map((d) => [d.code, d.severity]);
    expect(of('USER app admin')).toEqual([['user-content', 'warning']]);
    expect(of('WORKDIR /opt/my app')).toEqual([['workdir-content', 'warning']]);
    expect(of('COPY a b c')).toEqual([['copy-operands', 'warning']]);
    expect(of('COPY a')).toEqual([['InvalidCommandContent.COPY', 'error']]);
    expect(of('COMPONENT')).toEqual([['component-reference', 'warning']]);
    expect(of('COPY --from=x a b')).toEqual([['unsupported-flag', 'warning']]);
    expect(of('LABEL version 1.0')).toEqual([['label-content', 'warning']]);
    expect(of('ENV a=b')).toEqual([['InvalidCommandContent.ENV', 'error']]);
    expect(of('LABEL a=b')).toEqual([['unquoted-value', 'warning']]);
  });
  it("RESTART quotes the service's documented text, attributed to it", () => {
    const [finding] = lint('RESTART now');
    expect(finding.code).toBe('NotEmptyCommandContent.RESTART');
    expect(finding.message).toContain('"If the RESTART command exists in the template, you must specify RESTART."');
  });
});
