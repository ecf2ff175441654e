import { deleteLines } from '../fix-helpers.js';
import { defineRule, type CommandCheck } from '../rule.js';

// The service refuses these commands with no content: "If the RUN command exists in the template, you must specify RUN."
const check: CommandCheck = (command, context) => {
  if (command.content) return;
  context.report({
    code: `EmptyCommandContent.${command.kind}`,
    message: `If the ${command.kind} command exists in the template, you must specify ${command.kind}.`,
    range: command.keywordNode.range,
    fix: {
      title: `Remove the empty ${command.kind} command`,
      edits: [deleteLines(command.range.start.line, command.range.end.line, context)],
    },
  });
};

export const emptyCommandContent = defineRule({
  id: 'empty-command-content',
  codes: ['RUN', 'ENV', 'WORKDIR', 'COPY', 'USER', 'LABEL', 'CMD', 'ENTRYPOINT'].map((k) => `EmptyCommandContent.${k}`),
  severity: 'error',
  description: 'RUN, ENV, WORKDIR, COPY, USER, LABEL, CMD and ENTRYPOINT need content.',
  commands: { RUN: check, ENV: check, WORKDIR: check, COPY: check, USER: check, LABEL: check, CMD: check, ENTRYPOINT: check },
});
