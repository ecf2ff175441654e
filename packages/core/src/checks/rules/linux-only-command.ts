import { defineRule } from '../rule.js';

export const linuxOnlyCommand = defineRule({
  id: 'linux-only-command',
  codes: ['linux-only-command'],
  severity: 'warning',
  description:
    'With a Windows source image (ImportImageOptions.OSType "windows"), only COMPONENT and RESTART apply: the other commands are Linux only.',
  commands: {
    '*': (command, context) => {
      if (context.options.params?.sourceOsType !== 'windows') return;
      if (command.kind === 'COMPONENT' || command.kind === 'RESTART' || command.kind === 'UNKNOWN') return;
      context.report({
        code: 'linux-only-command',
        message: `${command.kind} applies only to Linux images (the Image Builder commands page), but ImportImageOptions.OSType is "windows". Use a COMPONENT with RunPowerShellCommand tasks instead.`,
        range: command.keywordNode.range,
      });
    },
  },
});
