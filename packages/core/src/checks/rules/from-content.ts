import { fixOf, replaceOnOneLine } from '../fix-helpers.js';
import { defineRule } from '../rule.js';
import { fromWording } from '../from-wording.js';
import { asciiUpperCase } from '../../syntax/ascii-case.js';

const SOURCE_TYPES = ['IMAGE', 'IMAGE_FAMILY'];

export const fromContent = defineRule({
  id: 'from-content',
  codes: ['InvalidCommandContent.FROM'],
  severity: 'error',
  description: 'FROM must be IMAGE:<image id> or IMAGE_FAMILY:<family name>.',
  commands: {
    FROM: (command, context) => {
      const report = (message: string, range = command.content?.range ?? command.keywordNode.range) =>
        context.report({ code: 'InvalidCommandContent.FROM', ...fromWording(context, message), range });
      if (!command.content)
        return report('FROM needs a source image: FROM IMAGE:<image id> or FROM IMAGE_FAMILY:<family name>.');
      if (command.args.length > 1 || command.flags.length > 0)
        return report('FROM takes one source image: FROM IMAGE:<image id> or FROM IMAGE_FAMILY:<family name>.');
      if (!command.sourceType || !command.image)
        return report(
          `${command.content.text} is not a source image: write FROM IMAGE:<image id> or FROM IMAGE_FAMILY:<family name>.`,
        );
      if (!SOURCE_TYPES.includes(command.sourceType.text)) {
        const upper = asciiUpperCase(command.sourceType.text);
        const fixable = SOURCE_TYPES.includes(upper);
        const fix = fixable
          ? fixOf(`Change ${command.sourceType.text} to ${upper}`, replaceOnOneLine(command.sourceType, upper))
          : undefined;
        return context.report({
          code: 'InvalidCommandContent.FROM',
          ...fromWording(
            context,
            fixable
              ? `${command.sourceType.text} is not a source image type: write ${upper} in upper case.`
              : `${command.content.text} looks like a Docker image reference; Image Builder's FROM takes IMAGE:<image id> or IMAGE_FAMILY:<family name>.`,
          ),
          range: fixable ? command.sourceType.range : command.content.range,
          fix,
        });
      }
      if (command.image.text === '')
        report(
          `FROM ${command.sourceType.text}: needs the ${command.sourceType.text === 'IMAGE' ? 'image id' : 'image family name'} after the colon.`,
        );
    },
  },
});
