// The server's settings: the shared lint settings (FROM behaviour, severity overrides) plus request defaults.
// They arrive through `workspace/configuration` (section `buildcontent`), or `initializationOptions` for clients
// without it, and are layered over `.buildcontentrc.json`. Anything malformed is dropped, never thrown on.
import type { FromBehavior, LintOptions, SeveritySetting } from '@buildcontent/core';

/** The configuration section the server asks for. */
export const SETTINGS_SECTION = 'buildcontent';

/** Request parameters used where `<name>.pipeline.json` does not give them. */
export interface RequestDefaults {
  regionId?: string;
  baseImageType?: string;
  baseImage?: string;
}

export interface ServerSettings {
  /** Undefined leaves the choice to core (its default). */
  from?: FromBehavior;
  severity: Record<string, SeveritySetting>;
  /** Keep comment and blank lines in the emitted BuildContent (and count them against the 16 KB limit). */
  keepComments?: boolean;
  request: RequestDefaults;
}

export const DEFAULT_SETTINGS: ServerSettings = Object.freeze({ severity: {}, request: {} }) as ServerSettings;

const SEVERITY_SETTINGS: readonly string[] = ['off', 'info', 'warning', 'error', 'hint'];
const FROM_BEHAVIOURS: readonly string[] = ['override', 'ignored'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Settings as a client or a file wrote them, reduced to what is valid; problems are returned, not thrown. */
export interface NormalizedSettings {
  settings: Partial<ServerSettings>;
  problems: string[];
}

/**
 * Accepts the section's value (`{ from, severity, keepComments, request }`, the shape of `.buildcontentrc.json`). Request defaults may be written in the API's
 * PascalCase (`RegionId`) as well as camelCase, since users copy them from request files.
 */
export function normalizeSettings(raw: unknown, origin = 'settings'): NormalizedSettings {
  const problems: string[] = [];
  const settings: Partial<ServerSettings> = {};
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isRecord(raw)) {
    problems.push(`${origin}: expected an object, got ${Array.isArray(raw) ? 'an array' : typeof raw}`);
    return { settings, problems };
  }
  if (raw.from !== undefined && raw.from !== null) {
    if (typeof raw.from === 'string' && FROM_BEHAVIOURS.includes(raw.from)) settings.from = raw.from as FromBehavior;
    else problems.push(`${origin}: "from" must be "override" or "ignored"`);
  }
  if (raw.severity !== undefined && raw.severity !== null) {
    if (!isRecord(raw.severity)) {
      problems.push(`${origin}: "severity" must be an object of code -> off|info|warning|error`);
    } else {
      const severity: Record<string, SeveritySetting> = {};
      for (const [code, value] of Object.entries(raw.severity)) {
        if (typeof value === 'string' && SEVERITY_SETTINGS.includes(value)) severity[code] = value as SeveritySetting;
        else problems.push(`${origin}: severity of "${code}" must be off, info, warning or error`);
      }
      settings.severity = severity;
    }
  }
  if (raw.keepComments !== undefined && raw.keepComments !== null) {
    if (typeof raw.keepComments === 'boolean') settings.keepComments = raw.keepComments;
    else problems.push(`${origin}: "keepComments" must be true or false`);
  }
  if (raw.request !== undefined && raw.request !== null) {
    if (!isRecord(raw.request)) {
      problems.push(`${origin}: "request" must be an object`);
    } else {
      const request: RequestDefaults = {};
      const regionId = nonEmptyString(raw.request.regionId ?? raw.request.RegionId);
      const baseImageType = nonEmptyString(raw.request.baseImageType ?? raw.request.BaseImageType);
      const baseImage = nonEmptyString(raw.request.baseImage ?? raw.request.BaseImage);
      if (regionId) request.regionId = regionId;
      if (baseImageType) request.baseImageType = baseImageType;
      if (baseImage) request.baseImage = baseImage;
      settings.request = request;
    }
  }
  return { settings, problems };
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

/** The part of the settings `lint` takes. */
export function toLintOptions(settings: ServerSettings, internetMaxBandwidthOut?: number): LintOptions {
  const options: LintOptions = { severity: settings.severity };
  if (settings.from !== undefined) options.from = settings.from;
  if (settings.keepComments !== undefined) options.keepComments = settings.keepComments;
  if (internetMaxBandwidthOut !== undefined) options.params = { InternetMaxBandwidthOut: internetMaxBandwidthOut };
  return options;
}
