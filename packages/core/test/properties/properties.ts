// The properties every fix and every text must keep. Each returns a description of the first violation, or
// undefined; the vitest suites assert `undefined`, the fuzz script counts and prints violations.
import {
  applyFixes,
  lint,
  parse,
  type Command,
  type Diagnostic,
  type Fix,
  type LintOptions,
  type Template,
} from '../../src/index.js';
import { LineIndex } from '../../src/syntax/line-index.js';

/** What the service sees of a command: its keyword, flags, arguments (continuations joined). */
function shape(command: Command): string {
  return JSON.stringify([command.keyword, command.flags.map((f) => f.text), command.args.map((a) => a.text)]);
}

/** Comment lines (top-level and inside commands), and with `directives` the directive lines too. */
const commentTexts = (template: Template, directives = false) =>
  [
    ...template.comments.map((c) => c.text),
    ...template.commands.flatMap((c) => c.innerComments.map((i) => i.text)),
    ...(directives ? template.directives.map((d) => template.text.slice(d.offset, d.endOffset)) : []),
  ]
    .map((t) => t.trim())
    .sort();

const count = (text: string, char: string) => text.split(char).length - 1;

/** Applies one fix (or suggestion) alone, as an editor would. */
export function applyOne(text: string, diagnostic: Diagnostic, fix: Fix): { text: string; applied: number } {
  return applyFixes(text, [{ ...diagnostic, fix }]);
}

/**
 * Fix preservation: after applying one fix, the commands it does not touch are unchanged and in order (same
 * keyword, flags and arguments), no comment line is lost, a BOM stays first and no new one appears.
 */
export function fixPreservationProblem(
  text: string,
  diagnostic: Diagnostic,
  fix: Fix,
  original: Template = parse(text),
): string | undefined {
  const lines = new LineIndex(text);
  const spans = fix.edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), length: e.newText.length }))
    .sort((a, b) => a.start - b.start);
  // A command owns its lines up to the next line's start: empty continuation and inner comment lines, line breaks.
  const extent = (c: Command, index: LineIndex) => {
    const last = Math.max(
      c.range.end.line,
      ...c.innerComments.map((i) => i.range.end.line),
      ...c.emptyContinuationLines,
    );
    return last + 1 < index.lineCount ? index.lineStarts[last + 1] : index.text.length;
  };
  const touches = (regions: Array<{ start: number; end: number }>, c: Command, index: LineIndex) =>
    regions.some((r) => r.start <= extent(c, index) && r.end >= c.offset);
  const result = applyOne(text, diagnostic, fix);
  if (result.applied !== 1) return `${fix.title}: its own edits overlap`;
  // Where the new text of each edit lies in the result.
  let shift = 0;
  const regions = spans.map((s) => {
    const region = { start: s.start + shift, end: s.start + shift + s.length };
    shift += s.length - (s.end - s.start);
    return region;
  });
  const before = original.commands.filter((c) => !touches(spans, c, lines)).map(shape);
  const afterLines = new LineIndex(result.text);
  const fixed = parse(result.text);
  const after = fixed.commands.filter((c) => !touches(regions, c, afterLines)).map(shape);
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    return `${diagnostic.code} "${fix.title}" changed other commands:\n  before ${before.join(' ')}\n  after  ${after.join(' ')}\n  text ${JSON.stringify(text)}\n  fixed ${JSON.stringify(result.text)}`;
  }
  // A comment may become a directive (when the directive above it is removed): still there.
  const lost = missing(commentTexts(original), commentTexts(fixed, true));
  if (lost)
    return `${diagnostic.code} "${fix.title}" lost the comment line ${JSON.stringify(lost)} in ${JSON.stringify(text)}`;
  const bom = text.startsWith('\uFEFF');
  if (
    bom !== result.text.startsWith('\uFEFF') ||
    count(result.text, '\uFEFF') > count(text, '\uFEFF') + count(fix.edits.map((e) => e.newText).join(''), '\uFEFF')
  ) {
    return `${diagnostic.code} "${fix.title}" moved or added a BOM in ${JSON.stringify(text)}`;
  }
  return undefined;
}

/** The first element of `needed` (a sorted multiset) that `have` (sorted) lacks. */
function missing(needed: string[], have: string[]): string | undefined {
  let j = 0;
  for (const item of needed) {
    while (j < have.length && have[j] < item) j++;
    if (j >= have.length || have[j] !== item) return item;
    j++;
  }
  return undefined;
}

/** Fix preservation for every fix and every suggestion the template's findings offer. */
export function everyFixPreserves(text: string, options: LintOptions = {}): string | undefined {
  const template = parse(text);
  for (const diagnostic of lint(template, options)) {
    for (const fix of [...(diagnostic.fix ? [diagnostic.fix] : []), ...(diagnostic.suggestions ?? [])]) {
      const problem = fixPreservationProblem(text, diagnostic, fix, template);
      if (problem) return problem;
    }
  }
  return undefined;
}

/**
 * `lint --fix` to its fixed point (10 passes, as the CLI runs): it ends, and it never grows the text by more
 * than the fixes' own small insertions (a value that doubles on every pass is a bug).
 */
export function repeatedFixesSettle(text: string, options: LintOptions = {}): string | undefined {
  let current = text;
  for (let pass = 0; pass < 10; pass++) {
    const diagnostics = lint(current, options);
    if (!diagnostics.some((d) => d.fix))
      return current.length <= text.length * 1.5 + 64
        ? undefined
        : `fixes grew ${text.length} to ${current.length} characters: ${JSON.stringify(text)}`;
    const next = applyFixes(current, diagnostics).text;
    if (next === current) return `a fix changed nothing (pass ${pass + 1}) in ${JSON.stringify(current)}`;
    current = next;
  }
  return `fixes still apply after 10 passes: ${JSON.stringify(text)} -> ${JSON.stringify(current)}`;
}

/** parse, lint (both FROM behaviours) and applyFixes never throw, and every range lies inside the text. */
export function positionsProblem(text: string): string | undefined {
  const lines = new LineIndex(text);
  const inside = (p: { line: number; character: number }) =>
    p.line >= 0 &&
    p.line < lines.lineCount &&
    p.character >= 0 &&
    lines.lineStarts[p.line] + p.character <=
      (p.line + 1 < lines.lineCount ? lines.lineStarts[p.line + 1] : text.length);
  const template = parse(text);
  for (const command of template.commands) {
    for (const node of [command, command.keywordNode, command.content, ...command.args, ...command.flags]) {
      if (!node) continue;
      if (
        !(node.offset >= 0 && node.endOffset >= node.offset && node.endOffset <= text.length) ||
        !inside(node.range.start) ||
        !inside(node.range.end)
      ) {
        return `node out of the text: ${JSON.stringify(node)} in ${JSON.stringify(text)}`;
      }
    }
  }
  for (const from of ['override', 'ignored'] as const) {
    const diagnostics = lint(template, { from });
    for (const d of diagnostics) {
      const ranges = [d.range, ...[d.fix, ...(d.suggestions ?? [])].flatMap((f) => f?.edits.map((e) => e.range) ?? [])];
      if (ranges.some((r) => !inside(r.start) || !inside(r.end)))
        return `${d.code}: a range outside the text in ${JSON.stringify(text)}`;
      if (d.code === 'internal-error') return `${d.message} in ${JSON.stringify(text)}`;
    }
    if (typeof applyFixes(text, diagnostics).text !== 'string') return 'applyFixes returned no text';
  }
  return undefined;
}
