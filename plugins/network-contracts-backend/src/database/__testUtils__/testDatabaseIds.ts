import { TestDatabaseId } from '@backstage/backend-test-utils';

/**
 * The databases the tests run on: SQLite always, and each PostgreSQL whose
 * connection string is in the environment
 * (`BACKSTAGE_TEST_DATABASE_POSTGRES<major>_CONNECTION_STRING`).
 *
 * CI must exercise PostgreSQL, so there a missing connection string fails
 * the suite instead of quietly testing SQLite alone.
 */
export function testDatabaseIds(): TestDatabaseId[] {
  const postgres = Object.keys(process.env)
    .map(key =>
      key.match(/^BACKSTAGE_TEST_DATABASE_POSTGRES(\d+)_CONNECTION_STRING$/),
    )
    .filter((match): match is RegExpMatchArray => match !== null)
    .map(match => `POSTGRES_${match[1]}` as TestDatabaseId);

  if (postgres.length === 0 && process.env.CI && !process.env.NO_POSTGRES) {
    throw new Error(
      'CI requires a PostgreSQL for the database tests: set ' +
        'BACKSTAGE_TEST_DATABASE_POSTGRES<major>_CONNECTION_STRING ' +
        '(.ci/run does), or NO_POSTGRES=1 to test SQLite alone.',
    );
  }

  return ['SQLITE_3', ...postgres];
}
