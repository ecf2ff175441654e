// Runs the rules over a template. Severity overrides and suppression comments are applied here, once,
// so the CLI, the language server and the request builder agree on every finding.
import { parse } from '../syntax/parse.js';
import { COMMAND_KINDS, type Command, type Range, type Template } from '../syntax/ast.js';
import { lineIndexOf } from '../syntax/line-index.js';
import type { LintOptions } from '../options.js';
import type { Diagnostic, Severity } from './diagnostic.js';
import type { CommandCheck, Finding, Rule, RuleContext } from './rule.js';
import { allRules } from './rules/index.js';
import { suppressionsOf } from './suppressions.js';
import { componentRuleInfos } from '../component/rules/index.js';

/** The project's repository (root package.json `repository`; test/packaging/metadata.test.ts keeps them equal). */
const REPOSITORY_URL = 'https://github.com/buildcontent/buildcontent';
/** Documentation pages in the repository, by path from its root. */
export const DOCS_PAGE_BASE = `${REPOSITORY_URL}/blob/main`;
export const DOCS_BASE = `${DOCS_PAGE_BASE}/packages/core/src/checks/rules`;

/** A rule as {@link rules} lists it: its id, its codes with their default severities, and its documentation link. */
export interface RuleInfo {
  id: string;
  codes: string[];
  severity: Severity;
  description: string;
  href: string;
}

/** A rule's documentation page: beside the rule (component rules give their own). */
export function hrefOf(rule: Pick<Rule, 'id' | 'href'>): string {
  return rule.href ?? `${DOCS_BASE}/${rule.id}.md`;
}

/** Every rule (template and component rules), for `buildcontent rules`, documentation and editor settings. */
export const rules: RuleInfo[] = [...allRules, ...componentRuleInfos].map((r) => ({
  id: r.id,
  codes: r.codes,
  severity: r.severity,
  description: r.description,
  href: hrefOf(r),
}));

/** A finding as a diagnostic, with the configured severity; undefined when that severity is `off`. */
export function diagnosticOf(
  rule: Pick<Rule, 'id' | 'href' | 'severity'>,
  finding: Finding,
  options: LintOptions,
): Diagnostic | undefined {
  const severity = options.severity?.[finding.code] ?? options.severity?.[rule.id] ?? finding.severity ?? rule.severity;
  if (severity === 'off') return undefined;
  const diagnostic: Diagnostic = {
    code: finding.code,
    severity,
    message: finding.message,
    range: finding.range,
    rule: rule.id,
    href: hrefOf(rule),
  };
  if (finding.tags) diagnostic.tags = finding.tags;
  if (finding.fix) diagnostic.fix = finding.fix;
  if (finding.suggestions?.length) diagnostic.suggestions = finding.suggestions;
  return diagnostic;
}

/** How a lint runs, beyond the user's options. */
export interface LintRun {
  /** Report what suppression comments hide too (the request builder: a suppression never hides a refusal). */
  ignoreSuppressions?: boolean;
}

/** Lints a template (text or an already parsed AST) and returns its findings, sorted by position. */
export function lint(input: string | Template, options: LintOptions = {}, run: LintRun = {}): Diagnostic[] {
  return lintWithRules(allRules, input, options, run);
}

/**
 * Lints with the given rules. A rule that throws does not abort the lint: its failure is reported as an
 * `internal-error` diagnostic naming the rule (as Langium's validation registry does), and the other rules run.
 */
export function lintWithRules(
  ruleList: readonly Rule[],
  input: string | Template,
  options: LintOptions = {},
  run: LintRun = {},
): Diagnostic[] {
  const template = typeof input === 'string' ? parse(input) : input;
  // The line index the parse built (one scan of the text per lint, not one more here).
  const lines = lineIndexOf(template);
  const suppressed = run.ignoreSuppressions ? () => false : suppressionsOf(template);
  const out: Diagnostic[] = [];
  const range = (offset: number, endOffset: number) => lines.range(offset, endOffset);
  const commands = template.commands;
  // Each command's kind as an index, and the kinds the template holds (one bit each), found once per lint.
  // (A plain array: a small typed array costs more to allocate than it saves.)
  const kinds: number[] = [];
  let present = 0;
  for (let i = 0; i < commands.length; i++) {
    const kind = KIND_INDEX[commands[i].kind] ?? UNKNOWN_INDEX;
    kinds.push(kind);
    present |= 1 << kind;
  }

  // Per rule, not per command: one context; the command loop calls the checks directly (no closure per call).
  for (const rule of ruleList) {
    const context: RuleContext = {
      template,
      options,
      lines,
      range,
      report: (finding: Finding) => {
        if (suppressed(finding.code, rule.id, finding.range.start.line)) return;
        const diagnostic = diagnosticOf(rule, finding, options);
        if (diagnostic) out.push(diagnostic);
      },
    };
    if (rule.template) {
      try {
        rule.template(template, context);
      } catch (error) {
        out.push(internalError(rule, error, lines.range(template.bomLength, template.bomLength)));
      }
    }
    const dispatch = dispatchOf(rule);
    // A rule whose commands are all absent is not called at all.
    if (!dispatch || (dispatch.any === undefined && (dispatch.kinds & present) === 0)) continue;
    const { byKind, any } = dispatch;
    for (let i = 0; i < commands.length; i++) {
      const command = commands[i];
      const specific = byKind[kinds[i]];
      if (specific) {
        try {
          specific(command, context);
        } catch (error) {
          out.push(internalError(rule, error, command.keywordNode.range));
        }
      }
      if (any) {
        try {
          any(command, context);
        } catch (error) {
          out.push(internalError(rule, error, command.keywordNode.range));
        }
      }
    }
  }

  return sortDiagnostics(out);
}

/** Command kinds by index (`UNKNOWN` last), for dispatch by array instead of by property name. */
const KIND_INDEX: Partial<Record<string, number>> = Object.fromEntries(COMMAND_KINDS.map((kind, i) => [kind, i]));
const UNKNOWN_INDEX = COMMAND_KINDS.length;

/** A rule's command checks by kind index, the kinds they cover (one bit each) and its check for every command. */
interface Dispatch {
  byKind: Array<CommandCheck<Command> | undefined>;
  kinds: number;
  any: CommandCheck | undefined;
}
const dispatches = new WeakMap<Rule, Dispatch | null>();

function dispatchOf(rule: Rule): Dispatch | undefined {
  let dispatch = dispatches.get(rule);
  if (dispatch === undefined) {
    const checks = rule.commands;
    dispatch = null;
    if (checks) {
      const byKind: Dispatch['byKind'] = [];
      let kinds = 0;
      [...COMMAND_KINDS, 'UNKNOWN' as const].forEach((kind, i) => {
        byKind[i] = checks[kind] as CommandCheck<Command> | undefined;
        if (byKind[i]) kinds |= 1 << i;
      });
      dispatch = { byKind, kinds, any: checks['*'] };
    }
    dispatches.set(rule, dispatch);
  }
  return dispatch ?? undefined;
}

/** `localeCompare`'s order, with the collator made once. */
const compareCodes = new Intl.Collator().compare;

/** By position, then code. */
export function sortDiagnostics(out: Diagnostic[]): Diagnostic[] {
  return out.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      compareCodes(a.code, b.code),
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
    href: hrefOf(rule),
  };
}
