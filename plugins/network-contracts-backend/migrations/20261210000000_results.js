// @ts-check

/**
 * What a run found: its findings, the graph of each environment, the
 * connectivity change against the previous run, the inputs of the latest
 * successful run (to rebuild the in-memory results after a restart) and
 * the GitHub issues already opened.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('runs', table => {
    table
      .string('revision', 255)
      .nullable()
      .comment('Etag of a URL source, else the content hash');
    table.integer('waived_count').notNullable().defaultTo(0);
    table.integer('duration_ms').nullable();
    table
      .text('change')
      .nullable()
      .comment('JSON: connectivity change since the previous run');
  });

  await knex.schema.createTable('run_findings', table => {
    table.comment('Findings of each successful run');
    table.bigIncrements('id').primary();
    table.bigInteger('run_id').unsigned().notNullable();
    table
      .string('fingerprint', 64)
      .notNullable()
      .comment('Identifies the same finding across runs');
    table.string('rule', 255).notNullable();
    table.string('category', 32).notNullable();
    table.string('severity', 16).notNullable();
    table.string('service', 255).nullable();
    table.string('environment', 255).nullable();
    table.string('tier', 255).nullable();
    table.text('message').notNullable();
    table.text('remediation').notNullable();
    table.text('position').nullable().comment('JSON source position');
    table.boolean('waived').notNullable();
    table.text('waiver').nullable().comment('JSON waiver that covers it');
    table.index(['run_id'], 'run_findings_run_idx');
  });

  await knex.schema.createTable('run_topologies', table => {
    table.comment('Graph JSON of each environment of each successful run');
    table.bigInteger('run_id').unsigned().notNullable();
    table.string('environment', 255).notNullable();
    table.text('graph').notNullable();
    table.primary(['run_id', 'environment']);
  });

  await knex.schema.createTable('mesh_inputs', table => {
    table.comment('Input files of the latest successful run of each mesh');
    table.string('mesh', 255).primary();
    table.bigInteger('run_id').unsigned().notNullable();
    table.text('files').notNullable().comment('JSON: root and file texts');
    table
      .string('today', 10)
      .notNullable()
      .comment('Day waivers were judged on, YYYY-MM-DD');
  });

  await knex.schema.createTable('alert_issues', table => {
    table.comment('GitHub issues opened for findings, never twice');
    table.string('fingerprint', 64).primary();
    table.string('mesh', 255).notNullable();
    table.integer('issue_number').notNullable();
    table.text('issue_url').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('alert_issues');
  await knex.schema.dropTable('mesh_inputs');
  await knex.schema.dropTable('run_topologies');
  await knex.schema.dropTable('run_findings');
  await knex.schema.alterTable('runs', table => {
    table.dropColumn('change');
    table.dropColumn('duration_ms');
    table.dropColumn('waived_count');
    table.dropColumn('revision');
  });
};
