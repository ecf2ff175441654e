// A file beside the templates changed (reported by the client's watcher or ours): read the projects again
// and validate the templates it belongs to.
import type { ClientState } from './client-support.js';
import { ComponentProjects } from './features/component-project.js';
import type { OpenDocuments } from './open-documents.js';
import type { ProjectLoader } from './project-loader.js';
import type { SettingsStore } from './settings-store.js';
import type { ValidationScheduler } from './validation-scheduler.js';
import type { ViewRefresh } from './view-refresh.js';
import { isTestTemplatePath, testTemplatePathOf } from '@buildcontent/core';
import { filePathOf, PARAMETERS_SUFFIX, parametersPathOf, SETTINGS_FILE } from './workspace-files.js';

export interface FileChangesOptions {
  documents: OpenDocuments;
  client: ClientState;
  settings: SettingsStore;
  projects: ProjectLoader;
  components: ComponentProjects;
  scheduler: ValidationScheduler;
  views: ViewRefresh;
}

export function onFileChanged(options: FileChangesOptions): (path: string) => void {
  const { documents, client, settings, projects, components, scheduler, views } = options;
  return (path) => {
    const isSettings = path.endsWith(SETTINGS_FILE);
    // A parameters file or a test template (sent as TestContent) belongs to the template beside it.
    const isSibling = path.endsWith(PARAMETERS_SUFFIX) || isTestTemplatePath(path);
    if (ComponentProjects.matters(path) || isSibling) projects.forget();
    if (ComponentProjects.matters(path)) {
      // A component, its parameters or a settings file: the calls of every template may change.
      components.clear();
      if (!isSettings) {
        scheduler.revalidateAll();
        return;
      }
    }
    if (!isSettings && !isSibling) return;
    projects.forgetFileProblems(path);
    if (isSettings) {
      projects.settingsFiles.clear();
      settings.clear();
      scheduler.revalidateAll();
      return;
    }
    // The blocked-request code lens and the FROM inlay hint depend on these files too.
    views.refresh();
    if (client.support.pullDiagnostics) {
      scheduler.revalidateAll();
      return;
    }
    for (const document of documents.all()) {
      const templatePath = filePathOf(document.uri);
      if (templatePath && (parametersPathOf(templatePath) === path || testTemplatePathOf(templatePath) === path)) {
        settings.forget(document.uri);
        scheduler.schedule(document.uri);
      }
    }
  };
}
