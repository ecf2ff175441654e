import { fixOf, replaceOnOneLine } from '../fix-helpers.js';
import { defineRule } from '../rule.js';

/** The elements when `text` is a JSON array of strings (Docker's exec-style COPY), else undefined. */
export function copyJsonElements(text: string): string[] | undefined {
  if (!text.startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
  } catch {
    return undefined;
  }
}

export const copyJsonForm = defineRule({
  id: 'copy-json-form',
  codes: ['copy-json-form'],
  severity: 'warning',
  description:
    'COPY is documented as COPY <source> <destination> only; the JSON array form ["src", "dest"] is Docker\'s.',
  commands: {
    COPY: (command, context) => {
      const content = command.content;
      const elements = content && copyJsonElements(content.text);
      if (!content || !elements) return;
      // Docker reads ["a", "b"] and `a b` the same; the plain form says it only when no element needs quoting.
      const plain = elements.length > 0 && elements.every((e) => e !== '' && !/[\s"'\\`]/.test(e));
      context.report({
        code: 'copy-json-form',
        message: `Image Builder documents COPY only as COPY <source> <destination>; the JSON array form is Docker's and may be read as ${elements.length === 1 ? 'one operand' : 'operands with brackets and quotes'}.${plain ? ` Write COPY ${elements.join(' ')}.` : ' Write the paths without brackets (a path with blanks cannot be written in the documented form).'}`,
        range: content.range,
        fix: plain
          ? fixOf('Write COPY without the JSON brackets', replaceOnOneLine(content, elements.join(' ')))
          : undefined,
      });
    },
  },
});
