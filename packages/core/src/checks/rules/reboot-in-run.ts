import type { Fix } from '../diagnostic.js';
import { lineBreakOf } from '../fix-helpers.js';
import { defineRule, type RuleContext } from '../rule.js';
import type { RunLikeCommand } from '../../syntax/ast.js';

// Starts only at a separator, and `\s*(?:;\s*)?$` cannot trade blanks between two quantifiers: linear.
const TRAILING_REBOOT =
  /(?:&&|;)\s*(?:sudo\s+)?(?:reboot|shutdown\s+-r(?:\s+now)?|systemctl\s+reboot|init\s+6)\s*(?:;\s*)?$/;

/** `RUN reboot` becomes RESTART; `RUN a && reboot` becomes `RUN a` followed by RESTART. Other shapes: no edit. */
function restartSuggestion(command: RunLikeCommand, context: RuleContext): Fix | undefined {
  const shell = command.shell!;
  if (shell.range.start.line !== shell.range.end.line) return undefined;
  // The whole command is replaced: only when it sits on one line (no continuation or comment line to lose).
  if (
    command.range.start.line === command.range.end.line &&
    /^(?:sudo\s+)?(?:reboot|shutdown\s+-r(?:\s+now)?|systemctl\s+reboot|init\s+6)(?:\s*;)?$/.test(shell.text)
  ) {
    return { title: 'Replace with RESTART', edits: [{ range: command.range, newText: 'RESTART' }] };
  }
  const trailing = TRAILING_REBOOT.exec(shell.text);
  if (!trailing) return undefined;
  let cut = shell.offset + trailing.index;
  while (cut > shell.offset && /[ \t]/.test(context.lines.text[cut - 1])) cut--;
  return {
    title: 'Move the restart to a RESTART command',
    edits: [{ range: context.range(cut, shell.endOffset), newText: `${lineBreakOf(context.lines.text)}RESTART` }],
  };
}

const REBOOT_HINT = /reboot|shutdown|init/;
const REBOOT = /(?:^|[;&|(]\s*|\bsudo\s+)(reboot\b|shutdown\s+-r\b|systemctl\s+reboot\b|init\s+6\b)/;

export const rebootInRun = defineRule({
  id: 'reboot-in-run',
  codes: ['reboot-in-run'],
  severity: 'warning',
  description: 'Restart the build instance with RESTART, not with reboot inside RUN.',
  commands: {
    RUN: (command, context) => {
      const shell = command.shell;
      // Every match holds one of these words; most RUN commands have none, and the regex tries every position.
      if (!shell || !REBOOT_HINT.test(shell.text)) return;
      const match = REBOOT.exec(shell.text);
      if (!shell || !match) return;
      const oneLine = shell.range.start.line === shell.range.end.line;
      const start = shell.offset + match.index + match[0].length - match[1].length;
      context.report({
        code: 'reboot-in-run',
        message: `${match[1]} inside RUN cuts the running command off and the build fails or hangs; put RESTART on a line of its own instead.`,
        range: oneLine ? context.range(start, start + match[1].length) : shell.range,
        suggestions: [restartSuggestion(command, context)].filter((fix): fix is Fix => fix !== undefined),
      });
    },
  },
});
