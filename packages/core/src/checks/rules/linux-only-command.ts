import { COMMAND_REFERENCE } from '../../syntax/command-reference.js';
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
      // The command reference marks what the commands page calls Linux only (all but COMPONENT and RESTART).
      if (command.kind === 'UNKNOWN' || !COMMAND_REFERENCE[command.kind].linuxOnly) return;
      context.report({
        code: 'linux-only-command',
        message: `${command.kind} applies only to Linux images (the Image Builder commands page), but ImportImageOptions.OSType is "windows". Use a COMPONENT with RunPowerShellCommand tasks instead.`,
        range: command.keywordNode.range,
      });
    },
  },
});
