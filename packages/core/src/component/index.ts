// Image components: YAML and Dockerfile-format component files, their checks, and COMPONENT references.
export * from './actions.js';
export * from './component-files.js';
export { type ComponentLintOptions, COMPONENT_DOCS_BASE } from './component-rule.js';
export * from './yaml-component.js';
export * from './local-component.js';
export * from './resolve-component.js';
export * from './load-components.js';
export * from './lint-component.js';
export { COMPONENT_CALL_CODES, type TemplateRole } from './rules/component-call.js';
