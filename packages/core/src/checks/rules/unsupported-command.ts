import { COMMAND_KINDS } from '../../syntax/ast.js';
import { replace } from '../fix-helpers.js';
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

/** Levenshtein distance, for "did you mean" on typos such as RUNN or ENTRYPIONT. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

export function closestKeyword(word: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const kind of COMMAND_KINDS) {
    const d = distance(word, kind);
    if (d < bestDistance) {
      best = kind;
      bestDistance = d;
    }
  }
  return bestDistance <= (word.length > 4 ? 2 : 1) ? best : undefined;
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
      if (hint) message += hint.use ? ` Use ${hint.use}: ${hint.why}.` : ` Image Builder has no equivalent: ${hint.why}.`;
      else if (suggestion) message += ` Did you mean ${suggestion}?`;
      context.report({
        code: 'InvalidImageTemplateCommand.NotSupported',
        message,
        range: command.keywordNode.range,
        fix: suggestion ? { title: `Change ${command.keywordNode.text} to ${suggestion}`, edits: [replace(command.keywordNode, suggestion)] } : undefined,
      });
    },
  },
});
