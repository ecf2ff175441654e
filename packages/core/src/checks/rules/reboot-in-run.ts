import { defineRule } from '../rule.js';

const REBOOT = /(?:^|[;&|(]\s*|\bsudo\s+)(reboot\b|shutdown\s+-r\b|systemctl\s+reboot\b|init\s+6\b)/;

export const rebootInRun = defineRule({
  id: 'reboot-in-run',
  codes: ['reboot-in-run'],
  severity: 'warning',
  description: 'Restart the build instance with RESTART, not with reboot inside RUN.',
  commands: {
    RUN: (command, context) => {
      const shell = command.shell;
      const match = shell && REBOOT.exec(shell.text);
      if (!shell || !match) return;
      const oneLine = shell.range.start.line === shell.range.end.line;
      const start = shell.offset + match.index + match[0].length - match[1].length;
      context.report({
        code: 'reboot-in-run',
        message: `${match[1]} inside RUN cuts the running command off and the build fails or hangs; put RESTART on a line of its own instead.`,
        range: oneLine ? context.range(start, start + match[1].length) : shell.range,
      });
    },
  },
});
