import { fixOf, replaceOnOneLine } from '../fix-helpers.js';
import { defineRule, type CommandCheck } from '../rule.js';
import type { RunLikeCommand } from '../../syntax/ast.js';

/** Single-quoted JSON, turned into double-quoted JSON, when that parses as an array of strings. */
function fromSingleQuotes(text: string): string | undefined {
  if (!text.includes("'")) return undefined;
  // One pass by hand (a global regex restarted at every quote of an unterminated string: quadratic).
  let converted = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "'") {
      converted += text[i];
      continue;
    }
    let inner = '';
    let j = i + 1;
    for (; j < text.length && text[j] !== "'"; j++) {
      if (text[j] === '\\' && j + 1 < text.length) {
        j++;
        inner += text[j] === "'" ? "'" : `\\${text[j]}`;
      } else inner += text[j];
    }
    if (j >= text.length) return undefined;
    converted += JSON.stringify(inner);
    i = j;
  }
  try {
    const value: unknown = JSON.parse(converted);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? converted : undefined;
  } catch {
    return undefined;
  }
}

function describeJsonProblem(text: string): string {
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return 'is JSON but not an array';
    return 'is a JSON array, but its elements must all be strings';
  } catch (error) {
    return `is not valid JSON (${(error as Error).message.replace(/ in JSON at position \d+.*$/, '')})`;
  }
}

/** An attempted JSON array: `[` then a quote or `]`, or text that parses as JSON; not the shell test `[ -f x ]`. */
function looksLikeJsonArray(text: string): boolean {
  if (!text.startsWith('[')) return false;
  if (/^\[\s*(["'\]]|$)/.test(text)) return true;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const check: CommandCheck<RunLikeCommand> = (command, context) => {
  const shell = command.shell;
  if (command.form !== 'shell' || !shell || !looksLikeJsonArray(shell.text)) return;
  // Docker runs such text as a shell command; it is almost always a broken exec form.
  const fixed = fromSingleQuotes(shell.text);
  context.report({
    code: `InvalidCommandContent.${command.kind}`,
    message: fixed
      ? `The exec form must be a JSON array of strings in double quotes; ${command.kind} ['...'] would run as a shell command.`
      : `${command.kind} ${shell.text.length > 40 ? `${shell.text.slice(0, 37)}...` : shell.text} ${describeJsonProblem(shell.text)}; write ${command.kind} ["executable", "param1"] or the shell form.`,
    range: shell.range,
    // A suggestion only: Docker runs this text as a shell command today; the exec form runs without a shell.
    suggestions: fixed
      ? [fixOf('Convert to JSON with double quotes (runs without a shell)', replaceOnOneLine(shell, fixed))].filter(
          (f) => f !== undefined,
        )
      : undefined,
  });
};

export const execForm = defineRule({
  id: 'exec-form',
  codes: ['InvalidCommandContent.RUN', 'InvalidCommandContent.CMD', 'InvalidCommandContent.ENTRYPOINT'],
  severity: 'error',
  description: 'An exec form must be a JSON array of strings.',
  commands: { RUN: check, CMD: check, ENTRYPOINT: check },
});
