// @ts-check

/**
 * Validation runs: one row each time the contracts of a mesh are checked.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('runs', table => {
    table.comment('Each validation of the network contracts of a mesh');
    table.bigIncrements('id').primary();
    table.string('source', 255).notNullable().comment('Name of the mesh');
    table
      .string('status', 16)
      .notNullable()
      .comment('running, succeeded or failed');
    table.string('trigger', 16).notNullable().comment('schedule or manual');
    table.timestamp('started_at', { useTz: true }).notNullable();
    table.timestamp('finished_at', { useTz: true }).nullable();
    table
      .string('content_hash', 128)
      .nullable()
      .comment('Hash of the inputs, to tell whether anything changed');
    table.integer('error_count').notNullable().defaultTo(0);
    table.integer('warning_count').notNullable().defaultTo(0);
    table.integer('info_count').notNullable().defaultTo(0);
    table.text('failure').nullable().comment('Why the run failed, if it did');
    table.index(['source', 'started_at'], 'runs_source_started_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('runs');
};
