import type { RuleContext } from './rule.js';

/**
 * The FROM checks run under both `from` settings (the codes are in today's error table too); with
 * `from: "ignored"` the finding says FROM is deprecated and carries the Deprecated tag.
 */
export function fromWording(
  context: Pick<RuleContext, 'options'>,
  message: string,
): { message: string; tags?: Array<'deprecated'> } {
  if (context.options.from !== 'ignored') return { message };
  return {
    message: `${message} (FROM is deprecated and ignored by the service, which still refuses this.)`,
    tags: ['deprecated'],
  };
}
