import type { Command, Template } from '../../syntax/ast.js';
import { parse } from '../../syntax/parse.js';
import type { TextEdit } from '../diagnostic.js';
import { deleteLines } from '../fix-helpers.js';
import { defineRule, type RuleContext } from '../rule.js';

const shape = (c: Command) =>
  `${c.keyword}\u0000${c.flags.map((f) => f.text).join('\u0000')}\u0000${c.args.map((a) => a.text).join('\u0000')}`;

/** Whether the template's commands read the same once the edit is made (one more parse, at most once per directive). */
function keepsCommands(template: Template, edit: TextEdit, context: RuleContext): boolean {
  const start = context.lines.offsetAt(edit.range.start);
  const end = context.lines.offsetAt(edit.range.end);
  const after = parse(template.text.slice(0, start) + edit.newText + template.text.slice(end)).commands.map(shape);
  return after.length === template.commands.length && after.every((s, i) => s === shape(template.commands[i]));
}

export const parserDirective = defineRule({
  id: 'parser-directive',
  codes: ['parser-directive'],
  severity: 'warning',
  description: 'Docker parser directives (# escape=, # syntax=) are not documented for Image Builder.',
  template: (template, context) => {
    for (const directive of template.directives) {
      const removal = deleteLines(directive.range.start.line, directive.range.start.line, context);
      context.report({
        code: 'parser-directive',
        message:
          directive.name === 'escape'
            ? `# escape=${directive.value} is a Docker parser directive that Image Builder does not document. This tool honours it as Docker does; the request sends \\ continuations instead and drops the directive (no request when a command would read differently). Prefer the default.`
            : `# ${directive.name}=${directive.value} is a Docker parser directive that Image Builder does not document; the service treats it as a comment at best.`,
        range: directive.range,
        // A suggestion, not a fix; and for `# escape=` only when no command reads differently without it.
        suggestions:
          directive.name !== 'escape' || keepsCommands(template, removal, context)
            ? [{ title: `Remove the ${directive.name} directive`, edits: [removal] }]
            : undefined,
      });
    }
  },
});
