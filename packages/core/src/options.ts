import type { SeveritySetting } from './checks/diagnostic.js';

/** How FROM is treated: the older API pages (FROM overrides BaseImageType/BaseImage) or the newer ones (FROM is ignored). */
export type FromBehavior = 'override' | 'ignored';

/** The one settings object shared by the CLI (`.buildcontentrc.json`), the language server and the VS Code extension. */
export interface LintOptions {
  /** Default `override`: the API reference's rule, FROM must be `IMAGE:`/`IMAGE_FAMILY:`, once, first. */
  from?: FromBehavior;
  /** Per-code (or per-rule id) severity overrides; `off` drops the finding. */
  severity?: Record<string, SeveritySetting>;
  /** Count the 16 KB limit on the text with comment and blank lines kept (as `--keep-comments` sends it). */
  keepComments?: boolean;
  /** Request parameters the template is sent with, where known (enables cross checks such as COPY URL vs bandwidth). */
  params?: {
    InternetMaxBandwidthOut?: number;
    /** The source image's OS when the parameters say it (ImportImageOptions.OSType of an OSS source). */
    sourceOsType?: 'linux' | 'windows';
  };
}

/** Request parameters used where `<name>.pipeline.json` does not give them (the editor's and the CLI's `request.*`). */
export interface RequestDefaults {
  regionId?: string;
  baseImageType?: string;
  baseImage?: string;
}

/** `.buildcontentrc.json` as read and validated: the lint settings plus the request defaults. */
export interface ProjectSettings extends Omit<LintOptions, 'params'> {
  request?: RequestDefaults;
  /** Component ids (`ic-...`) -> the local component file, relative to the settings file. */
  components?: Record<string, string>;
}
