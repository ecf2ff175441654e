import { COMMAND_KINDS } from '../../syntax/ast.js';
import type { Fix } from '../diagnostic.js';
import { deleteCommand, fixOf, isOneLine, replaceOnOneLine } from '../fix-helpers.js';
import { closestWord } from '../../util/closest-word.js';
import { defineRule } from '../rule.js';

/** Docker commands users reach for, and what Image Builder offers instead. */
const HINTS: Record<string, { use?: string; why: string }> = {
  ADD: { use: 'COPY', why: 'COPY copies local files and downloads http(s) URLs' },
  REBOOT: { use: 'RESTART', why: 'RESTART restarts the build instance' },
  MAINTAINER: { why: 'use LABEL maintainer="..." instead' },
  ARG: { why: 'use ENV, or COMPONENT --name value parameters' },
  EXPOSE: { why: 'ports are a matter of the instance security group, not the image' },
  VOLUME: { why: 'disks are configured on the instance, not in the template' },
  SHELL: { why: 'RUN always runs in the instance shell' },
};

/** Typos such as RUNN or ENTRYPIONT: within one edit of a short keyword, two of a longer one. */
function closestKeyword(word: string): string | undefined {
  return closestWord(word, COMMAND_KINDS, word.length > 4 ? 2 : 1);
}

export const unsupportedCommand = defineRule({
  id: 'unsupported-command',
  codes: ['InvalidImageTemplateCommand.NotSupported'],
  severity: 'error',
  description: 'Only FROM, COMPONENT, RUN, ENV, WORKDIR, COPY, USER, LABEL, CMD, ENTRYPOINT and RESTART are supported.',
  commands: {
    UNKNOWN: (command, context) => {
      const word = command.keyword;
      const hint = HINTS[word];
      const suggestion = hint?.use ?? closestKeyword(word);
      let message = `${command.keywordNode.text} is not a command Image Builder supports.`;
      if (hint)
        message += hint.use ? ` Use ${hint.use}: ${hint.why}.` : ` Image Builder has no equivalent: ${hint.why}.`;
      else if (suggestion) message += ` Did you mean ${suggestion}?`;
      // A look-alike letter (the dotless ı of entrypoınt) is easy to miss: name it.
      const foreign = [...command.keywordNode.text].find((c) => c.charCodeAt(0) > 127);
      if (foreign && suggestion)
        message += ` (${command.keywordNode.text} holds the non-ASCII letter ${foreign}, U+${foreign.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
      // Choices for a person, never applied by --fix: a guessed keyword (or ADD -> COPY, which does not unpack
      // archives), MAINTAINER's one equivalent, and dropping the command (its comment lines stay).
      const suggestions: Fix[] = [];
      const guess = suggestion
        ? fixOf(
            `Change ${command.keywordNode.text} to ${suggestion}`,
            replaceOnOneLine(command.keywordNode, suggestion),
          )
        : undefined;
      if (guess) suggestions.push(guess);
      const maintainer = command.content?.text;
      if (word === 'MAINTAINER' && maintainer && isOneLine(command)) {
        // Inside double quotes the escape character in force escapes `"`, `$` and itself: the label reads as written.
        const escape = context.template.escapeChar;
        const quoted = [...maintainer].map((c) => (c === '"' || c === '$' || c === escape ? escape + c : c)).join('');
        suggestions.push({
          title: `Convert to LABEL maintainer="${quoted}"`,
          edits: [{ range: command.range, newText: `LABEL maintainer="${quoted}"` }],
        });
      }
      suggestions.push({ title: 'Remove this command', edits: [deleteCommand(command, context)] });
      context.report({
        code: 'InvalidImageTemplateCommand.NotSupported',
        message,
        range: command.keywordNode.range,
        suggestions,
      });
    },
  },
});
