import { defineRule } from '../../checks/rule.js';
import { componentHref } from '../component-rule.js';

export const componentCommand = defineRule({
  id: 'component-command',
  codes: ['InvalidCommand.Component'],
  severity: 'error',
  description:
    'A component does not call other components: the service refuses COMPONENT in one (InvalidCommand.Component).',
  href: componentHref('component-command'),
  commands: {
    COMPONENT: (command, context) => {
      context.report({
        code: 'InvalidCommand.Component',
        message: 'Image component does not support component command: call both components from the template instead.',
        range: command.keywordNode.range,
      });
    },
  },
});
