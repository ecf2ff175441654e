// Every rule, in the order their findings are produced (the registry sorts them by position afterwards).
import type { Rule } from '../rule.js';
import { commandCount } from './command-count.js';
import { componentReference } from './component-reference.js';
import { contentLength } from './content-length.js';
import { continuationLines } from './continuation-lines.js';
import { copyOperands } from './copy-operands.js';
import { copyUrl } from './copy-url.js';
import { copyJsonForm } from './copy-json-form.js';
import { copySourceScheme } from './copy-source-scheme.js';
import { emptyExecForm } from './empty-exec-form.js';
import { envName } from './env-name.js';
import { hiddenCharacters } from './hidden-characters.js';
import { linuxOnlyCommand } from './linux-only-command.js';
import { repeatedCmdEntrypoint } from './repeated-cmd-entrypoint.js';
import { emptyCommandContent } from './empty-command-content.js';
import { execForm } from './exec-form.js';
import { fromContent } from './from-content.js';
import { fromDuplicate } from './from-duplicate.js';
import { fromIgnored } from './from-ignored.js';
import { fromOrder } from './from-order.js';
import { heredoc } from './heredoc.js';
import { keyValuePairs } from './key-value-pairs.js';
import { keywordCase } from './keyword-case.js';
import { packageInstallYes } from './package-install-yes.js';
import { parserDirective } from './parser-directive.js';
import { rebootInRun } from './reboot-in-run.js';
import { restartNotEmpty } from './restart-not-empty.js';
import { runExecForm } from './run-exec-form.js';
import { suppressionComment } from './suppression-comment.js';
import { syntaxError } from './syntax-error.js';
import { unquotedValue } from './unquoted-value.js';
import { unsupportedCommand } from './unsupported-command.js';
import { unsupportedFlag } from './unsupported-flag.js';
import { userContent } from './user-content.js';
import { workdirContent } from './workdir-content.js';

export const allRules: Rule[] = [
  syntaxError,
  contentLength,
  commandCount,
  unsupportedCommand,
  emptyCommandContent,
  restartNotEmpty,
  fromContent,
  fromDuplicate,
  fromOrder,
  fromIgnored,
  copyOperands,
  copyUrl,
  execForm,
  runExecForm,
  keyValuePairs,
  unquotedValue,
  componentReference,
  userContent,
  workdirContent,
  unsupportedFlag,
  parserDirective,
  heredoc,
  keywordCase,
  continuationLines,
  packageInstallYes,
  rebootInRun,
  suppressionComment,
  copySourceScheme,
  copyJsonForm,
  envName,
  repeatedCmdEntrypoint,
  emptyExecForm,
  hiddenCharacters,
  linuxOnlyCommand,
];
