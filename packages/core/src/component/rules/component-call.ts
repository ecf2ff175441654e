// Checks a template's COMPONENT line against the local component it resolves to: the parameters it
// passes (names, required ones, Number/Boolean values) and where the component may be used.
import type { Finding } from '../../checks/rule.js';
import type { ComponentCommand } from '../../syntax/ast.js';
import { closestWord } from '../../util/closest-word.js';
import { fitsType } from '../actions.js';
import { componentHref } from '../component-rule.js';
import type { LocalComponent } from '../local-component.js';

/** The codes of the `component-call` rule (our own: a COMPONENT line checked against the local component it names). */
export const COMPONENT_CALL_CODES = {
  unknownParameter: 'component-call-unknown-parameter',
  missingParameter: 'component-call-missing-parameter',
  parameterValue: 'component-call-parameter-value',
  componentType: 'component-call-type',
} as const;

export const componentCall = {
  id: 'component-call',
  codes: Object.values(COMPONENT_CALL_CODES),
  severity: 'warning' as const,
  description:
    'A COMPONENT line passes the parameters its local component declares, of their types, and calls Build components from build templates, Test components from test templates.',
  href: componentHref('component-call'),
};

/** `Build` for a template, `Test` for a test template (`<name>.test.buildcontent`). */
export type TemplateRole = 'Build' | 'Test';

export function checkComponentCall(
  command: ComponentCommand,
  component: LocalComponent,
  role: TemplateRole,
  report: (finding: Finding) => void,
): void {
  const C = COMPONENT_CALL_CODES;
  const reference = command.reference!;
  const declared = component.parameters;
  const names = declared.map((parameter) => parameter.name);
  const passed = new Set<string>();
  for (const parameter of command.parameters) {
    if (!parameter.name) continue;
    passed.add(parameter.name);
    const declaration = declared.find((candidate) => candidate.name === parameter.name);
    if (!declaration) {
      const near = closestWord(parameter.name, names, Math.max(2, Math.floor(parameter.name.length / 3)));
      const takes =
        component.format === 'dockerfile'
          ? 'takes no parameters (Dockerfile format)'
          : names.length
            ? `takes ${names.map((n) => `--${n}`).join(', ')}`
            : 'declares no parameters';
      report({
        code: C.unknownParameter,
        message: `--${parameter.name} is not a parameter of ${component.name}: it ${takes}${near ? `; did you mean --${near}?` : '.'}`,
        range: parameter.flag.range,
      });
    } else if (
      parameter.value &&
      declaration.type &&
      declaration.type !== 'String' &&
      !fitsType(parameter.value.text, declaration.type)
    ) {
      report({
        code: C.parameterValue,
        message: `--${parameter.name} of ${component.name} is a ${declaration.type}, not ${JSON.stringify(parameter.value.text)}.`,
        range: parameter.value.range,
      });
    }
  }
  const missing = declared.filter((parameter) => !parameter.optional && !passed.has(parameter.name));
  if (missing.length > 0) {
    report({
      code: C.missingParameter,
      message: `${component.name} needs ${missing.map((p) => `--${p.name}`).join(', ')} (no DefaultValue): pass ${missing.length === 1 ? 'it' : 'them'} on the COMPONENT line.`,
      range: reference.range,
    });
  }
  if (component.componentType !== role) {
    // The docs state the split but document no refusal code for it: a warning with our code (docs/test-templates.md).
    report({
      code: C.componentType,
      message: `${component.name} is a ${component.componentType} component: ${component.componentType} components go only in ${component.componentType === 'Test' ? 'test templates (TestContent)' : 'build templates (BuildContent)'}.`,
      range: reference.range,
    });
  }
}
