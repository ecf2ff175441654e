// Syntax problems in the template author's words. Chevrotain's own messages ("Expecting token of type --> EOF
// <--") describe the parser, not the template; none of them reaches a user. The lexer and the grammar accept
// every text today (each mode has a catch-all token), so these are a net for a future grammar change.

/** A character the lexer could not place in any token. */
export function lexerProblemMessage(text: string): string {
  return `This character cannot be read here: ${describe(text)}. Remove it, or quote the argument that contains it.`;
}

/** A token the grammar did not expect where it stands. */
export function parserProblemMessage(image: string, expected: 'end of line' | 'argument'): string {
  if (image === '' || image === '\n')
    return 'This command ends before its arguments are complete; finish the line or remove the command.';
  return expected === 'end of line'
    ? `${describe(image)} cannot follow the command here; put it on a line of its own or remove it.`
    : `${describe(image)} is not a valid argument at this place; check the command's syntax (see the rule's documentation).`;
}

/** Text quoted for a message: short, with invisible characters named. */
function describe(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  if (/^[\x21-\x7e\u00a1-\uffff]+$/u.test(shown)) return `"${shown}"`;
  return `"${[...shown].map((ch) => (/[\x21-\x7e\u00a1-\uffff]/u.test(ch) ? ch : `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)).join('')}"`;
}
