// YAML component rules: one line per case, exact ranges, \n and \r\n.
import { describe, expect, it } from 'vitest';
import { lintYamlComponent, parseYamlComponent } from '../../src/index.js';
import { catchesIn, passesIn, saysIn, type Match } from './component-kit.js';

const ok = 'Tasks:\n  - Name: hello\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo hello\n';
const catches = (source: string, code: Match, options?: { systemType?: string }) =>
  catchesIn('yaml', source, code, options);
const passes = (source: string, code: Match, options?: { systemType?: string }) =>
  passesIn('yaml', source, code, options);
const says = (source: string, code: Match, part: string) => saysIn('yaml', source, code, part);

describe('a valid component', () => {
  it('has no finding (LF and CRLF)', () => {
    expect(lintYamlComponent(ok)).toEqual([]);
    expect(lintYamlComponent(ok.replace(/\n/g, '\r\n'))).toEqual([]);
  });
  it('the spec example (parameters, {{ }} in a command) has no finding', () => {
    expect(
      lintYamlComponent(
        'Parameters:\n  x: {Type: String}\nTasks:\n  - Name: count\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo $((3 * {{x}}))\n',
      ),
    ).toEqual([]);
  });
});

describe('component-yaml-syntax', () => {
  catches('Tasks:\n  - Name: a\n    «N»ame: b\n    Action: Reboot\n', { refusedBy: 'component-yaml-syntax' });
  catches('Tasks: [\n«»', { refusedBy: 'component-yaml-syntax' });
  it('a file that is not YAML gets only the syntax finding', () => {
    expect(lintYamlComponent('Tasks: [\n').map((d) => [d.rule, d.code, d.severity])).toEqual([
      ['component-yaml-syntax', 'InvalidParameter.Content', 'error'],
    ]);
  });
  passes(ok, { refusedBy: 'component-yaml-syntax' });
  it('a syntax error is reported, never thrown, whatever the input', () => {
    for (const text of ['"', '{{', ':\n: :', '- [\n  - {', '\t- a', '\u0000', '&a [*a]', '? ? ?']) {
      expect(() => lintYamlComponent(text)).not.toThrow();
    }
  });
});

describe('MissingParameter.Content', () => {
  catches('«# only a comment\n»', 'MissingParameter.Content');
  catches('«  \n»', 'MissingParameter.Content');
  passes(ok, 'MissingParameter.Content');
});

describe('InvalidContent.LengthExceeded', () => {
  // Sent as written, comments included: the comment line is where the 16384 bytes run out.
  catches(`${ok}«# ${'x'.repeat(17000)}»`, 'InvalidContent.LengthExceeded');
  catches(`${ok}# ${'x'.repeat(16000)}\n«# ${'x'.repeat(1000)}»`, 'InvalidContent.LengthExceeded');
  // Bytes of UTF-8: 5400 three-byte characters are 16200 bytes, plus the rest.
  catches(`${ok}«# ${'中'.repeat(5500)}»`, 'InvalidContent.LengthExceeded');
  passes(`${ok}# ${'x'.repeat(16000)}`, 'InvalidContent.LengthExceeded');
});

describe('component-tasks / component-unknown-key', () => {
  catches('«Parameters»:\n  x: {Type: String}\n', { refusedBy: 'component-tasks' });
  catches('Tasks: «[]»\n', { refusedBy: 'component-tasks' });
  catches('Tasks: «hello»\n', { refusedBy: 'component-tasks' });
  catches('«- a»\n', { refusedBy: 'component-tasks' });
  catches('Tasks:\n  - «just text»\n', { refusedBy: 'component-tasks' });
  catches('«Task»: []\nTasks:\n  - Name: r\n    Action: Reboot\n', 'component-unknown-key');
  says('Task: []\nTasks:\n  - Name: r\n    Action: Reboot\n', 'component-unknown-key', 'did you mean "Tasks"?');
  catches('Tasks:\n  - Name: r\n    Action: Reboot\n    «Propertys»: {}\n', 'component-unknown-key');
  passes(ok, { refusedBy: 'component-tasks' });
});

describe('component-task-name', () => {
  catches('Tasks:\n  - «Action»: Reboot\n', { refusedBy: 'component-task-name' });
  catches('Tasks:\n  - Name: «[a]»\n    Action: Reboot\n', { refusedBy: 'component-task-name' });
  catches('Tasks:\n  - Name: r\n    Action: Reboot\n  - Name: «r»\n    Action: Reboot\n', 'component-task-name');
  passes('Tasks:\n  - Name: a\n    Action: Reboot\n  - Name: b\n    Action: Reboot\n', 'component-task-name');
  passes('Tasks:\n  - Name: a\n    Action: Reboot\n  - Name: b\n    Action: Reboot\n', {
    refusedBy: 'component-task-name',
  });
});

