// Public API of @buildcontent/core.
export * from './syntax/ast.js';
export type { Diagnostic, Fix, TextEdit, Severity, SeveritySetting } from './checks/diagnostic.js';
export type { LintOptions, FromBehavior } from './options.js';
export { parse } from './syntax/parse.js';
export { lint, rules, sortDiagnostics, type RuleInfo } from './checks/registry.js';
export { applyFixes } from './checks/apply-fixes.js';
export { lineBreakOf, offsetAt, positionAt } from './syntax/line-index.js';
export * from './request/index.js';
export type { RequestDefaults, ProjectSettings } from './options.js';
export * from './project/index.js';
export * from './component/index.js';
