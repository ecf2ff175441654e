// Glob patterns for `buildcontent lint '**/*.buildcontent'` (quoted, so the shell does not expand them; Node 20
// has no stable fs.glob). The syntax is the common core of bash, ESLint and fast-glob: `*` and `?` within one
// path segment, `**` as a whole segment for any number of folders, `[abc]`/`[!a-z]` classes and `{a,b}`
// alternatives. No regular expressions: segments match with the one-star-memory algorithm and `**` with a DP
// over the segments, so no pattern takes more than polynomial time.

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

/** One piece of a segment: a star, or a test for a single character (literal, `?` or a class). */
type Piece = '*' | ((ch: string) => boolean);

/** One segment (no `/`, braces already expanded) as pieces; runs of stars are one star. */
function segmentPieces(segment: string): Piece[] {
  const pieces: Piece[] = [];
  const chars = [...segment];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '*') {
      if (pieces[pieces.length - 1] !== '*') pieces.push('*');
    } else if (ch === '?') pieces.push(() => true);
    else if (ch === '[' && chars.indexOf(']', i + 2) > 0) {
      const close = chars.indexOf(']', i + 2);
      let body = chars.slice(i + 1, close);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      const ranges: Array<[string, string]> = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          ranges.push([body[k], body[k + 2]]);
          k += 2;
        } else ranges.push([body[k], body[k]]);
      }
      pieces.push((c) => ranges.some(([low, high]) => c >= low && c <= high) !== negate);
      i = close;
    } else pieces.push((c) => c === ch);
  }
  return pieces;
}

/**
 * Wildcard matching that remembers only the last star (the classic linear-space algorithm): O(name x pattern)
 * at worst, where a regular expression would backtrack exponentially on `*a*a*a...b`.
 */
function matchPieces(pieces: Piece[], name: string): boolean {
  const chars = [...name];
  let p = 0;
  let c = 0;
  let star = -1;
  let resume = 0;
  while (c < chars.length) {
    const piece = pieces[p];
    if (piece === '*') {
      star = p++;
      resume = c;
    } else if (piece !== undefined && piece(chars[c])) {
      p++;
      c++;
    } else if (star >= 0) {
      p = star + 1;
      c = ++resume;
    } else return false;
  }
  while (pieces[p] === '*') p++;
  return p === pieces.length;
}

type Segment = Piece[] | '**';

function compile(pattern: string): Segment[] {
  return pattern
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .map((s) => (s === '**' ? '**' : segmentPieces(s)));
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
      else if (j < parts.length && matchPieces(segment, parts[j])) next[j + 1] = true;
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