describe('component-action', () => {
  catches('Tasks:\n  - Name: a\n    Action: «RunShellComand»\n    Properties: {commandContent: x}\n', {
    refusedBy: 'component-action',
  });
  says(
    'Tasks:\n  - Name: a\n    Action: RunShellComand\n',
    { refusedBy: 'component-action' },
    'did you mean "RunShellCommand"?',
  );
  catches('Tasks:\n  - «Name»: a\n', { refusedBy: 'component-action' });
  catches('Tasks:\n  - Name: a\n    «Action»:\n', { refusedBy: 'component-action' });
  passes(ok, { refusedBy: 'component-action' });
});

describe('component-property', () => {
  catches('Tasks:\n  - Name: a\n    Action: RunShellCommand\n    «Properties»:\n      workingDir: /tmp\n', {
    refusedBy: 'component-properties',
  });
  catches('Tasks:\n  - Name: a\n    Action: «RunShellCommand»\n', { refusedBy: 'component-properties' });
  catches(
    'Tasks:\n  - Name: a\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo\n      «comandContent»: x\n',
    'component-property',
  );
  says(
    'Tasks:\n  - Name: a\n    Action: Reboot\n    Properties:\n      forcestop: true\n',
    'component-property',
    'did you mean "forceStop"?',
  );
  catches('Tasks:\n  - Name: a\n    Action: Reboot\n    Properties:\n      forceStop: «maybe»\n', 'component-property');
  catches(
    'Tasks:\n  - Name: a\n    Action: WebDownload\n    Properties:\n      sourcePath: https://x\n      destinationDir: /opt\n      timeout: «soon»\n',
    'component-property',
  );
  catches(
    'Tasks:\n  - Name: a\n    Action: RunShellCommand\n    Properties:\n      commandContent: «{{ cmd }}»\n',
    'component-property',
  );
  catches('Tasks:\n  - Name: a\n    Action: Reboot\n    Properties: «[1]»\n', { refusedBy: 'component-properties' });
  passes(
    'Parameters:\n  t: {Type: Number}\nTasks:\n  - Name: a\n    Action: WebDownload\n    Properties:\n      sourcePath: https://x\n      destinationDir: /opt\n      timeout: "{{ t }}"\n',
    'component-property',
  );
  passes(ok, 'component-property');
  passes(ok, { refusedBy: 'component-properties' });
});

describe('component-parameter-declaration', () => {
  catches('Parameters:\n  «x»: {}\nTasks:\n  - Name: a\n    Action: Reboot\n', { refusedBy: 'component-parameters' });
  catches('Parameters:\n  x: {Type: «Integer»}\nTasks:\n  - Name: a\n    Action: Reboot\n', {
    refusedBy: 'component-parameters',
  });
  catches(
    'Parameters:\n  x: {Type: Number, DefaultValue: «eighty»}\nTasks:\n  - Name: a\n    Action: Reboot\n',
    'component-parameter-declaration',
  );
  catches(
    'Parameters:\n  x: {Type: Boolean, DefaultValue: «"true"»}\nTasks:\n  - Name: a\n    Action: Reboot\n',
    'component-parameter-declaration',
  );
  catches(
    'Parameters:\n  x: {Type: String, «Default»: a}\nTasks:\n  - Name: a\n    Action: Reboot\n',
    'component-parameter-declaration',
  );
  catches('Parameters: «[x]»\nTasks:\n  - Name: a\n    Action: Reboot\n', { refusedBy: 'component-parameters' });
  passes(
    'Parameters:\n  x: {Type: Number, DefaultValue: 8080}\n  y: {Type: Boolean, DefaultValue: false}\n  z: {Type: String, DefaultValue: 1}\nTasks:\n  - Name: a\n    Action: Reboot\n',
    'component-parameter-declaration',
  );
});

describe('component-placeholder', () => {
  const task = (command: string) =>
    `Parameters:\n  x: {Type: String}\nTasks:\n  - Name: first\n    Action: RunShellCommand\n    Properties:\n      commandContent: ${command}\n`;
  catches(task('echo {{ «y» }}'), 'component-placeholder');
  catches(task('echo {{«first.stdout»}}'), 'component-placeholder');
  catches(task('"«{{ }}»"'), 'component-placeholder');
  catches(
    `${task('echo')}  - Name: second\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo {{ «nothere.stdout» }}\n`,
    'component-placeholder',
  );
  catches(
    `${task('echo')}  - Name: second\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo {{ «first.stderr» }}\n`,
    'component-placeholder',
  );
  catches(
    'Tasks:\n  - Name: r\n    Action: Reboot\n  - Name: s\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo {{ «r.stdout» }}\n',
    'component-placeholder',
  );
  catches(task('|\n        echo one\n        echo {{ «z» }}'), 'component-placeholder');
  passes(
    `${task('echo {{ x }} {{x}}')}  - Name: second\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo {{ first.stdout }}\n`,
    'component-placeholder',
  );
});

describe('component-system-type', () => {
  catches(
    'Tasks:\n  - Name: a\n    Action: «RunPowerShellCommand»\n    Properties: {commandContent: dir}\n',
    'component-system-type',
  );
  catches(ok.replace('RunShellCommand', '«RunShellCommand»'), 'component-system-type', { systemType: 'Windows' });
  passes(
    'Tasks:\n  - Name: a\n    Action: RunPowerShellCommand\n    Properties: {commandContent: dir}\n',
    'component-system-type',
    { systemType: 'Windows' },
  );
  passes(ok, 'component-system-type');
});

