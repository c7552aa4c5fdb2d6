import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { ReferenceCode } from '@internal/plugin-spbe-common';
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AgencyRecord } from './AgencyDirectory';
import { createReferenceData } from './createReferenceData';
import {
  agencyFromEntity,
  parseEntityDocuments,
  referenceCodeFromEntity,
} from './parseEntities';
import { SpbeReferenceData, SpbeReferenceDataSource } from './ReferenceData';

export interface FileReferenceDataLoaderOptions {
  /** Directory holding `agencies/*.yaml` and `reference/*.yaml`. */
  catalogInfoDir: string;
  /** Extra files with agency Group entities (e.g. the generated local governments). */
  agencyFiles: string[];
  logger: LoggerService;
  /** How often `get()` looks at the files' mtimes at most; default 10 s. */
  checkIntervalMs?: number;
  now?: () => number;
}

interface FileStamp {
  path: string;
  kind: 'agencies' | 'reference';
  stamp: string;
}

const YAML_FILE = /\.ya?ml$/i;

async function listYamlFiles(dir: string): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return names
      .filter(name => YAML_FILE.test(name))
      .sort()
      .map(name => join(dir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Loads the agency directory and reference taxonomy from YAML files and
 * reloads them when a file is added, removed or modified. `get()` only looks
 * at the files' mtimes, at most once per check interval, so the processor can
 * call it for every entity without per-entity I/O.
 */
export class FileReferenceDataLoader implements SpbeReferenceDataSource {
  private readonly options: FileReferenceDataLoaderOptions;
  private readonly checkIntervalMs: number;
  private readonly now: () => number;
  private current?: SpbeReferenceData;
  private lastCheck = Number.NEGATIVE_INFINITY;
  private pending?: Promise<SpbeReferenceData>;

  static create(
    options: FileReferenceDataLoaderOptions,
  ): FileReferenceDataLoader {
    return new FileReferenceDataLoader(options);
  }

  private constructor(options: FileReferenceDataLoaderOptions) {
    this.options = options;
    this.checkIntervalMs = options.checkIntervalMs ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  async get(): Promise<SpbeReferenceData> {
    if (this.current && this.now() - this.lastCheck < this.checkIntervalMs) {
      return this.current;
    }
    return this.refresh();
  }

  /** Checks the files now and reloads when they changed. */
  refresh(): Promise<SpbeReferenceData> {
    if (!this.pending) {
      this.pending = this.checkAndLoad().finally(() => {
        this.pending = undefined;
      });
    }
    return this.pending;
  }

  private async checkAndLoad(): Promise<SpbeReferenceData> {
    const stamps = await this.stampFiles();
    this.lastCheck = this.now();
    const version = createHash('sha1')
      .update(stamps.map(s => s.stamp).join('\n'))
      .digest('hex');
    if (this.current?.version === version) {
      return this.current;
    }
    try {
      this.current = await this.load(stamps, version);
      this.options.logger.info(
        `Loaded SPBE reference data: ${this.current.agencies.size} agencies, ${this.current.taxonomy.size} reference codes from ${stamps.length} files`,
      );
    } catch (error) {
      if (!this.current) throw error;
      this.options.logger.error(
        `SPBE reference data not reloaded, keeping the previous version: ${error}`,
      );
    }
    return this.current;
  }

  private async stampFiles(): Promise<FileStamp[]> {
    const { catalogInfoDir, agencyFiles } = this.options;
    const agencyPaths = [
      ...(await listYamlFiles(join(catalogInfoDir, 'agencies'))),
      ...agencyFiles,
    ];
    const referencePaths = await listYamlFiles(
      join(catalogInfoDir, 'reference'),
    );
    const candidates: Array<Omit<FileStamp, 'stamp'>> = [
      ...agencyPaths.map(path => ({ path, kind: 'agencies' as const })),
      ...referencePaths.map(path => ({ path, kind: 'reference' as const })),
    ];
    const stamps: FileStamp[] = [];
    for (const candidate of candidates) {
      try {
        const info = await stat(candidate.path);
        stamps.push({
          ...candidate,
          stamp: `${candidate.kind}:${candidate.path}:${info.mtimeMs}:${info.size}`,
        });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        this.options.logger.debug(
          `SPBE reference file missing: ${candidate.path}`,
        );
      }
    }
    return stamps;
  }

  private async load(
    stamps: FileStamp[],
    version: string,
  ): Promise<SpbeReferenceData> {
    const agencies: AgencyRecord[] = [];
    const codes: ReferenceCode[] = [];
    for (const file of stamps) {
      const entities: Entity[] = parseEntityDocuments(
        await readFile(file.path, 'utf8'),
        file.path,
      );
      for (const entity of entities) {
        if (file.kind === 'agencies') {
          const agency = agencyFromEntity(entity);
          if (agency) agencies.push(agency);
        } else {
          const code = referenceCodeFromEntity(entity);
          if (code) codes.push(code);
        }
      }
    }
    return createReferenceData({ agencies, codes, version });
  }
}
