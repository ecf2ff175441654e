// A template's project (settings, parameters, test template) read through core's project model and the
// Node FileSystemProvider: asynchronously, with size caps, so no file read can block the server (a FIFO,
// /dev/zero, a huge file are refused). Problems with the settings and parameters files are published as
// those files' own diagnostics, and cleared once fixed.
import { testTemplateTextOf } from './features/test-templates.js';
import { basename } from 'node:path';
import {
  componentParametersPathOf,
  lintParamsOf,
  loadProject,
  readTextFile,
  SIZE_CAPS,
  type ComponentIndex,
  type FileSystemProvider,
  type ProjectCache,
  type TemplateProject,
} from '@buildcontent/core';
import { nodeFileSystem } from '@buildcontent/core/node';
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { ClientState } from './client-support.js';
import type { DiagnosticsContext } from './features/diagnostics.js';
import type { EmitEnvironment } from './features/emit-request.js';
import type { ParametersFile } from './features/parameters-file.js';
import { componentFormatOfUri } from './features/component-project.js';
import { ListedFileSystem } from './listed-file-system.js';
import { filePathOf, uriOf } from './workspace-files.js';

const SETTINGS_PROBLEM_CODE = 'invalid-settings';
const UNREADABLE_FILE_CODE = 'unreadable-file';

/** What the template's checks need from its parameters file. */
export function contextOf(project: TemplateProject | undefined): DiagnosticsContext {
  const params = lintParamsOf(project?.parameters.text);
  return params ? { params } : {};
}

/** `<name>.pipeline.json` beside the template, when it exists. */
export function parametersFileOf(project: TemplateProject | undefined): ParametersFile | undefined {
  const path = project?.parameters.path;
  const text = project?.parameters.text;
  // A test template's parameters file is its build template's, reported there.
  if (project?.role === 'Test') return undefined;
  return path !== undefined && text !== undefined
    ? { uri: uriOf(path), name: basename(path), text, testTemplateText: testTemplateTextOf(project) }
    : undefined;
}

export class ProjectLoader {
  /** Settings files by folder, shared by every template (core's project cache). */
  readonly settingsFiles: ProjectCache = new Map();
  /** Diagnostics published for settings and parameters files, by URI, to clear them once fixed. */
  private readonly fileProblems = new Map<string, string>();
  /** Each open document's project, read once until a file beside it changes (file-changes.ts) or it is closed. */
  private readonly projects = new Map<string, Promise<TemplateProject | undefined>>();
  /** Component indexes by project root, shared by the project's templates (one folder walk, not one per template). */
  private readonly componentCache = new Map<string, Promise<ComponentIndex>>();
  /** What validation reads projects through: absent files answered from their folder's listing. */
  private readonly listedFiles = new ListedFileSystem(nodeFileSystem);

  constructor(
    private readonly connection: Connection,
    private readonly client: ClientState,
    private readonly log: (message: string) => void,
  ) {}

  /**
   * The project of a template. Validation (on every keystroke) takes the one read before, kept until a
   * settings, parameters or component file changes: the client's file watching or ours (directory-watchers.ts)
   * reports those changes, and reading the files each time cost every validation several file-system round
   * trips. What the user asks for (code actions, the code lens, writing the request) reads the files again
   * (`fresh`), so an edit to the parameters file counts at once even where no file watching reaches.
   */
  projectOf(uri: string, { fresh = false }: { fresh?: boolean } = {}): Promise<TemplateProject | undefined> {
    let project = fresh ? undefined : this.projects.get(uri);
    if (!project) {
      // A fresh read asks the file system itself, not a listing of a moment ago.
      project = this.load(uri, fresh ? nodeFileSystem : this.listedFiles);
      this.projects.set(uri, project);
    }
    return project;
  }

  /** Forgets one document's project (closed), or every one (a file beside the templates changed). */
  forget(uri?: string): void {
    if (uri !== undefined) {
      this.projects.delete(uri);
      return;
    }
    this.projects.clear();
    this.componentCache.clear();
    this.listedFiles.clear();
  }

  private async load(uri: string, files: FileSystemProvider): Promise<TemplateProject | undefined> {
    const path = filePathOf(uri);
    if (!path) return undefined;
    const stopAt = this.client.workspaceRoots.find((root) => path.startsWith(root));
    try {
      const project = await loadProject(files, path, {
        stopAt,
        cache: this.settingsFiles,
        componentCache: this.componentCache,
      });
      this.publishFileProblems(project);
      return project;
    } catch (error) {
      this.log(`reading the files beside ${path} failed: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** What the emit actions and the code lens need from disk, read asynchronously first. */
  async emitEnvironment(uri: string): Promise<EmitEnvironment> {
    if (componentFormatOfUri(uri)) {
      const disabledSupport = this.client.support.disabledCodeActions;
      // A component's parameters are `<name>.component.json` beside it.
      const path = filePathOf(uri);
      const parametersPath = path ? componentParametersPathOf(path) : undefined;
      const parametersText = parametersPath
        ? (await readTextFile(nodeFileSystem, parametersPath, SIZE_CAPS.parameters)).text
        : undefined;
      return { templatePath: path, parametersPath, parametersText, disabledSupport };
    }
    return this.environmentOf(uri, await this.projectOf(uri, { fresh: true }));
  }

  /** A template's emit environment from a project already read (one read per request, not one per need). */
  environmentOf(uri: string, project: TemplateProject | undefined): EmitEnvironment {
    return {
      templatePath: filePathOf(uri),
      parametersPath: project?.parameters.path,
      parametersText: project?.parameters.text,
      testTemplateText: testTemplateTextOf(project),
      disabledSupport: this.client.support.disabledCodeActions,
    };
  }

  /** A settings or parameters file changed: its old problems go (reading it again publishes what still stands). */
  forgetFileProblems(path: string): void {
    const uri = uriOf(path);
    if (this.fileProblems.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Published when they change; a fixed file gets its diagnostics cleared. */
  private publishFileProblems(project: TemplateProject): void {
    const byUri = new Map<string, Diagnostic[]>();
    for (const path of [project.settings?.path, project.parameters.path]) if (path) byUri.set(uriOf(path), []);
    for (const problem of project.problems) {
      const start = problem.range?.start ?? { line: 0, character: 0 };
      byUri.get(uriOf(problem.path))?.push({
        range: problem.range ?? { start, end: start },
        severity: 1,
        code: problem.range ? SETTINGS_PROBLEM_CODE : UNREADABLE_FILE_CODE,
        source: 'buildcontent',
        message: problem.message,
      });
    }
    for (const [uri, diagnostics] of byUri) {
      const key = JSON.stringify(diagnostics);
      if ((this.fileProblems.get(uri) ?? '[]') === key) continue;
      if (diagnostics.length > 0) this.fileProblems.set(uri, key);
      else this.fileProblems.delete(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
  }
}
