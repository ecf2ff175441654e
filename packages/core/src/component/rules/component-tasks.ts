import { closestWord } from '../../util/closest-word.js';
import { COMPONENT_CONTENT_INVALID, defineYamlRule } from '../component-rule.js';

const TOP_LEVEL_KEYS = ['Parameters', 'Tasks'];
const TASK_KEYS = ['Name', 'Action', 'Properties'];

function unknownKey(key: string, where: string, known: readonly string[]): string {
  const near = closestWord(key, known, Math.max(2, Math.floor(key.length / 3)));
  return `${JSON.stringify(key)} is not a key of ${where} (${known.join(', ')})${near ? `: did you mean "${near}"?` : '.'}`;
}

export const componentTasks = defineYamlRule({
  id: 'component-tasks',
  codes: [COMPONENT_CONTENT_INVALID, 'component-unknown-key'],
  severity: 'error',
  description:
    'A YAML component is a mapping of Parameters and Tasks; Tasks is a non-empty list of mappings of Name, Action and Properties.',
  check: (component, context) => {
    if (component.empty) return;
    if (component.notAMapping) {
      context.report({
        code: COMPONENT_CONTENT_INVALID,
        message: 'A YAML component is a mapping with a Tasks key (and optional Parameters).',
        range: component.notAMapping.range,
      });
      return;
    }
    const topLevel = component.topLevel ?? [];
    for (const entry of topLevel) {
      if (!TOP_LEVEL_KEYS.includes(entry.key)) {
        context.report({
          code: 'component-unknown-key',
          severity: 'warning',
          message: unknownKey(entry.key, 'a component', TOP_LEVEL_KEYS),
          range: entry.keySpan.range,
        });
      }
    }
    const tasks = component.tasksEntry;
    if (!tasks) {
      if (topLevel.length > 0) {
        context.report({
          code: COMPONENT_CONTENT_INVALID,
          message: 'The component has no Tasks: add a list of at least one task.',
          range: topLevel[0].keySpan.range,
        });
      }
      return;
    }
    if (!Array.isArray(tasks.value)) {
      context.report({
        code: COMPONENT_CONTENT_INVALID,
        message: 'Tasks must be a list of tasks (- Name: ..., Action: ..., Properties: ...).',
        range: tasks.node ? tasks.valueSpan.range : tasks.keySpan.range,
      });
      return;
    }
    if (tasks.value.length === 0) {
      context.report({
        code: COMPONENT_CONTENT_INVALID,
        message: 'Tasks is empty: a component needs at least one task.',
        range: tasks.valueSpan.range,
      });
    }
    for (const task of component.tasks) {
      if (!task.isMap) {
        context.report({
          code: COMPONENT_CONTENT_INVALID,
          message: 'A task is a mapping of Name, Action and Properties.',
          range: task.span.range,
        });
        continue;
      }
      for (const entry of task.entries) {
        if (!TASK_KEYS.includes(entry.key)) {
          context.report({
            code: 'component-unknown-key',
            severity: 'warning',
            message: unknownKey(entry.key, 'a task', TASK_KEYS),
            range: entry.keySpan.range,
          });
        }
      }
    }
  },
});
