// Glob patterns for `buildcontent lint '**/*.buildcontent'` (quoted, so the shell does not expand them; Node 20
// has no stable fs.glob). The syntax is the common core of bash, ESLint and fast-glob: `*` and `?` within one
// path segment, `**` as a whole segment for any number of folders, `[abc]`/`[!a-z]` classes and `{a,b}`
// alternatives. Matching is per segment with a DP over the segments, so it never backtracks exponentially.

const MAGIC = /[*?[{]/;

export function isGlob(pattern: string): boolean {
  return MAGIC.test(pattern);
}

/** `{a,b{c,d}}x` -> [`ax`, `bcx`, `bdx`]; an unbalanced `{` stays literal. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) {
      const parts: string[] = [];
      let start = open + 1;
      for (const comma of commas) {
        parts.push(pattern.slice(start, comma));
        start = comma + 1;
      }
      parts.push(pattern.slice(start, i));
      const before = pattern.slice(0, open);
      const after = expandBraces(pattern.slice(i + 1));
      return parts.flatMap((part) => expandBraces(part).flatMap((p) => after.map((a) => before + p + a)));
    } else if (ch === ',' && depth === 1) commas.push(i);
  }
  return [pattern];
}

const escapeRegExp = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** One segment (no `/`, braces already expanded) as an anchored regular expression. */
function segmentRegExp(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === '*') {
      while (segment[i + 1] === '*') i++; // `a**b` is `a*b`: runs of stars would only add backtracking
      source += '[^/]*';
    } else if (ch === '?') source += '[^/]';
    else if (ch === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) source += '\\[';
      else {
        let body = segment.slice(i + 1, close);
        const negate = body[0] === '!' || body[0] === '^';
        if (negate) body = body.slice(1);
        source += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
        i = close;
      }
    } else source += escapeRegExp(ch);
  }
  return new RegExp(`^${source}$`, 'u');
}

type Segment = RegExp | '**';

function compile(pattern: string): Segment[] {
  return pattern.split('/').filter((s) => s !== '' && s !== '.').map((s) => (s === '**' ? '**' : segmentRegExp(s)));
}

/** A matcher for paths written with `/`, relative to the same folder as the pattern. */
export function globMatcher(pattern: string): (path: string) => boolean {
  const alternatives = expandBraces(pattern).map(compile);
  return (path) => {
    const parts = path.split('/').filter(Boolean);
    return alternatives.some((segments) => matchSegments(segments, parts));
  };
}

/** reachable[j]: the first i pattern segments can match the first j path segments. */
function matchSegments(segments: Segment[], parts: string[]): boolean {
  let reachable = parts.map(() => false).concat(false);
  reachable[0] = true;
  for (const segment of segments) {
    const next = parts.map(() => false).concat(false);
    for (let j = 0; j <= parts.length; j++) {
      if (!reachable[j]) continue;
      if (segment === '**') for (let k = j; k <= parts.length; k++) next[k] = true;
      else if (j < parts.length && segment.test(parts[j])) next[j + 1] = true;
    }
    reachable = next;
  }
  return reachable[parts.length];
}

/** The literal folder a pattern starts from: `src/**\/*.x` -> `src`, `*.x` -> `.`, `/abs/*` -> `/abs`. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const literal: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isGlob(segment)) break;
    literal.push(segment);
  }
  if (literal.length === 0) return '.';
  const base = literal.join('/');
  return base === '' ? '/' : base;
}
