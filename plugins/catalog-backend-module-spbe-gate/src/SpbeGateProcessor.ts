import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import { CatalogProcessor } from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_GATE_REASONS,
  ANNOTATION_GATE_STATUS,
  isSpbeApplication,
  LABEL_GATE_STATUS,
  SpbeEnforcementMode,
} from '@internal/plugin-spbe-common';
import { Grandfathering } from './grandfathering';
import { SpbeGateChecker } from './SpbeGateClient';

/** Thrown in block mode; the catalog shows it as the entity's processing error. */
export class SpbeGateBlockedError extends Error {
  name = 'SpbeGateBlockedError';
}

/**
 * The catalog side of the reuse gate. Existing applications (written by the
 * inventory import, or in a national registry location; see Grandfathering)
 * are let through without a call; for any other SPBE application the SPBE backend says
 * whether it points to an approved proposal. `warn` flags the entity, `block`
 * refuses it with an error naming the approval it needs and what to reuse.
 */
export class SpbeGateProcessor implements CatalogProcessor {
  constructor(
    private readonly deps: {
      mode: SpbeEnforcementMode;
      checker: SpbeGateChecker;
      logger: LoggerService;
      grandfathering: Grandfathering;
    },
  ) {}

  getProcessorName(): string {
    return 'SpbeGateProcessor';
  }

  async preProcessEntity(entity: Entity, _location: LocationSpec): Promise<Entity> {
    const { mode, checker, logger, grandfathering } = this.deps;
    if (mode === 'off' || !isSpbeApplication(entity)) return entity;
    if (grandfathering.isGrandfathered(entity)) return entity;

    let result;
    try {
      result = await checker.check(entity);
    } catch (error) {
      if (mode === 'block') {
        throw new SpbeGateBlockedError(
          `SPBE reuse gate could not check ${stringifyEntityRef(entity)} (${(error as Error).message}); it is held back until the SPBE backend answers`,
        );
      }
      logger.warn(`SPBE reuse gate could not check ${stringifyEntityRef(entity)}: ${(error as Error).message}`);
      return entity;
    }
    if (!result.violation) return entity;

    if (mode === 'block') {
      throw new SpbeGateBlockedError(
        [
          `SPBE reuse gate: ${stringifyEntityRef(entity)} is a new SPBE application without an approved proposal.`,
          `It needs ${result.requiredApproval ?? 'an approved proposal'}.`,
          ...result.reasons,
        ].join(' '),
      );
    }
    return {
      ...entity,
      metadata: {
        ...entity.metadata,
        annotations: {
          ...entity.metadata.annotations,
          [ANNOTATION_GATE_STATUS]: 'flagged',
          [ANNOTATION_GATE_REASONS]: result.reasons.join('; '),
        },
        labels: { ...entity.metadata.labels, [LABEL_GATE_STATUS]: 'flagged' },
      },
    };
  }
}
