import { defineRule } from '../rule.js';

export const componentReference = defineRule({
  id: 'component-reference',
  codes: ['component-reference', 'component-parameter'],
  severity: 'warning',
  description: 'COMPONENT names a component by id (ic-...) or ARN, followed by --name value parameters.',
  commands: {
    COMPONENT: (command, context) => {
      const reference = command.reference;
      if (!reference) {
        context.report({
          code: 'component-reference',
          message:
            'COMPONENT needs a component: an id (ic-...) or acs:ecs:<region>:<account id>:imagecomponent/<name>/<major>.<minor>.<patch>.',
          range: (command.content ?? command.keywordNode).range,
        });
      } else if (reference.type === 'other') {
        context.report({
          code: 'component-reference',
          message: `${reference.text} is neither a component id (ic-...) nor a component ARN (acs:ecs:<region>:<account id>:imagecomponent/<name>/<x>.<y>.<z>, * allowed in the version).`,
          range: reference.range,
        });
      }
      for (const parameter of command.parameters) {
        if (!parameter.value) {
          context.report({
            code: 'component-parameter',
            message: `Component parameter --${parameter.name} has no value: write --${parameter.name} <value>.`,
            range: parameter.flag.range,
          });
        } else if (parameter.name === '') {
          context.report({
            code: 'component-parameter',
            message: 'A component parameter needs a name after "--".',
            range: parameter.flag.range,
          });
        }
      }
      // The words that are the reference, a parameter's flag or its value; any other is a stray.
      const covered = new Set<number>();
      if (reference) covered.add(reference.offset);
      for (const parameter of command.parameters) {
        covered.add(parameter.flag.offset);
        if (parameter.value) covered.add(parameter.value.offset);
      }
      for (const stray of command.args) {
        if (covered.has(stray.offset)) continue;
        context.report({
          code: 'component-parameter',
          message: `${stray.text} is not a parameter: component parameters are written --name value.`,
          range: stray.range,
        });
      }
    },
  },
});
