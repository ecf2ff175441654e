// `@buildcontent/core/node`: what core needs from Node, kept apart so that `@buildcontent/core` runs in a browser.
export { NodeFileSystem, nodeFileSystem } from './node-file-system.js';
// The types of what it provides, so that a tool author can name them from this entry point too.
export type {
  DirectoryEntry,
  FileStat,
  FileSystemProvider,
  FileType,
  ReadFileOptions,
} from '../project/file-system-provider.js';
