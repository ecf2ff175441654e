import type { Command } from '../../syntax/ast.js';
import { defineRule, type CommandCheck } from '../rule.js';

// Docker's heredoc opener: <<EOF, <<-EOF, <<"EOF", 3<<EOF.
const HEREDOC = /(?:^|\s)\d*<<-?\s*(["']?)[A-Za-z_][A-Za-z0-9_]*\1(?=\s|$)/;

const check: CommandCheck = (command: Command, context) => {
  const content = command.content;
  // The opener holds `<<`; most contents have none, and the regex tries every blank.
  if (!content || !content.text.includes('<<')) return;
  const match = HEREDOC.exec(content.text);
  if (!match) return;
  context.report({
    code: 'heredoc',
    message:
      'Heredocs are not documented for Image Builder: every line after this one is read as a command of its own. Use echo/printf with a continued RUN, or a COPY.',
    range: content.range,
  });
};

export const heredoc = defineRule({
  id: 'heredoc',
  codes: ['heredoc'],
  severity: 'warning',
  description: 'Heredocs (<<EOF) are not documented for Image Builder.',
  commands: { RUN: check, COPY: check },
});
