/*
 * Preload for the `stock` mode: Backstage's catalog backend as released. The
 * portal ships a yarn patch of @backstage/plugin-catalog-backend 4.0.0
 * (.yarn/patches/@backstage-plugin-catalog-backend-*.patch): after processing
 * an entity without deferred entities, `addUnprocessedEntities` deletes the
 * entity's refresh_state_references by `source_entity_ref` alone instead of
 * `source_entity_ref = ? or 1 = ?` (knex's rendering of an empty orWhereIn),
 * which SQLite answered with a scan of the whole table for every entity. This
 * preload puts the released method (dist/database/DefaultProcessingDatabase.cjs.js,
 * Apache-2.0, unchanged) back for the stock baseline only.
 */
const Module = require('node:module');
const { dirname, join } = require('node:path');

const catalogDir = dirname(require.resolve('@backstage/plugin-catalog-backend/package.json'));
const file = join(catalogDir, 'dist', 'database', 'DefaultProcessingDatabase.cjs.js');
const catalogRequire = Module.createRequire(file);
const catalogModel = catalogRequire('@backstage/catalog-model');
const luxon = catalogRequire('luxon');
const constants = catalogRequire('../constants.cjs.js');
const checkLocationKeyConflict = catalogRequire('./operations/refreshState/checkLocationKeyConflict.cjs.js');
const insertUnprocessedEntity = catalogRequire('./operations/refreshState/insertUnprocessedEntity.cjs.js');
const updateUnprocessedEntity = catalogRequire('./operations/refreshState/updateUnprocessedEntity.cjs.js');
const util = catalogRequire('./util.cjs.js');
const { DefaultProcessingDatabase } = catalogRequire(file);

const BATCH_SIZE = 50;

DefaultProcessingDatabase.prototype.addUnprocessedEntities = async function addUnprocessedEntities(txOpaque, options) {
  const tx = txOpaque;
  const stateReferences = new Array();
  for (const { entity, locationKey } of options.entities) {
    const entityRef = catalogModel.stringifyEntityRef(entity);
    const hash = util.generateStableHash(entity);
    const updated = await updateUnprocessedEntity.updateUnprocessedEntity({
      tx,
      entity,
      hash,
      locationKey
    });
    if (updated) {
      stateReferences.push(entityRef);
      continue;
    }
    const inserted = await insertUnprocessedEntity.insertUnprocessedEntity({
      tx,
      entity,
      hash,
      locationKey,
      logger: this.options.logger
    });
    if (inserted) {
      stateReferences.push(entityRef);
      continue;
    }
    const conflictingKey = await checkLocationKeyConflict.checkLocationKeyConflict({
      tx,
      entityRef,
      locationKey
    });
    if (conflictingKey) {
      this.options.logger.warn(
        `Detected conflicting entityRef ${entityRef} already referenced by ${conflictingKey} and now also ${locationKey}`
      );
      if (locationKey) {
        const eventParams = {
          topic: constants.CATALOG_CONFLICTS_TOPIC,
          eventPayload: {
            unprocessedEntity: entity,
            entityRef,
            newLocationKey: locationKey,
            existingLocationKey: conflictingKey,
            lastConflictAt: luxon.DateTime.now().toISO()
          }
        };
        await this.options.events.publish(eventParams);
      }
    }
  }
  await tx("refresh_state_references").where({ source_entity_ref: options.sourceEntityRef }).orWhereIn("target_entity_ref", stateReferences).delete();
  await tx.batchInsert(
    "refresh_state_references",
    stateReferences.map((entityRef) => ({
      source_entity_ref: options.sourceEntityRef,
      target_entity_ref: entityRef
    })),
    BATCH_SIZE
  );
};
