import { closestWord } from '../../util/closest-word.js';
import { COMPONENT_ACTIONS, actionNamed } from '../actions.js';
import { COMPONENT_CONTENT_INVALID, defineYamlRule } from '../component-rule.js';

const ACTION_NAMES = COMPONENT_ACTIONS.map((action) => action.name);

export const componentAction = defineYamlRule({
  id: 'component-action',
  codes: [COMPONENT_CONTENT_INVALID],
  severity: 'error',
  description: 'Every task has an Action, one of the seven the service knows.',
  check: (component, context) => {
    for (const task of component.tasks) {
      if (!task.isMap) continue;
      const action = task.action;
      if (!action) {
        context.report({
          code: COMPONENT_CONTENT_INVALID,
          message: `Task #${task.index + 1} has no Action (${ACTION_NAMES.join(', ')}).`,
          range: task.entries[0]?.keySpan.range ?? task.span.range,
        });
        continue;
      }
      if (typeof action.value === 'string' && actionNamed(action.value)) continue;
      const written = typeof action.value === 'string' ? action.value : '';
      const near = written
        ? closestWord(written, ACTION_NAMES, Math.max(2, Math.floor(written.length / 3)))
        : undefined;
      context.report({
        code: COMPONENT_CONTENT_INVALID,
        message: `${written ? JSON.stringify(written) : 'The Action'} is not an action (${ACTION_NAMES.join(', ')})${near ? `: did you mean "${near}"?` : '.'}`,
        range: action.node ? action.valueSpan.range : action.keySpan.range,
        suggestions:
          near && action.node
            ? [{ title: `Change to ${near}`, edits: [{ range: action.valueSpan.range, newText: near }] }]
            : undefined,
      });
    }
  },
});
