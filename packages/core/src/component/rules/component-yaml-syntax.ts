import { COMPONENT_CONTENT_INVALID, defineYamlRule } from '../component-rule.js';

export const componentYamlSyntax = defineYamlRule({
  id: 'component-yaml-syntax',
  codes: [COMPONENT_CONTENT_INVALID],
  severity: 'error',
  description: 'A YAML component must be valid YAML (duplicate keys included).',
  check: (component, context) => {
    for (const problem of component.syntaxProblems) {
      context.report({
        code: COMPONENT_CONTENT_INVALID,
        message: `Not valid YAML: ${problem.message}.`.replace(/\.\.$/, '.'),
        range: problem.range,
      });
    }
  },
});
