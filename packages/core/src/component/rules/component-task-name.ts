import { COMPONENT_CONTENT_INVALID, defineYamlRule } from '../component-rule.js';

export const componentTaskName = defineYamlRule({
  id: 'component-task-name',
  codes: [COMPONENT_CONTENT_INVALID, 'component-task-name'],
  severity: 'error',
  description: 'Every task has a Name (a string), and no two tasks share one.',
  check: (component, context) => {
    const seen = new Map<string, number>();
    for (const task of component.tasks) {
      if (!task.isMap) continue;
      const name = task.name;
      if (!name) {
        context.report({
          code: COMPONENT_CONTENT_INVALID,
          message: `Task #${task.index + 1} has no Name.`,
          range: task.entries[0]?.keySpan.range ?? task.span.range,
        });
        continue;
      }
      if (typeof name.value !== 'string' || name.value.trim() === '') {
        context.report({
          code: COMPONENT_CONTENT_INVALID,
          message: "A task's Name is a non-empty string.",
          range: name.node ? name.valueSpan.range : name.keySpan.range,
        });
        continue;
      }
      const first = seen.get(name.value);
      if (first !== undefined) {
        context.report({
          code: 'component-task-name',
          severity: 'warning',
          message: `Task name ${JSON.stringify(name.value)} is already used by task #${first + 1}: {{ ${name.value}.stdout }} could not tell them apart.`,
          range: name.valueSpan.range,
        });
      } else seen.set(name.value, task.index);
    }
  },
});
