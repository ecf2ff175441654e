import { defineComponentRule } from '../component-rule.js';

const id = 'component-content-empty';
const code = 'MissingParameter.Content';
const description = 'A component has content: the service refuses an empty Content (MissingParameter.Content).';

export const { yaml: componentContentEmpty, dockerfile: componentContentEmptyCommands } = defineComponentRule(
  { id, codes: [code], severity: 'error', description },
  {
    yaml: (component, context) => {
      if (!component.empty || component.syntaxProblems.length > 0) return;
      context.report({
        code,
        message: 'The component is empty: Content is required (at least Tasks with one task).',
        range: component.lines.range(0, component.text.length),
      });
    },
    dockerfile: {
      // The same rule for Dockerfile-format components: nothing is sent when there is no command.
      template: (template, context) => {
        if (template.commands.length > 0) return;
        context.report({
          code,
          message: 'The component has no command: Content is required.',
          range: context.range(0, template.text.length),
        });
      },
    },
  },
);
