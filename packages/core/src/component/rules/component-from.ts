import { deleteLines } from '../../checks/fix-helpers.js';
import { defineRule } from '../../checks/rule.js';
import { componentHref } from '../component-rule.js';

export const componentFrom = defineRule({
  id: 'component-from',
  codes: ['NotSupportedCommand.FROM'],
  severity: 'error',
  description: 'A component has no FROM: the service refuses it (NotSupportedCommand.FROM).',
  href: componentHref('component-from'),
  commands: {
    FROM: (command, context) => {
      context.report({
        code: 'NotSupportedCommand.FROM',
        message:
          'FROM is not supported in a component: the template that calls the component chooses the source image.',
        range: command.keywordNode.range,
        suggestions: [
          { title: 'Remove FROM', edits: [deleteLines(command.range.start.line, command.range.end.line, context)] },
        ],
      });
    },
  },
});
