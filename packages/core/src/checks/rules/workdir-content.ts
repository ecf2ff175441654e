import { defineRule } from '../rule.js';

export const workdirContent = defineRule({
  id: 'workdir-content',
  codes: ['InvalidCommandContent.WORKDIR'],
  severity: 'error',
  description: 'WORKDIR names one directory; a path with blanks is quoted.',
  commands: {
    WORKDIR: (command, context) => {
      if (command.args.length <= 1) return;
      const extra = command.args.slice(1);
      context.report({
        code: 'InvalidCommandContent.WORKDIR',
        message: `WORKDIR takes one directory (WORKDIR /<path>); found ${command.args.length} words. Quote a path that contains blanks.`,
        range: { start: extra[0].range.start, end: extra[extra.length - 1].range.end },
        fix: { title: 'Quote the path', edits: [{ range: command.content!.range, newText: JSON.stringify(command.content!.text) }] },
      });
    },
  },
});
