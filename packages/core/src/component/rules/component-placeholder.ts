import { actionNamed } from '../actions.js';
import { defineComponentRule } from '../component-rule.js';
import { taskLabel } from '../yaml-component.js';

const id = 'component-placeholder';
const code = 'component-placeholder';
const description =
  '{{ name }} names a declared parameter and {{ task.stdout }} an earlier task with stdout; the Dockerfile format has no {{ }}.';

export const { yaml: componentPlaceholder, dockerfile: componentPlaceholderCommands } = defineComponentRule(
  { id, codes: [code], severity: 'warning', description },
  {
    yaml: (component, context) => {
      const declared = new Set(component.parameters.map((parameter) => parameter.name));
      for (const reference of component.references) {
        if (reference.name === '') {
          context.report({
            code,
            message: '{{ }} is empty: write {{ parameterName }} or {{ taskName.stdout }}.',
            range: reference.range,
          });
        } else if (reference.task === undefined) {
          if (!declared.has(reference.name)) {
            context.report({
              code,
              message: `{{ ${reference.name} }} is not a parameter of this component${declared.size ? ` (${[...declared].join(', ')})` : ''}: declare it under Parameters.`,
              range: reference.nameSpan.range,
            });
          }
        } else {
          const index = component.tasks.findIndex((task) => task.name?.value === reference.task);
          const task = component.tasks[index];
          const action = typeof task?.action?.value === 'string' ? actionNamed(task.action.value) : undefined;
          let problem: string | undefined;
          if (reference.field !== 'stdout')
            problem = `{{ ${reference.name} }}: a task's output is {{ ${reference.task}.stdout }}`;
          else if (!task) problem = `{{ ${reference.name} }}: no task is named ${JSON.stringify(reference.task)}`;
          else if (index >= reference.taskIndex)
            problem = `{{ ${reference.name} }}: task ${taskLabel(task)} runs ${index === reference.taskIndex ? 'in this task' : 'later'}; only an earlier task's stdout is known`;
          else if (action && !action.stdout)
            problem = `{{ ${reference.name} }}: ${action.name} has no stdout (only RunShellCommand has)`;
          if (problem) context.report({ code, message: `${problem}.`, range: reference.nameSpan.range });
        }
      }
    },
    dockerfile: {
      // Dockerfile-format components take no parameters: `{{ x }}` is sent as it is.
      commands: {
        '*': (command, context) => {
          const text = context.template.text.slice(command.offset, command.endOffset);
          for (const match of text.matchAll(PLACEHOLDER)) {
            const offset = command.offset + match.index;
            context.report({
              code,
              message: `${match[0]} is sent as written: Dockerfile-format components take no parameters (write the component in YAML to use {{ }}).`,
              range: context.range(offset, offset + match[0].length),
            });
          }
        },
      },
    },
  },
);

const PLACEHOLDER = /\{\{[^{}]*\}\}/g;
