import type { Range } from '../syntax/ast.js';

/** How serious a finding is; `error` for what the service refuses. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** A severity as users configure it; `off` drops the finding. */
export type SeveritySetting = Severity | 'off';

/** Replace the text of `range` with `newText` (LSP's TextEdit). */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** A fix a rule knows how to make; the language server and `buildcontent lint --fix` apply the same edits. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** A finding of {@link lint}: a service error code or one of ours, the message, the exact range, and the fixes. */
export interface Diagnostic {
  /** The service's error code where one exists (`EmptyCommandContent.RUN`), else a stable kebab-case name of ours. */
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The id of the rule that produced it (the rule's file and doc page name). */
  rule: string;
  /** URL of the rule's documentation page. */
  href: string;
  /** LSP diagnostic tags: the finding marks something deprecated or unnecessary. */
  tags?: Array<'deprecated' | 'unnecessary'>;
  /** The fix `lint --fix` and the editors' fix-all apply: safe without a look. */
  fix?: Fix;
  /** Other ways out, offered one by one in editors, never applied in bulk (they need a person's choice). */
  suggestions?: Fix[];
}
