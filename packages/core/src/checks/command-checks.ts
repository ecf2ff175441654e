// What the rule registry checks about one command, for documentation and editors (the hover of a keyword lists
// it): the command reference (syntax/command-reference.ts) says what a command is, the rules say what is
// checked, and neither repeats the other.
import { COMMAND_KINDS, type CommandKind } from '../syntax/ast.js';
import { dockerfileComponentRules } from '../component/rules/index.js';
import type { Severity } from './diagnostic.js';
import { hrefOf, rules, type RuleInfo } from './registry.js';
import type { Rule } from './rule.js';
import { allRules } from './rules/index.js';

/** One code a rule reports on a command, with the rule's description and documentation page. */
export interface CommandCheck {
  code: string;
  /** The default severity: `error` for a refusal the service documents, `warning` for what we infer. */
  severity: Severity;
  /** The rule's id. */
  rule: string;
  /** What the rule checks, in a sentence (the rule's description). */
  description: string;
  /** The rule's documentation page. */
  href: string;
}

/**
 * The command a code is specific to, when it names one: a service code's suffix (`EmptyCommandContent.RUN`,
 * `InvalidCommand.Component`) or our own code's first word (`label-content`, `copy-url-query`).
 */
function commandOfCode(code: string): CommandKind | undefined {
  const word = (code.includes('.') ? code.slice(code.lastIndexOf('.') + 1) : code.split('-')[0]).toUpperCase();
  return COMMAND_KINDS.find((kind) => kind === word);
}

/**
 * The checks about one command: the template rules registered for its kind, and the rules (template-wide, or of
 * Dockerfile-format components) whose codes name it (`DuplicatedCommand.FROM`, `NotSupportedCommand.FROM`). Rules
 * registered for every command (`'*'`: keyword case, Docker flags) are left out: they say nothing about this one.
 * A rule's codes specific to another command are left out too (`EmptyCommandContent.ENV` on RUN). Errors first.
 */
export function checksOfCommand(kind: CommandKind): CommandCheck[] {
  const checks: CommandCheck[] = [];
  const seen = new Set<string>();
  for (const rule of new Set<Rule>([...allRules, ...dockerfileComponentRules])) {
    const registered = allRules.includes(rule) && rule.commands?.[kind] !== undefined;
    // Only a service code names a command for certain (`component-placeholder` is not about COMPONENT).
    const named = rule.codes.some((code) => code.includes('.') && commandOfCode(code) === kind);
    if (!registered && !named) continue;
    for (const code of rule.codes) {
      const about = commandOfCode(code);
      if ((about !== undefined && about !== kind) || (about === undefined && !registered) || seen.has(code)) continue;
      seen.add(code);
      checks.push({ code, severity: rule.severity, rule: rule.id, description: rule.description, href: hrefOf(rule) });
    }
  }
  const rank = (check: CommandCheck) => (check.severity === 'error' ? 0 : 1);
  return checks.sort((a, b) => rank(a) - rank(b));
}

/** The rule that reports a code, or that has this id (suppression comments name either); undefined if none. */
export function ruleOf(codeOrId: string): RuleInfo | undefined {
  return rules.find((rule) => rule.id === codeOrId) ?? rules.find((rule) => rule.codes.includes(codeOrId));
}
