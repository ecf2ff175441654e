import type { PairCommand } from '../../syntax/ast.js';
import { defineRule, type CommandCheck } from '../rule.js';

const check: CommandCheck<PairCommand> = (command, context) => {
  for (const pair of command.pairs) {
    const value = pair.value;
    if (pair.form !== 'equals' || !value || pair.unterminatedQuote || value.text === '' || /^".*"$/s.test(value.text)) continue;
    context.report({
      code: 'unquoted-value',
      message: `The Image Builder docs require double quotes around ${command.kind} values in the key="value" form: ${pair.key.text}=${JSON.stringify(value.value)}.`,
      range: value.range,
      fix: { title: 'Put the value in double quotes', edits: [{ range: value.range, newText: JSON.stringify(value.value) }] },
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
