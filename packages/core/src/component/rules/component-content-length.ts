import { contentLength, MAX_CONTENT_BYTES } from '../../checks/rules/content-length.js';
import { utf8Bytes } from '../../util/utf8-bytes.js';
import { defineComponentRule } from '../component-rule.js';

const id = 'component-content-length';
const code = 'InvalidContent.LengthExceeded';
const description = "A component's Content is at most 16 KB (16384 bytes of UTF-8).";

export const { yaml: componentContentLength, dockerfile: componentContentLengthCommands } = defineComponentRule(
  { id, codes: [code], severity: 'error', description },
  {
    yaml: (component, context) => {
      const bytes = utf8Bytes(component.text);
      if (bytes <= MAX_CONTENT_BYTES) return;
      // A YAML component is sent as written: point at the first line that does not fit any more.
      let total = 0;
      let line = 0;
      for (; line < component.lines.lineCount; line++) {
        const next =
          line + 1 < component.lines.lineCount ? component.lines.lineStarts[line + 1] : component.text.length;
        total += utf8Bytes(component.text.slice(component.lines.lineStarts[line], next));
        if (total > MAX_CONTENT_BYTES) break;
      }
      context.report({
        code,
        message: `The component is ${bytes} bytes; Content may be at most ${MAX_CONTENT_BYTES} bytes (16 KB). It stops fitting here.`,
        range: component.lines.range(component.lines.lineStarts[line], component.text.length),
      });
    },
    dockerfile: {
      // Dockerfile format: the template rule's measurement (comments stripped as sent), with the component's code.
      template: (template, context) =>
        contentLength.template!(template, {
          ...context,
          report: (finding) =>
            context.report({
              ...finding,
              code,
              message: finding.message.replace('The template', 'The component').replace('BuildContent', 'Content'),
            }),
        }),
    },
  },
);
