// Rules of YAML components: the same shape as the template rules (id, codes, severity, a page beside
// the rule), with a check over the YAML component model instead of the template AST.
import type { Finding, Rule } from '../checks/rule.js';
import type { Severity } from '../checks/diagnostic.js';
import type { LintOptions } from '../options.js';
import type { YamlComponent } from './yaml-component.js';

/**
 * CreateImageComponent's documented refusal of content that is not a valid component of the documented YAML
 * format (spec §5 "component content invalid", §3): the code of every error a YAML component rule reports
 * (docs/decisions.md "Severity policy"). Each rule keeps its own id, so settings and suppressions can name one.
 */
export const COMPONENT_CONTENT_INVALID = 'InvalidParameter.Content';

/** Where the component rules' documentation pages are (`<base>/<rule id>.md`). */
export const COMPONENT_DOCS_BASE =
  'https://github.com/buildcontent/buildcontent/blob/main/packages/core/src/component/rules';

/** Lint options of a component: the template options plus what its `.component.json` says. */
export interface ComponentLintOptions extends LintOptions {
  /** `SystemType` of the component's request parameters; default Linux, as the service's. */
  systemType?: string;
}

interface YamlComponentContext {
  options: ComponentLintOptions;
  report(finding: Finding): void;
}

export interface YamlComponentRule {
  id: string;
  codes: string[];
  severity: Severity;
  description: string;
  href: string;
  check(component: YamlComponent, context: YamlComponentContext): void;
}

export function componentHref(id: string): string {
  return `${COMPONENT_DOCS_BASE}/${id}.md`;
}

export function defineYamlRule(rule: Omit<YamlComponentRule, 'href'>): YamlComponentRule {
  return { ...rule, href: componentHref(rule.id) };
}

/**
 * A rule with one id for both formats: its YAML check, and what it registers on Dockerfile-format
 * components (command or template checks, run with the template rules).
 */
export function defineComponentRule(
  rule: Omit<YamlComponentRule, 'href' | 'check'>,
  checks: { yaml: YamlComponentRule['check']; dockerfile: Pick<Rule, 'commands' | 'template'> },
): { yaml: YamlComponentRule; dockerfile: Rule } {
  const href = componentHref(rule.id);
  return { yaml: { ...rule, href, check: checks.yaml }, dockerfile: { ...rule, href, ...checks.dockerfile } };
}
