import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { SPBE_ENFORCEMENT_MODES, SpbeEnforcementMode } from '@internal/plugin-spbe-common';

/** `spbe.enforcement.mode`, default `warn`. */
export function readGateMode(config: Config): SpbeEnforcementMode {
  const mode = config.getOptionalString('spbe.enforcement.mode') ?? 'warn';
  if (!(SPBE_ENFORCEMENT_MODES as readonly string[]).includes(mode)) {
    throw new InputError(`spbe.enforcement.mode must be one of ${SPBE_ENFORCEMENT_MODES.join(', ')}, not ${mode}`);
  }
  return mode as SpbeEnforcementMode;
}
