import { fixOf, replaceOnOneLine } from '../fix-helpers.js';
import { defineRule } from '../rule.js';

export const keywordCase = defineRule({
  id: 'keyword-case',
  codes: ['keyword-case'],
  severity: 'warning',
  description: 'Keywords are written in upper case, as every documented example does.',
  commands: {
    '*': (command, context) => {
      if (command.kind === 'UNKNOWN' || command.keywordNode.text === command.keyword) return;
      context.report({
        code: 'keyword-case',
        message: `Write ${command.keywordNode.text} as ${command.keyword}: the service documents upper-case keywords only, and does not say that others are accepted.`,
        range: command.keywordNode.range,
        // Safe: keywords are matched case-insensitively (ASCII only), so the command reads the same.
        fix: fixOf(
          `Change ${command.keywordNode.text} to ${command.keyword}`,
          replaceOnOneLine(command.keywordNode, command.keyword),
        ),
      });
    },
  },
});
