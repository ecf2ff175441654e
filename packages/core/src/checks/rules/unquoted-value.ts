import type { PairCommand } from '../../syntax/ast.js';
import { doubleQuoteEdits, fixOf } from '../fix-helpers.js';
import { defineRule, type CommandCheck } from '../rule.js';

const check: CommandCheck<PairCommand> = (command, context) => {
  for (const pair of command.pairs) {
    const value = pair.value;
    if (pair.form !== 'equals' || !value || pair.unterminatedQuote || value.text === '' || /^".*"$/s.test(value.text)) continue;
    context.report({
      code: 'unquoted-value',
      message: `The Image Builder docs require double quotes around ${command.kind} values in the key="value" form.`,
      range: value.range,
      // Safe: only quote characters are written, and only where double quotes read the value the same.
      fix: fixOf('Put the value in double quotes', doubleQuoteEdits(value, context.template.escapeChar, context)),
    });
  }
};

export const unquotedValue = defineRule({
  id: 'unquoted-value',
  codes: ['unquoted-value'],
  severity: 'warning',
  description: 'Values in the key="value" form are written in double quotes, as the docs require.',
  commands: { ENV: check, LABEL: check },
});
