/*
 * SPBE backend: initial schema.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  // Mirror of the catalog's SPBE applications (Component, spec.type aplikasi),
  // kept current by the scheduled catalog sync; every replica reads it.
  await knex.schema.createTable('spbe_applications', table => {
    table.string('entity_ref', 255).primary().notNullable();
    table.string('etag', 255).notNullable();
    table.string('name', 255).notNullable();
    table.string('title', 512).nullable();
    table.string('agency_ref', 255).nullable().index();
    table.string('coordinator_ref', 255).nullable().index();
    table.string('ral', 64).nullable().index();
    table.string('jenis', 32).nullable();
    table.boolean('platform_nasional').notNullable().defaultTo(false);
    table.boolean('grandfathered').notNullable().defaultTo(false);
    table.string('usulan', 64).nullable();
    table.text('facts').notNullable(); // JSON: ApplicationRecord facts for the engine
    table.bigInteger('revision').notNullable().index(); // monotonic per sync run
    table.boolean('deleted').notNullable().defaultTo(false);
  });

  await knex.schema.createTable('spbe_sync_state', table => {
    table.string('key', 64).primary().notNullable();
    table.bigInteger('value').notNullable();
  });

  await knex.schema.createTable('spbe_proposals', table => {
    table.string('id', 64).primary().notNullable();
    table.string('name', 255).notNullable();
    table.text('description').notNullable();
    table.text('functions').notNullable(); // JSON string[]
    table.text('data_used').notNullable(); // JSON string[]
    table.string('agency_ref', 255).notNullable().index();
    table.string('coordinator_ref', 255).nullable().index();
    table.text('reference_codes').notNullable(); // JSON string[]
    table.text('dpi_blocks').notNullable(); // JSON string[]
    table.bigInteger('estimated_budget').nullable();
    table.string('status', 32).notNullable().index();
    table.text('analysis').nullable(); // JSON ReuseAnalysis
    table.text('decision').nullable(); // JSON ProposalDecision
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.integer('version').notNullable();
  });

  await knex.schema.createTable('spbe_proposal_events', table => {
    table.increments('id');
    table
      .string('proposal_id', 64)
      .notNullable()
      .references('id')
      .inTable('spbe_proposals')
      .onDelete('CASCADE');
    table.string('type', 32).notNullable();
    table.string('actor', 255).notNullable();
    table.timestamp('at', { useTz: true }).notNullable();
    table.string('from_status', 32).nullable();
    table.string('to_status', 32).nullable();
    table.text('text').nullable();
    table.text('payload').nullable(); // JSON
    table.index(['proposal_id', 'id']);
  });

  await knex.schema.createTable('spbe_duplicate_clusters', table => {
    table.string('id', 64).primary().notNullable();
    table.text('members').notNullable(); // JSON string[] (entity refs, sorted)
    table.text('evidence').notNullable(); // JSON
    table.float('score').notNullable();
    table.string('status', 16).notNullable().index(); // open | confirmed | dismissed | stale
    table.string('keeper_ref', 255).nullable();
    table.text('rationale').nullable();
    table.string('reviewed_by', 255).nullable();
    table.timestamp('reviewed_at', { useTz: true }).nullable();
    table.timestamp('detected_at', { useTz: true }).notNullable();
    table.integer('version').notNullable();
  });

  await knex.schema.createTable('spbe_dismissed_pairs', table => {
    table.string('app_a', 255).notNullable();
    table.string('app_b', 255).notNullable();
    table.string('cluster_id', 64).notNullable();
    table.string('dismissed_by', 255).notNullable();
    table.timestamp('dismissed_at', { useTz: true }).notNullable();
    table.primary(['app_a', 'app_b']);
  });

  await knex.schema.createTable('spbe_audit_campaigns', table => {
    table.string('id', 64).primary().notNullable();
    table.string('coordinator_ref', 255).notNullable().index();
    table.string('title', 255).notNullable();
    table.string('deadline', 10).notNullable(); // YYYY-MM-DD
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('spbe_audit_items', table => {
    table.increments('id');
    table
      .string('campaign_id', 64)
      .notNullable()
      .references('id')
      .inTable('spbe_audit_campaigns')
      .onDelete('CASCADE');
    table.string('application_ref', 255).notNullable();
    table.string('application_name', 255).notNullable();
    table.string('agency_ref', 255).nullable();
    table.string('coordinator_ref', 255).notNullable();
    table.string('classification', 32).nullable();
    table.string('target_ref', 255).nullable();
    table.text('rationale').nullable();
    table.string('classified_by', 255).nullable();
    table.timestamp('classified_at', { useTz: true }).nullable();
    table.integer('version').notNullable();
    table.unique(['campaign_id', 'application_ref']);
    table.index(['campaign_id', 'agency_ref']);
  });

  await knex.schema.createTable('spbe_daily_snapshots', table => {
    table.string('day', 10).primary().notNullable(); // YYYY-MM-DD (UTC)
    table.text('totals').notNullable(); // JSON DashboardTotals
    table.timestamp('taken_at', { useTz: true }).notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('spbe_daily_snapshots');
  await knex.schema.dropTable('spbe_audit_items');
  await knex.schema.dropTable('spbe_audit_campaigns');
  await knex.schema.dropTable('spbe_dismissed_pairs');
  await knex.schema.dropTable('spbe_duplicate_clusters');
  await knex.schema.dropTable('spbe_proposal_events');
  await knex.schema.dropTable('spbe_proposals');
  await knex.schema.dropTable('spbe_sync_state');
  await knex.schema.dropTable('spbe_applications');
};
