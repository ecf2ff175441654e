import { unknownCodeProblem } from '../../project/settings.js';
import { defineRule } from '../rule.js';

const PRAGMA = 'buildcontent-ignore';
const isBlank = (ch: string) => ch === ' ' || ch === '\t';

/**
 * The codes of a `# buildcontent-ignore[-file] CODE[,CODE] [# reason]` comment with their offsets in the
 * comment, read in one pass (no backtracking pattern); undefined when the comment is not a pragma.
 */
export function pragmaCodes(comment: string): Array<{ code: string; start: number }> | undefined {
  let i = 1; // past `#`
  while (i < comment.length && isBlank(comment[i])) i++;
  if (!comment.startsWith(PRAGMA, i)) return undefined;
  i += PRAGMA.length;
  if (comment.startsWith('-file', i)) i += '-file'.length;
  if (i < comment.length && !isBlank(comment[i])) return undefined;
  const codes: Array<{ code: string; start: number }> = [];
  let start = -1;
  for (; i <= comment.length; i++) {
    const ch = comment[i] ?? '#';
    const separator = ch === '#' || ch === ',' || isBlank(ch);
    if (!separator && start < 0) start = i;
    if (separator && start >= 0) {
      codes.push({ code: comment.slice(start, i), start });
      start = -1;
    }
    if (ch === '#') break;
  }
  return codes;
}

export const suppressionComment = defineRule({
  id: 'suppression-comment',
  codes: ['suppression-unknown-code'],
  severity: 'error',
  description: 'A # buildcontent-ignore comment names codes or rule ids that exist.',
  template: (template, context) => {
    for (const comment of template.comments) {
      for (const { code, start } of pragmaCodes(comment.text) ?? []) {
        const problem = unknownCodeProblem(code);
        if (!problem) continue;
        context.report({
          code: 'suppression-unknown-code',
          message: `buildcontent-ignore: ${problem}; the comment suppresses nothing under that name.`,
          range: context.range(comment.offset + start, comment.offset + start + code.length),
        });
      }
    }
  },
});
