import { defineYamlRule } from '../component-rule.js';

export const componentYamlSyntax = defineYamlRule({
  id: 'component-yaml-syntax',
  codes: ['component-yaml-syntax'],
  severity: 'error',
  description: 'A YAML component must be valid YAML (duplicate keys included).',
  check: (component, context) => {
    for (const problem of component.syntaxProblems) {
      context.report({ code: 'component-yaml-syntax', message: `Not valid YAML: ${problem.message}.`.replace(/\.\.$/, '.'), range: problem.range });
    }
  },
});
