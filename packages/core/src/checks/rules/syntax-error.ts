import { defineRule } from '../rule.js';

export const syntaxError = defineRule({
  id: 'syntax-error',
  codes: ['syntax-error'],
  severity: 'error',
  description: 'Text the parser could not read.',
  template: (template, context) => {
    for (const problem of template.syntaxProblems) {
      context.report({ code: 'syntax-error', message: problem.message, range: problem.range });
    }
  },
});
