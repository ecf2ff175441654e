import { deleteLines } from '../fix-helpers.js';
import { defineRule } from '../rule.js';

export const parserDirective = defineRule({
  id: 'parser-directive',
  codes: ['parser-directive'],
  severity: 'warning',
  description: 'Docker parser directives (# escape=, # syntax=) are not documented for Image Builder.',
  template: (template, context) => {
    for (const directive of template.directives) {
      context.report({
        code: 'parser-directive',
        message:
          directive.name === 'escape'
            ? `# escape=${directive.value} is a Docker parser directive that Image Builder does not document. This tool honours it as Docker does, but the service may read \\ as the escape character; prefer the default.`
            : `# ${directive.name}=${directive.value} is a Docker parser directive that Image Builder does not document; the service treats it as a comment at best.`,
        range: directive.range,
        // A suggestion, not a fix: without `# escape=` the template's continuations may read differently.
        suggestions: [{ title: `Remove the ${directive.name} directive`, edits: [deleteLines(directive.range.start.line, directive.range.start.line, context)] }],
      });
    }
  },
});
