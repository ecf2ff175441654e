import { deleteCommand } from '../fix-helpers.js';
import { defineRule, type CommandCheck } from '../rule.js';

/** The documented form of each command, to fill an empty one with. */
const EXAMPLES: Record<string, string> = {
  RUN: 'echo "TODO: the command to run"',
  ENV: 'KEY="value"',
  WORKDIR: '/path',
  COPY: 'https://example.com/file /destination/',
  USER: 'root',
  LABEL: 'key="value"',
  CMD: '["executable", "param1"]',
  ENTRYPOINT: '["executable", "param1"]',
};

// The service refuses these commands with no content: "If the RUN command exists in the template, you must specify RUN."
const check: CommandCheck = (command, context) => {
  if (command.content) return;
  context.report({
    code: `EmptyCommandContent.${command.kind}`,
    message: `If the ${command.kind} command exists in the template, you must specify ${command.kind}.`,
    range: command.keywordNode.range,
    fix: {
      title: `Remove the empty ${command.kind} command`,
      edits: [deleteCommand(command, context)],
    },
    // Not across comment lines inside the command: the edit would remove them.
    suggestions:
      command.innerComments.length > 0
        ? undefined
        : [
            {
              title: `Fill ${command.kind} with its documented form`,
              // Up to the end of the line, so trailing blanks (and a dangling continuation) go too.
              edits: [
                {
                  range: context.range(
                    command.keywordNode.endOffset,
                    context.lines.lineContentEnd(command.range.end.line),
                  ),
                  newText: ` ${EXAMPLES[command.kind]}`,
                },
              ],
            },
          ],
  });
};

export const emptyCommandContent = defineRule({
  id: 'empty-command-content',
  codes: ['RUN', 'ENV', 'WORKDIR', 'COPY', 'USER', 'LABEL', 'CMD', 'ENTRYPOINT'].map((k) => `EmptyCommandContent.${k}`),
  severity: 'error',
  description: 'RUN, ENV, WORKDIR, COPY, USER, LABEL, CMD and ENTRYPOINT need content.',
  commands: {
    RUN: check,
    ENV: check,
    WORKDIR: check,
    COPY: check,
    USER: check,
    LABEL: check,
    CMD: check,
    ENTRYPOINT: check,
  },
});
