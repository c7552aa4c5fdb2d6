/*
 * SPBE backend: long operations (the catalog mirror + duplicate rebuild) with
 * their progress, so that every replica and every user sees the same state.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('spbe_operations', table => {
    table.string('id', 64).primary().notNullable();
    // running | succeeded | failed
    table.string('state', 16).notNullable();
    table.string('phase', 32).nullable();
    table.integer('done').notNullable().defaultTo(0);
    table.integer('total').nullable();
    table.string('requested_by', 255).notNullable();
    table.timestamp('started_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.timestamp('finished_at', { useTz: true }).nullable();
    table.text('result').nullable(); // JSON
    table.text('error').nullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('spbe_operations');
};
