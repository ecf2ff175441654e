// Folding: commands continued over several lines, blocks of two or more comment lines, and sections (comment
// banners and `# region`): a banner section folds from its title line, so the title stays visible when folded.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { templateOf } from '../document.js';
import { computeSections } from './sections.js';

export interface FoldingOptions {
  /** The client's `rangeLimit`: at most this many ranges (the first ones in the document). */
  rangeLimit?: number;
  /** The client shows `collapsedText` (`foldingRange.foldingRange.collapsedText`). */
  collapsedText?: boolean;
}

export function computeFoldingRanges(document: TextDocument, options: FoldingOptions = {}): FoldingRange[] {
  const template = templateOf(document);
  const ranges: FoldingRange[] = [];
  for (const command of template.commands) {
    if (command.range.end.line > command.range.start.line) {
      ranges.push({ startLine: command.range.start.line, endLine: command.range.end.line });
    }
  }
  const sections = computeSections(template);
  const markerLines = new Set(sections.flatMap((section) => section.markerLines));
  for (const section of sections) {
    const startLine = section.kind === 'region' ? section.startLine : section.titleLine;
    if (section.endLine <= startLine) continue;
    const range: FoldingRange = { startLine, endLine: section.endLine, kind: FoldingRangeKind.Region };
    if (options.collapsedText) range.collapsedText = section.title;
    ranges.push(range);
  }
  // Directives read like comments at the top of the file, so they fold with the comments next to them;
  // banner and region lines belong to their section's fold instead.
  const commentLines = [...template.directives, ...template.comments]
    .map((comment) => comment.range.start.line)
    .filter((line) => !markerLines.has(line))
    .sort((a, b) => a - b);
  let blockStart = 0;
  for (let i = 1; i <= commentLines.length; i++) {
    if (i < commentLines.length && commentLines[i] === commentLines[i - 1] + 1) continue;
    if (i - blockStart > 1) {
      ranges.push({
        startLine: commentLines[blockStart],
        endLine: commentLines[i - 1],
        kind: FoldingRangeKind.Comment,
      });
    }
    blockStart = i;
  }
  ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  if (options.rangeLimit !== undefined && options.rangeLimit >= 0 && ranges.length > options.rangeLimit) {
    return ranges.slice(0, options.rangeLimit);
  }
  return ranges;
}
