// Suppression comments, as hadolint users expect them:
//   # buildcontent-ignore CODE[,CODE...] [# reason]        the next command only
//   # buildcontent-ignore-file CODE[,CODE...] [# reason]   the whole file
// CODE is a diagnostic code or a rule id. The comments are stripped with the others when the request is emitted.
import type { Template } from '../syntax/ast.js';

export type SuppressionTest = (code: string, ruleId: string, line: number) => boolean;

const PREFIX = 'buildcontent-ignore';
const isBlank = (ch: string) => ch === ' ' || ch === '\t';

/** A suppression comment: file-wide or for the next command, and its codes with their offsets in the comment. */
export interface Suppression {
  fileWide: boolean;
  codes: Array<{ code: string; start: number }>;
}

/**
 * Reads `# buildcontent-ignore[-file] CODE[,CODE] [# reason]`; undefined for other comments. One pass, no
 * regex: the one it replaces backtracked on long runs of blanks (0.9 s on 32 KB). Templates, YAML components
 * and the rule that checks the codes all read pragmas here.
 */
export function readSuppression(comment: string): Suppression | undefined {
  let i = 1; // past '#'
  while (i < comment.length && isBlank(comment[i])) i++;
  if (!comment.startsWith(PREFIX, i)) return undefined;
  i += PREFIX.length;
  const fileWide = comment.startsWith('-file', i);
  if (fileWide) i += '-file'.length;
  if (i >= comment.length || !isBlank(comment[i])) return undefined;
  const codes: Suppression['codes'] = [];
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
  return codes.length > 0 ? { fileWide, codes } : undefined;
}

export function suppressionsOf(template: Template): SuppressionTest {
  const fileWide = new Set<string>();
  // index of the command a comment suppresses -> its codes
  const byCommand = new Map<number, Set<string>>();
  const commands = template.commands;
  // The first command that starts below a line (binary search: commands are in text order).
  const commandBelow = (line: number) => {
    let low = 0;
    let high = commands.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (commands[mid].range.start.line > line) high = mid;
      else low = mid + 1;
    }
    return low;
  };
  for (const comment of template.comments) {
    const found = readSuppression(comment.text);
    if (!found) continue;
    if (found.fileWide) {
      found.codes.forEach((c) => fileWide.add(c.code));
      continue;
    }
    const next = commandBelow(comment.range.start.line);
    if (next >= commands.length) continue;
    const codes = byCommand.get(next) ?? new Set<string>();
    found.codes.forEach((c) => codes.add(c.code));
    byCommand.set(next, codes);
  }
  if (fileWide.size === 0 && byCommand.size === 0) return () => false;
  return (code, ruleId, line) => {
    if (fileWide.has(code) || fileWide.has(ruleId)) return true;
    // The command that starts on or above the line (and spans it), if any comment suppresses for it.
    const index = commandBelow(line) - 1;
    const codes = index >= 0 ? byCommand.get(index) : undefined;
    return codes !== undefined && line <= commands[index].range.end.line && (codes.has(code) || codes.has(ruleId));
  };
}
