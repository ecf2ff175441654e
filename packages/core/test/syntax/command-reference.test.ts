import { describe, expect, it } from 'vitest';
import {
  checksOfCommand,
  COMMAND_KINDS,
  COMMAND_REFERENCE,
  commandReference,
  PIPELINE_PARAMETERS,
  rules,
  ruleOf,
} from '../../src/index.js';

describe('the command reference', () => {
  it.each(COMMAND_KINDS)('has an entry for %s whose forms and snippets start with the keyword', (kind) => {
    const entry = commandReference(kind);
    expect(entry?.keyword).toBe(kind);
    expect(entry!.forms.length).toBeGreaterThan(0);
    for (const form of entry!.forms) {
      expect(form.label.split(' ')[0]).toBe(kind);
      expect(form.snippet.split(' ')[0]).toBe(kind);
      for (const parameter of form.parameters) expect(form.label).toContain(parameter.label);
    }
  });

  it('has no entry for what is not a command (nor for a lower-case keyword or an inherited property)', () => {
    expect(Object.keys(COMMAND_REFERENCE).sort()).toEqual([...COMMAND_KINDS].sort());
    for (const word of ['ADD', 'run', 'constructor', 'toString']) expect(commandReference(word)).toBeUndefined();
  });

  it('marks as Linux only every command but COMPONENT and RESTART, as the commands page does', () => {
    expect(COMMAND_KINDS.filter((kind) => !COMMAND_REFERENCE[kind].linuxOnly)).toEqual(['COMPONENT', 'RESTART']);
  });

  it('names request parameters the parameter model has', () => {
    const names = COMMAND_KINDS.flatMap((kind) => COMMAND_REFERENCE[kind].requestParameters ?? []);
    expect(names).toEqual(['BaseImageType', 'BaseImage', 'InternetMaxBandwidthOut']);
    for (const name of names) expect(PIPELINE_PARAMETERS.map((parameter) => parameter.name)).toContain(name);
  });
});

describe('checksOfCommand', () => {
  const codesOf = (kind: (typeof COMMAND_KINDS)[number]) => checksOfCommand(kind).map((check) => check.code);

  it('lists the rules registered for a command and the ones whose codes name it, errors first', () => {
    expect(codesOf('FROM')).toEqual([
      'InvalidCommandContent.FROM',
      'DuplicatedCommand.FROM',
      'InvalidCommandOrder.FROM',
      'NotSupportedCommand.FROM',
      'from-ignored',
    ]);
    expect(codesOf('RESTART')).toEqual(['NotEmptyCommandContent.RESTART']);
    expect(codesOf('COMPONENT')).toEqual(['InvalidCommand.Component', 'component-reference', 'component-parameter']);
  });

  it("leaves out a rule's codes about another command, and rules registered for every command", () => {
    expect(codesOf('RUN')).toContain('EmptyCommandContent.RUN');
    expect(codesOf('RUN')).not.toContain('EmptyCommandContent.ENV');
    expect(codesOf('ENV')).toEqual([
      'EmptyCommandContent.ENV',
      'InvalidCommandContent.ENV',
      'unquoted-value',
      'invalid-env-name',
    ]);
    expect(codesOf('LABEL')).toEqual(['EmptyCommandContent.LABEL', 'label-content', 'unquoted-value']);
    for (const kind of COMMAND_KINDS) expect(codesOf(kind)).not.toContain('keyword-case');
  });

  it("gives each check its rule's description, severity and page, as the registry lists them", () => {
    for (const kind of COMMAND_KINDS) {
      for (const check of checksOfCommand(kind)) {
        const rule = rules.find((candidate) => candidate.id === check.rule);
        expect(rule?.codes).toContain(check.code);
        expect(check).toMatchObject({ description: rule!.description, severity: rule!.severity, href: rule!.href });
      }
    }
  });
});

describe('ruleOf', () => {
  it('finds a rule by one of its codes or by its id', () => {
    expect(ruleOf('EmptyCommandContent.COPY')?.id).toBe('empty-command-content');
    expect(ruleOf('copy-url')?.codes).toEqual(['copy-url-query', 'copy-url-without-internet']);
    expect(ruleOf('NotSupportedCommand.FROM')?.id).toBe('component-from');
    expect(ruleOf('no-such-code')).toBeUndefined();
  });
});
