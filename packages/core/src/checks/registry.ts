// Runs the rules over a template. Severity overrides and suppression comments are applied here, once,
// so the CLI, the language server and the request builder agree on every finding.
import { parse } from '../syntax/parse.js';
import type { Command, Range, Template } from '../syntax/ast.js';
import { LineIndex } from '../syntax/line-index.js';
import type { LintOptions } from '../options.js';
import type { Diagnostic, Severity } from './diagnostic.js';
import type { CommandCheck, Finding, Rule, RuleContext } from './rule.js';
import { allRules } from './rules/index.js';
import { suppressionsOf } from './suppressions.js';

export const DOCS_BASE = 'https://github.com/buildcontent/buildcontent/blob/main/packages/core/src/checks/rules';

export interface RuleInfo {
  id: string;
  codes: string[];
  severity: Severity;
  description: string;
  href: string;
}

/** Every rule, for `buildcontent rules`, documentation and editor settings. */
export const rules: RuleInfo[] = allRules.map((r) => ({
  id: r.id,
  codes: r.codes,
  severity: r.severity,
  description: r.description,
  href: `${DOCS_BASE}/${r.id}.md`,
}));

/** Lints a template (text or an already parsed AST) and returns its findings, sorted by position. */
export function lint(input: string | Template, options: LintOptions = {}): Diagnostic[] {
  return lintWithRules(allRules, input, options);
}

/**
 * Lints with the given rules. A rule that throws does not abort the lint: its failure is reported as an
 * `internal-error` diagnostic naming the rule (as Langium's validation registry does), and the other rules run.
 */
export function lintWithRules(ruleList: readonly Rule[], input: string | Template, options: LintOptions = {}): Diagnostic[] {
  const template = typeof input === 'string' ? parse(input) : input;
  const lines = new LineIndex(template.text);
  const suppressed = suppressionsOf(template);
  const out: Diagnostic[] = [];

  for (const rule of ruleList) {
    const context: RuleContext = {
      template,
      options,
      lines,
      range: (offset, endOffset) => lines.range(offset, endOffset),
      report: (finding: Finding) => {
        const severity = options.severity?.[finding.code] ?? options.severity?.[rule.id] ?? finding.severity ?? rule.severity;
        if (severity === 'off') return;
        if (suppressed(finding.code, rule.id, finding.range.start.line)) return;
        const diagnostic: Diagnostic = {
          code: finding.code,
          severity,
          message: finding.message,
          range: finding.range,
          rule: rule.id,
          href: `${DOCS_BASE}/${rule.id}.md`,
        };
        if (finding.tags) diagnostic.tags = finding.tags;
        if (finding.fix) diagnostic.fix = finding.fix;
        if (finding.suggestions?.length) diagnostic.suggestions = finding.suggestions;
        out.push(diagnostic);
      },
    };
    const guarded = (run: () => void, range: Range) => {
      try {
        run();
      } catch (error) {
        out.push(internalError(rule, error, range));
      }
    };
    if (rule.template) guarded(() => rule.template!(template, context), lines.range(template.bomLength, template.bomLength));
    if (rule.commands) {
      for (const command of template.commands) {
        const specific = rule.commands[command.kind] as CommandCheck<Command> | undefined;
        if (specific) guarded(() => specific(command, context), command.keywordNode.range);
        const any = rule.commands['*'];
        if (any) guarded(() => any(command, context), command.keywordNode.range);
      }
    }
  }

  return out.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.code.localeCompare(b.code),
  );
}

/** The finding for a rule that threw: an error (a check did not run), never suppressed or turned off. */
function internalError(rule: Rule, error: unknown, range: Range): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    code: 'internal-error',
    severity: 'error',
    message: `Rule ${rule.id} failed here and did not finish (${reason.split('\n')[0]}); please report it. The other rules ran.`,
    range,
    rule: rule.id,
    href: `${DOCS_BASE}/${rule.id}.md`,
  };
}
