import type { PairCommand } from '../../syntax/ast.js';
import { fixOf, replaceOnOneLine } from '../fix-helpers.js';
import { defineRule, type CommandCheck } from '../rule.js';

/**
 * Text that reads the same bare and in double quotes: no quote and no escape character. (Docker's legacy form
 * takes the rest of the line as the value, blanks included, which is what `key="rest"` says.)
 */
const plain = (text: string, escape: string) => !/["']/.test(text) && !text.includes(escape);

const check: CommandCheck<PairCommand> = (command, context) => {
  const escape = context.template.escapeChar;
  const kind = command.kind;
  // ENV's malformations are refused with the service's documented code; LABEL has no such code in any error
  // table, so its findings are ours and warnings (docs/decisions.md, severity policy).
  const code = kind === 'ENV' ? 'InvalidCommandContent.ENV' : 'label-content';
  const severity = kind === 'ENV' ? undefined : ('warning' as const);
  for (const pair of command.pairs) {
    if (pair.form === 'legacy') {
      if (kind === 'LABEL') {
        context.report({
          code,
          severity,
          message: `LABEL takes key="value" pairs; write LABEL ${pair.key.text}="${pair.value?.text ?? ''}".`,
          range: pair.range,
          fix:
            pair.value && plain(pair.key.text, escape) && plain(pair.value.text, escape)
              ? fixOf('Convert to key="value"', replaceOnOneLine(pair, `${pair.key.text}="${pair.value.text}"`))
              : undefined,
        });
      } else if (!pair.value) {
        context.report({
          code,
          severity,
          message: `ENV ${pair.key.text} has no value: write ENV ${pair.key.text} <value> or ENV ${pair.key.text}="<value>".`,
          range: pair.key.range,
        });
      }
    } else if (!pair.equals) {
      context.report({
        code,
        severity,
        message: `${pair.key.text} has no "=": every ${kind} pair is written key="value".`,
        range: pair.key.range,
      });
    } else if (pair.key.text === '') {
      context.report({
        code,
        severity,
        message: `A ${kind} pair is missing its name before "=".`,
        range: pair.equals.range,
      });
    }
    if (pair.unterminatedQuote) {
      context.report({ code, severity, message: `A quote in this ${kind} pair is never closed.`, range: pair.range });
    }
  }
};

export const keyValuePairs = defineRule({
  id: 'key-value-pairs',
  codes: ['InvalidCommandContent.ENV', 'label-content'],
  severity: 'error',
  description: 'ENV and LABEL pairs need a name, "=" and closed quotes; LABEL has no legacy "key value" form.',
  commands: { ENV: check, LABEL: check },
});
