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
      });
    }
  },
});
