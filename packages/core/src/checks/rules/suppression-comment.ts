import { RENAMED_CODES, unknownCodeProblem } from '../../project/settings.js';
import { defineRule } from '../rule.js';
import { readSuppression } from '../suppressions.js';

export const suppressionComment = defineRule({
  id: 'suppression-comment',
  codes: ['suppression-unknown-code'],
  severity: 'error',
  description: 'A # buildcontent-ignore comment names codes or rule ids that exist.',
  template: (template, context) => {
    for (const comment of template.comments) {
      for (const { code, start } of readSuppression(comment.text)?.codes ?? []) {
        const problem = unknownCodeProblem(code);
        if (!problem) continue;
        const range = context.range(comment.offset + start, comment.offset + start + code.length);
        const renamed = Object.hasOwn(RENAMED_CODES, code) ? RENAMED_CODES[code] : undefined;
        context.report({
          code: 'suppression-unknown-code',
          message: `buildcontent-ignore: ${problem}; the comment suppresses nothing under that name.`,
          range,
          suggestions: renamed ? [{ title: `Change to ${renamed}`, edits: [{ range, newText: renamed }] }] : undefined,
        });
      }
    }
  },
});
