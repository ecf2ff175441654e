import type { PairCommand } from '../../syntax/ast.js';
import { doubleQuoteEdits, fixOf } from '../fix-helpers.js';
import { defineRule, type CommandCheck } from '../rule.js';

const DOUBLE_QUOTED = /^".*"$/s;

const check: CommandCheck<PairCommand> = (command, context) => {
  for (const pair of command.pairs) {
    const value = pair.value;
    if (
      pair.form !== 'equals' ||
      !value ||
      pair.unterminatedQuote ||
      value.text === '' ||
      DOUBLE_QUOTED.test(value.text)
    )
      continue;
    // The docs state the quotes for ENV only ("double quotes are required around the value of each variable"):
    // there it is the service's ENV refusal; LABEL's examples merely use them.
    const env = command.kind === 'ENV';
    context.report({
      code: env ? 'InvalidCommandContent.ENV' : 'unquoted-value',
      severity: env ? 'error' : undefined,
      message: env
        ? `The Image Builder docs require double quotes around the value of each variable in the ENV key="value" form: write ${pair.key.text}="...".`
        : 'LABEL values in the key="value" form are written in double quotes, as every documented example does.',
      range: value.range,
      // Safe: only quote characters are written, and only where double quotes read the value the same.
      fix: fixOf('Put the value in double quotes', doubleQuoteEdits(value, context.template.escapeChar, context)),
    });
  }
};

export const unquotedValue = defineRule({
  id: 'unquoted-value',
  codes: ['InvalidCommandContent.ENV', 'unquoted-value'],
  severity: 'warning',
  description:
    'Values in the key="value" form are written in double quotes: ENV as the docs require (error), LABEL as the examples do.',
  commands: { ENV: check, LABEL: check },
});
