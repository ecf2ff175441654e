// Suppression comments, as hadolint users expect them:
//   # buildcontent-ignore CODE[,CODE...] [# reason]        the next command only
//   # buildcontent-ignore-file CODE[,CODE...] [# reason]   the whole file
// CODE is a diagnostic code or a rule id. The comments are stripped with the others when the request is emitted.
import type { Template } from '../syntax/ast.js';

export type SuppressionTest = (code: string, ruleId: string, line: number) => boolean;

const PREFIX = 'buildcontent-ignore';

/**
 * The codes of a suppression comment, and whether it is file-wide; undefined for other comments.
 * Read without a regex: the one it replaces backtracked on long runs of blanks (0.9 s on 32 KB).
 */
export function readSuppression(comment: string): { fileWide: boolean; codes: string[] } | undefined {
  let i = 1; // past '#'
  while (i < comment.length && /\s/.test(comment[i])) i++;
  if (!comment.startsWith(PREFIX, i)) return undefined;
  i += PREFIX.length;
  const fileWide = comment.startsWith('-file', i);
  if (fileWide) i += 5;
  if (i >= comment.length || !/\s/.test(comment[i])) return undefined;
  const reason = comment.indexOf('#', i);
  const codes = comment.slice(i, reason === -1 ? comment.length : reason).split(/[\s,]+/).filter(Boolean);
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
      found.codes.forEach((c) => fileWide.add(c));
      continue;
    }
    const next = commandBelow(comment.range.start.line);
    if (next >= commands.length) continue;
    const codes = byCommand.get(next) ?? new Set<string>();
    found.codes.forEach((c) => codes.add(c));
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
