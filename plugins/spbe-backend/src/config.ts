import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

export type EnforcementMode = 'off' | 'warn' | 'block';
export const ENFORCEMENT_MODES: readonly EnforcementMode[] = ['off', 'warn', 'block'];

export interface SpbeBackendConfig {
  enforcementMode: EnforcementMode;
  syncFrequencyMinutes: number;
}

/** Reads `spbe.*` once into a typed object. */
export function readSpbeConfig(config: Config): SpbeBackendConfig {
  const mode = config.getOptionalString('spbe.enforcement.mode') ?? 'warn';
  if (!(ENFORCEMENT_MODES as readonly string[]).includes(mode)) {
    throw new InputError(`spbe.enforcement.mode must be one of ${ENFORCEMENT_MODES.join(', ')}, not ${mode}`);
  }
  return {
    enforcementMode: mode as EnforcementMode,
    syncFrequencyMinutes: config.getOptionalNumber('spbe.sync.frequencyMinutes') ?? 5,
  };
}
