/*
 * Import reports of the SPBE inventory entity provider: one row per import run
 * of one inventory file.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('spbe_inventory_import_reports', table => {
    table.comment('One row per import run of one SPBE inventory file');
    table.increments('id').primary();
    table
      .string('file', 255)
      .notNullable()
      .comment('File base name, the report key');
    table.text('path').notNullable().comment('Configured path of the file');
    table.timestamp('started_at', { useTz: true }).notNullable();
    table.timestamp('finished_at', { useTz: true }).notNullable();
    table.string('status', 32).notNullable().comment('ok or parse-failed');
    table.text('error').nullable().comment('Why the file could not be parsed');
    table.integer('rows_total').notNullable();
    table.integer('rows_imported').notNullable();
    table.integer('rows_failed').notNullable();
    table.integer('entities_added').notNullable();
    table.integer('entities_updated').notNullable();
    table.integer('entities_removed').notNullable();
    table
      .text('row_errors')
      .notNullable()
      .comment('JSON array of row errors, capped');
    table
      .integer('row_error_count')
      .notNullable()
      .comment('All row errors, also those past the cap');
    table.string('content_hash', 64).nullable();
    table.index(['file', 'id'], 'spbe_inventory_import_reports_file_id_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('spbe_inventory_import_reports');
};