describe('the YAML model', () => {
  it('keeps exact ranges of tasks, parameters and references', () => {
    const model = parseYamlComponent(
      'Parameters:\n  port: {Type: Number, DefaultValue: 80}\nTasks:\n  - Name: run\n    Action: RunShellCommand\n    Properties:\n      commandContent: serve --port {{ port }}\n',
    );
    expect(model.parameters.map((p) => [p.name, p.nameSpan.range])).toEqual([
      ['port', { start: { line: 1, character: 2 }, end: { line: 1, character: 6 } }],
    ]);
    expect(model.tasks.map((t) => [t.name?.value, t.action?.valueSpan.range])).toEqual([
      ['run', { start: { line: 4, character: 12 }, end: { line: 4, character: 27 } }],
    ]);
    expect(model.references.map((r) => [r.name, r.nameSpan.range])).toEqual([
      ['port', { start: { line: 6, character: 38 }, end: { line: 6, character: 42 } }],
    ]);
  });
});

describe('suppression comments in YAML components', () => {
  const broken = 'Tasks:\n  - Name: a\n    Action: RunShellComand\n';
  passes(broken.replace('    Action', '    # buildcontent-ignore component-action # a private action\n    Action'), {
    refusedBy: 'component-action',
  });
  passes(`# buildcontent-ignore-file component-action\n${broken}`, { refusedBy: 'component-action' });
  catches(
    broken.replace(
      '    Action: RunShellComand',
      '    # buildcontent-ignore component-property\n    Action: «RunShellComand»',
    ),
    { refusedBy: 'component-action' },
  );
  it('a pragma covers only the next line that holds something', () => {
    const text = 'Tasks:\n  # buildcontent-ignore component-action\n\n  - Name: a\n    Action: Rebot\n';
    expect(lintYamlComponent(text).map((d) => [d.rule, d.range.start.line])).toEqual([['component-action', 4]]);
  });
});

describe("InvalidParameter.Content: the service's code, our rule ids", () => {
  // Two refusals from two rules: a task with no Name and a misspelt Action.
  const text = 'Tasks:\n  - Action: Reboot\n  - Name: b\n    Action: Rebot\n';
  const seen = (options = {}) =>
    lintYamlComponent(text, options).map((d) => [d.rule, d.code, d.severity, d.range.start.line]);
  it("each refusal says its specific problem under the service's code, as an error", () => {
    expect(lintYamlComponent(text).map((d) => [d.rule, d.code, d.severity, d.message])).toEqual([
      ['component-task-name', 'InvalidParameter.Content', 'error', 'Task #1 has no Name.'],
      [
        'component-action',
        'InvalidParameter.Content',
        'error',
        '"Rebot" is not an action (RunShellCommand, RunPowerShellCommand, InvokeCommand, OSSDownload, OSSUpload, WebDownload, Reboot): did you mean "Reboot"?',
      ],
    ]);
  });
  it('a severity setting by rule id changes that rule only; by the code, all of them', () => {
    expect(seen({ severity: { 'component-action': 'off' } })).toEqual([
      ['component-task-name', 'InvalidParameter.Content', 'error', 1],
    ]);
    expect(seen({ severity: { 'component-task-name': 'warning' } })).toEqual([
      ['component-task-name', 'InvalidParameter.Content', 'warning', 1],
      ['component-action', 'InvalidParameter.Content', 'error', 3],
    ]);
    expect(seen({ severity: { 'InvalidParameter.Content': 'off' } })).toEqual([]);
  });
  it('a suppression by rule id hides that rule only; by the code, every refusal on the line', () => {
    const pragma = (names: string) =>
      text.replace('    Action: Rebot', `    # buildcontent-ignore ${names}\n    Action: Rebot`);
    expect(lintYamlComponent(pragma('component-action')).map((d) => d.rule)).toEqual(['component-task-name']);
    expect(lintYamlComponent(pragma('component-task-name')).map((d) => d.rule)).toEqual([
      'component-task-name',
      'component-action',
    ]);
    expect(lintYamlComponent(pragma('InvalidParameter.Content')).map((d) => d.rule)).toEqual(['component-task-name']);
  });
  it('inferred findings are warnings with our codes', () => {
    const inferred =
      'Parameters:\n  x: {Type: Number, DefaultValue: eighty}\nTasks:\n  - Name: a\n    Action: RunPowerShellCommand\n    Properties:\n      commandContent: {{ x }}\n  - Name: a\n    Action: Reboot\n    Propertys: {}\n';
    expect(lintYamlComponent(inferred).map((d) => [d.code, d.severity])).toEqual([
      ['component-parameter-declaration', 'warning'],
      ['component-system-type', 'warning'],
      ['component-property', 'warning'],
      ['component-task-name', 'warning'],
      ['component-unknown-key', 'warning'],
    ]);
  });
});
