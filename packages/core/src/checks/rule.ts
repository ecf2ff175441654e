import type { Command, CommandKind, Range, Template } from '../syntax/ast.js';
import type { LineIndex } from '../syntax/line-index.js';
import type { LintOptions } from '../options.js';
import type { Diagnostic, Fix, Severity } from './diagnostic.js';

/** What a rule reports; the registry adds the rule id, the docs link and the configured severity. */
export interface Finding {
  code: string;
  message: string;
  range: Range;
  severity?: Severity;
  tags?: Diagnostic['tags'];
  fix?: Fix;
  suggestions?: Fix[];
}

export interface RuleContext {
  template: Template;
  options: LintOptions;
  lines: LineIndex;
  report(finding: Finding): void;
  /** The range of a span of the original text. */
  range(offset: number, endOffset: number): Range;
}

/** The AST type of a command kind (RUN -> RunLikeCommand). */
type CommandOf<K extends Command['kind']> = Command extends infer C
  ? C extends { kind: infer U }
    ? K extends U
      ? C
      : never
    : never
  : never;

export type CommandCheck<C extends Command = Command> = (command: C, context: RuleContext) => void;

/**
 * A rule: one file in checks/rules/, with its documentation beside it (`<id>.md`). Small checks are
 * registered per command kind (as Langium registers checks per node type); `template` sees the whole file.
 */
export interface Rule {
  /** kebab-case; the file name and the doc page name. */
  id: string;
  /** The codes this rule emits. */
  codes: string[];
  /** The default severity of its findings. */
  severity: Severity;
  description: string;
  /** Where the documentation page is when it is not beside the template rules (component rules). */
  href?: string;
  commands?: { [K in CommandKind | 'UNKNOWN']?: CommandCheck<CommandOf<K>> } & { '*'?: CommandCheck };
  template?: (template: Template, context: RuleContext) => void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
