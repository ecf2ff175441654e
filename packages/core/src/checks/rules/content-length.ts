import { defineRule } from '../rule.js';
import { sentText } from '../../syntax/sent-text.js';
import { utf8Bytes } from '../../util/utf8-bytes.js';
import { isPlainAscii } from '../template-facts.js';

export const MAX_CONTENT_BYTES = 16384;

export const contentLength = defineRule({
  id: 'content-length',
  codes: ['InvalidBuildContent.LengthExceeded'],
  severity: 'error',
  description: 'BuildContent is at most 16 KB (16384 bytes of UTF-8) as sent.',
  template: (template, context) => {
    // The text as sent is never longer than the template (lines dropped, a BOM dropped, each line break one
    // byte, continuation characters kept one for one): a template that fits needs no sent text built.
    const text = template.text;
    if (text.length * 3 <= MAX_CONTENT_BYTES) return;
    if ((isPlainAscii(template) ? text.length : utf8Bytes(text)) <= MAX_CONTENT_BYTES) return;
    // The registry's line index of this text, not a second one.
    const sent = sentText(template, { keepComments: context.options.keepComments ?? false }, context.lines);
    const bytes = utf8Bytes(sent.text);
    if (bytes <= MAX_CONTENT_BYTES) return;
    // Point at the first command that does not fit any more.
    let total = 0;
    let offset = template.text.length;
    for (const piece of sent.pieces) {
      total += utf8Bytes(piece.text);
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
