import { defineRule } from '../rule.js';
import { sentText } from '../../syntax/sent-text.js';

export const MAX_CONTENT_BYTES = 16384;

export const contentLength = defineRule({
  id: 'content-length',
  codes: ['InvalidBuildContent.LengthExceeded'],
  severity: 'error',
  description: 'BuildContent is at most 16 KB (16384 bytes of UTF-8) as sent.',
  template: (template, context) => {
    // The registry's line index of this text, not a second one.
    const sent = sentText(template, { keepComments: context.options.keepComments ?? false }, context.lines);
    const bytes = Buffer.byteLength(sent.text, 'utf8');
    if (bytes <= MAX_CONTENT_BYTES) return;
    // Point at the first command that does not fit any more.
    let total = 0;
    let offset = template.text.length;
    for (const piece of sent.pieces) {
      total += Buffer.byteLength(piece.text, 'utf8');
      if (total > MAX_CONTENT_BYTES) {
        offset = piece.offset;
        break;
      }
    }
    context.report({
      code: 'InvalidBuildContent.LengthExceeded',
      message: `The template is ${bytes} bytes as sent${context.options.keepComments ? '' : ' (comment and blank lines stripped)'}; BuildContent may be at most ${MAX_CONTENT_BYTES} bytes (16 KB). It stops fitting here.`,
      range: context.range(offset, template.text.length),
    });
  },
});
