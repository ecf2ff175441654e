// The server's settings: the shared lint settings (FROM behaviour, severity overrides) plus request defaults.
// They arrive through `workspace/configuration` (section `buildcontent`), or `initializationOptions` for clients
// without it, and are layered over `.buildcontentrc.json`. They are checked by core's settings validator, the
// one that checks `.buildcontentrc.json`: what is invalid is dropped and reported, never thrown on.
import {
  REQUEST_DEFAULT_KEYS,
  validateSettings,
  type FromBehavior,
  type LintOptions,
  type RequestDefaults,
  type SeveritySetting,
} from '@buildcontent/core';

export type { RequestDefaults } from '@buildcontent/core';

/** The configuration section the server asks for. */
export const SETTINGS_SECTION = 'buildcontent';

export interface ServerSettings {
  /** Undefined leaves the choice to core (its default). */
  from?: FromBehavior;
  severity: Record<string, SeveritySetting>;
  /** Keep comment and blank lines in the emitted BuildContent (and count them against the 16 KB limit). */
  keepComments?: boolean;
  request: RequestDefaults;
}

export const DEFAULT_SETTINGS: ServerSettings = Object.freeze({ severity: {}, request: {} });

/** Settings as a client wrote them, reduced to what is valid; problems are returned, not thrown. */
export interface NormalizedSettings {
  settings: Partial<ServerSettings>;
  problems: string[];
}

/**
 * Accepts the section's value (`{ from, severity, keepComments, request }`, the shape of `.buildcontentrc.json`).
 * Request defaults may be written in the API's PascalCase (`RegionId`) as well as camelCase. Only the settings
 * the server knows are read (a client's section also holds its own, such as `trace`); null values (VS Code's
 * "not set") count as absent. The values are then checked by core's settings validator.
 */
export function normalizeSettings(raw: unknown, origin = 'settings'): NormalizedSettings {
  if (raw === undefined || raw === null) return { settings: {}, problems: [] };
  let known: unknown = raw;
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    const section = raw as Record<string, unknown>;
    const picked: Record<string, unknown> = {};
    for (const key of ['from', 'severity', 'keepComments', 'request']) {
      const value = section[key];
      if (value === undefined || value === null) continue;
      if (key === 'request' && typeof value === 'object' && !Array.isArray(value)) {
        const request: Record<string, unknown> = {};
        for (const alias of REQUEST_DEFAULT_KEYS.flatMap((entry) => entry.aliases)) {
          const given = (value as Record<string, unknown>)[alias];
          if (given !== undefined && given !== null) request[alias] = given;
        }
        picked.request = request;
      } else {
        picked[key] = value;
      }
    }
    known = picked;
  }
  const { settings, problems } = validateSettings(JSON.stringify(known) ?? 'null');
  return { settings, problems: problems.map((problem) => `${origin}: ${problem.message}`) };
}

/** Later layers win key by key; severity maps and request defaults are merged, not replaced. */
export function mergeSettings(...layers: Array<Partial<ServerSettings> | undefined>): ServerSettings {
  const merged: ServerSettings = { severity: {}, request: {} };
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.from !== undefined) merged.from = layer.from;
    if (layer.keepComments !== undefined) merged.keepComments = layer.keepComments;
    if (layer.severity) Object.assign(merged.severity, layer.severity);
    if (layer.request) Object.assign(merged.request, layer.request);
  }
  return merged;
}

/** The part of the settings `lint` takes, with the parameters' cross-check values (core's lintParamsOf). */
export function toLintOptions(settings: ServerSettings, params?: LintOptions['params']): LintOptions {
  const options: LintOptions = { severity: settings.severity };
  if (settings.from !== undefined) options.from = settings.from;
  if (settings.keepComments !== undefined) options.keepComments = settings.keepComments;
  if (params !== undefined) options.params = params;
  return options;
}
