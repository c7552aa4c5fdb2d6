import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  LocationSpec,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { isSpbeApplication } from '@internal/plugin-spbe-common';
import { SpbeReferenceDataSource } from '../referenceData';
import { readSuccession, successionRelations } from './agencySuccession';
import { applicationRelations } from './applicationRelations';
import { normalizeApplication } from './normalizeApplication';
import {
  isReferenceArchitectureKind,
  normalizeReferenceArchitecture,
  referenceArchitectureRelations,
  validateReferenceArchitecture,
} from './referenceArchitecture';
import { validateApplication } from './validateApplication';

function isGroup(entity: Entity): boolean {
  return entity.kind.toLocaleLowerCase('en-US') === 'group';
}

/**
 * The SPBE catalog processor: validates the `ReferenceArchitecture` kind,
 * normalises, validates and relates SPBE applications, and relates
 * agencies to their successors. It reads only the in-memory reference data
 * snapshot, so it costs no I/O per entity.
 */
export class SpbeEntityProcessor implements CatalogProcessor {
  private readonly referenceData: SpbeReferenceDataSource;

  constructor(options: { referenceData: SpbeReferenceDataSource }) {
    this.referenceData = options.referenceData;
  }

  getProcessorName(): string {
    return 'SpbeEntityProcessor';
  }

  async preProcessEntity(entity: Entity): Promise<Entity> {
    if (isReferenceArchitectureKind(entity)) {
      return normalizeReferenceArchitecture(entity);
    }
    if (isSpbeApplication(entity)) {
      return normalizeApplication(entity);
    }
    return entity;
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    if (!isReferenceArchitectureKind(entity)) {
      return false;
    }
    validateReferenceArchitecture(entity);
    return true;
  }

  async postProcessEntity(
    entity: Entity,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    const ref = stringifyEntityRef(entity);
    if (isReferenceArchitectureKind(entity)) {
      validateReferenceArchitecture(entity);
      referenceArchitectureRelations(entity).forEach(r =>
        emit(processingResult.relation(r)),
      );
    } else if (isSpbeApplication(entity)) {
      const data = await this.referenceData.get();
      const problems = validateApplication(entity, data);
      for (const problem of problems) {
        emit(
          processingResult.inputError(location, `${ref}: ${problem.message}`),
        );
      }
      applicationRelations(entity, data).forEach(r =>
        emit(processingResult.relation(r)),
      );
    } else if (isGroup(entity)) {
      const succession = readSuccession(entity);
      for (const { annotation, value } of succession.invalid) {
        emit(
          processingResult.inputError(
            location,
            `${ref}: annotation ${annotation} has invalid entity ref "${value}"`,
          ),
        );
      }
      successionRelations(entity, succession).forEach(r =>
        emit(processingResult.relation(r)),
      );
    }
    return entity;
  }
}
