import { deleteCommand } from '../fix-helpers.js';
import { defineRule, type CommandCheck } from '../rule.js';
import type { RunLikeCommand } from '../../syntax/ast.js';

const check: CommandCheck<RunLikeCommand> = (command, context) => {
  if (command.form !== 'exec' || !command.exec || command.exec.elements.length > 0) return;
  context.report({
    code: 'empty-exec-form',
    message: `${command.kind} [] names no executable: there is nothing to run. Give the command (${command.kind} ["executable", "param1"]) or remove the line.`,
    range: command.exec.range,
    // A suggestion only: in Docker `CMD []` clears an earlier CMD, so removing it can change which one runs.
    suggestions: [{ title: `Remove the empty ${command.kind}`, edits: [deleteCommand(command, context)] }],
  });
};

export const emptyExecForm = defineRule({
  id: 'empty-exec-form',
  codes: ['empty-exec-form'],
  severity: 'warning',
  description: 'CMD [], ENTRYPOINT [] and RUN [] name no executable.',
  commands: { RUN: check, CMD: check, ENTRYPOINT: check },
});
