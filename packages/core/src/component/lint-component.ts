// Lints component files, and the COMPONENT lines of templates against the components they call. The
// severity settings of the project apply as to templates (the registry's diagnosticOf).
import type { Diagnostic } from '../checks/diagnostic.js';
import { diagnosticOf, lintWithRules, sortDiagnostics } from '../checks/registry.js';
import type { Finding } from '../checks/rule.js';
import { parse } from '../syntax/parse.js';
import type { ComponentCommand, Template } from '../syntax/ast.js';
import type { LintOptions } from '../options.js';
import type { ComponentFormat } from './component-files.js';
import type { ComponentLintOptions } from './component-rule.js';
import { componentCall, checkComponentCall, type TemplateRole } from './rules/component-call.js';
import { dockerfileComponentRules, yamlComponentRules } from './rules/index.js';
import { resolveComponent, type ComponentIndex } from './resolve-component.js';
import { parseYamlComponent, type YamlComponent } from './yaml-component.js';
import { yamlSuppressionsOf } from './yaml-suppressions.js';

const SYNTAX_ONLY = new Set(['component-yaml-syntax', 'component-content-length']);

/** Lints a YAML component (text or an already parsed model). Never throws. */
export function lintYamlComponent(input: string | YamlComponent, options: ComponentLintOptions = {}): Diagnostic[] {
  const component = typeof input === 'string' ? parseYamlComponent(input) : input;
  const out: Diagnostic[] = [];
  // Text that is not YAML has no structure to judge: only the syntax and the size are reported.
  const rules =
    component.syntaxProblems.length > 0
      ? yamlComponentRules.filter((rule) => SYNTAX_ONLY.has(rule.id))
      : yamlComponentRules;
  const suppressed = yamlSuppressionsOf(component.text, component.lines);
  for (const rule of rules) {
    rule.check(component, {
      options,
      report: (finding: Finding) => {
        if (suppressed(finding.code, rule.id, finding.range.start.line)) return;
        const diagnostic = diagnosticOf(rule, finding, options);
        if (diagnostic) out.push(diagnostic);
      },
    });
  }
  return sortDiagnostics(out);
}

/** Lints a Dockerfile-format component: the template rules, with the component rules of spec §1.1. */
export function lintDockerfileComponent(input: string | Template, options: ComponentLintOptions = {}): Diagnostic[] {
  return lintWithRules(dockerfileComponentRules, input, options);
}

/** Lints an image component file (YAML or Dockerfile format) as {@link lint} lints a template. */
export function lintComponent(text: string, format: ComponentFormat, options: ComponentLintOptions = {}): Diagnostic[] {
  return format === 'yaml' ? lintYamlComponent(text, options) : lintDockerfileComponent(text, options);
}

/** The COMPONENT lines of a template that name a component of the project, with that component. */
export function componentCallsOf(template: Template, index: ComponentIndex) {
  return template.commands
    .filter((command): command is ComponentCommand => command.kind === 'COMPONENT')
    .map((command) => ({ command, component: resolveComponent(command.reference, index) }))
    .filter(
      (call): call is { command: ComponentCommand; component: NonNullable<typeof call.component> } =>
        call.component !== undefined,
    );
}

/** Checks each COMPONENT line of a template against the local component it calls (none: nothing to check). */
export function lintComponentCalls(
  input: string | Template,
  index: ComponentIndex,
  role: TemplateRole = 'Build',
  options: LintOptions = {},
): Diagnostic[] {
  const template = typeof input === 'string' ? parse(input) : input;
  const out: Diagnostic[] = [];
  for (const { command, component } of componentCallsOf(template, index)) {
    checkComponentCall(command, component, role, (finding) => {
      const diagnostic = diagnosticOf(componentCall, finding, options);
      if (diagnostic) out.push(diagnostic);
    });
  }
  return sortDiagnostics(out);
}
