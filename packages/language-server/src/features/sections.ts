// Sections of a long template, as authors mark them with comments: a banner (a rule line, a title, a rule
// line: `# ----` / `# Environment` / `# ----`, or one line `# ---- Environment ----`) starts a section that runs
// to the next banner; `# region Title` ... `# endregion` is an explicit section and may nest. The outline shows
// sections as symbols holding their commands, and folding folds a whole section under its title.
import type { Comment, Template } from '@buildcontent/core';

export interface Section {
  title: string;
  kind: 'banner' | 'region';
  /** First line of the banner (its opening rule) or the `# region` line. */
  startLine: number;
  /** The line holding the title, kept visible when the section is folded. */
  titleLine: number;
  /** The title's characters on that line. */
  titleStart: number;
  titleEnd: number;
  /** Last line of the section: the `# endregion` line, or the last non-blank line before the next banner. */
  endLine: number;
  /** The lines of the banner or region markers themselves (not folded as comment blocks). */
  markerLines: number[];
}

const RULE = /^[-=#*~_+]{3,}$/;
const ONE_LINE_BANNER = /^[-=#*~_+]{3,}\s*([^-=#*~_+\s].*?)\s*[-=#*~_+]*$/;
const REGION_START = /^#\s*region\b\s*(.*)$/i;
const REGION_END = /^#\s*endregion\b/i;

/** The comment's text after `#` and blanks. */
function bodyOf(comment: Comment): string {
  return comment.text
    .trim()
    .replace(/^#+\s*/, '')
    .trim();
}

function isRule(comment: Comment): boolean {
  return RULE.test(comment.text.trim().slice(1).trim());
}

interface Marker {
  type: 'banner' | 'region' | 'endregion';
  line: number;
  title: string;
  titleLine: number;
  titleStart: number;
  titleEnd: number;
  lines: number[];
}

function titleMarker(type: Marker['type'], comment: Comment, title: string, lines: number[]): Marker {
  const start = comment.text.indexOf(title);
  return {
    type,
    line: lines[0],
    title,
    titleLine: comment.range.start.line,
    titleStart: comment.range.start.character + Math.max(0, start),
    titleEnd: comment.range.start.character + Math.max(0, start) + title.length,
    lines,
  };
}

function markersOf(comments: readonly Comment[]): Marker[] {
  const markers: Marker[] = [];
  for (let i = 0; i < comments.length; i++) {
    const comment = comments[i];
    const line = comment.range.start.line;
    const trimmed = comment.text.trim();
    const regionStart = REGION_START.exec(trimmed);
    if (regionStart) {
      const title = regionStart[1].trim() || 'region';
      markers.push(titleMarker('region', comment, title, [line]));
      continue;
    }
    if (REGION_END.test(trimmed)) {
      markers.push({ type: 'endregion', line, title: '', titleLine: line, titleStart: 0, titleEnd: 0, lines: [line] });
      continue;
    }
    if (isRule(comment)) {
      // A rule, title lines, a rule, all on consecutive lines.
      let end = i + 1;
      while (
        end < comments.length &&
        comments[end].range.start.line === line + (end - i) &&
        !isRule(comments[end]) &&
        bodyOf(comments[end]) !== ''
      )
        end++;
      const closes =
        end < comments.length &&
        end > i + 1 &&
        comments[end].range.start.line === line + (end - i) &&
        isRule(comments[end]);
      if (closes) {
        const lines = comments.slice(i, end + 1).map((c) => c.range.start.line);
        markers.push(titleMarker('banner', comments[i + 1], bodyOf(comments[i + 1]), lines));
        i = end;
      }
      continue;
    }
    const oneLine = ONE_LINE_BANNER.exec(bodyOf(comment));
    if (oneLine && /^#\s*[-=#*~_+]{3,}/.test(trimmed)) markers.push(titleMarker('banner', comment, oneLine[1], [line]));
  }
  return markers;
}

/** The sections of the template, outer ones before the ones they hold. */
export function computeSections(template: Template): Section[] {
  const lines = template.text.split(/\r\n|\r|\n/);
  const lastLine = lines.length - 1;
  const sections: Section[] = [];
  const open: Array<{ section: Section }> = [];
  const lastContentLine = (line: number, floor: number) => {
    let at = line;
    while (at > floor && (lines[at] ?? '').trim() === '') at--;
    return at;
  };
  const close = (section: Section, line: number) => {
    section.endLine = Math.max(section.titleLine, lastContentLine(line, section.titleLine));
  };
  for (const marker of markersOf(template.comments)) {
    if (marker.type === 'endregion') {
      if (!open.some((entry) => entry.section.kind === 'region')) continue;
      while (open[open.length - 1].section.kind === 'banner') close(open.pop()!.section, marker.line - 1);
      const region = open.pop()!.section;
      region.endLine = marker.line;
      region.markerLines.push(marker.line);
      continue;
    }
    if (marker.type === 'banner') {
      while (open.length > 0 && open[open.length - 1].section.kind === 'banner')
        close(open.pop()!.section, marker.line - 1);
    }
    const section: Section = {
      title: marker.title,
      kind: marker.type,
      startLine: marker.line,
      titleLine: marker.titleLine,
      titleStart: marker.titleStart,
      titleEnd: marker.titleEnd,
      endLine: lastLine,
      markerLines: marker.lines,
    };
    sections.push(section);
    open.push({ section });
  }
  // Unclosed sections run to the end of the file.
  while (open.length > 0) close(open.pop()!.section, lastLine);
  return sections;
}
