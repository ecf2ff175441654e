// The shared test kit: markers that cannot occur in templates, and editor-feature assertions built on them.
export * from './markers.js';
export * from './editor.js';
