// `@buildcontent/core/node`: what core needs from Node, kept apart so that `@buildcontent/core` runs in a browser.
export { NodeFileSystem, nodeFileSystem } from './node-file-system.js';
