import { actionNamed } from '../actions.js';
import { defineComponentRule } from '../component-rule.js';

const id = 'component-system-type';
const code = 'component-system-type';
const description =
  "Actions (and the Dockerfile format) that need Linux or Windows agree with the component's SystemType.";

export const { yaml: componentSystemType, dockerfile: componentSystemTypeCommands } = defineComponentRule(
  { id, codes: [code], severity: 'warning', description },
  {
    yaml: (component, context) => {
      const system = context.options.systemType ?? 'Linux';
      for (const task of component.tasks) {
        const action = typeof task.action?.value === 'string' ? actionNamed(task.action.value) : undefined;
        if (!action?.system || action.system === system) continue;
        context.report({
          code,
          message: `${action.name} runs on ${action.system} only, but the component's SystemType is ${system}${context.options.systemType ? '' : ' (the default)'}.`,
          range: task.action!.valueSpan.range,
        });
      }
    },
    dockerfile: {
      // The Dockerfile format is for Linux only.
      template: (template, context) => {
        const system = (context.options as { systemType?: string }).systemType;
        if (system !== 'Windows' || template.commands.length === 0) return;
        context.report({
          code,
          message:
            'Dockerfile-format components are for Linux only, but SystemType is Windows: write the component in YAML.',
          range: template.commands[0].keywordNode.range,
        });
      },
    },
  },
);
