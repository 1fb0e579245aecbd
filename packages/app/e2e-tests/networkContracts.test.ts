import { expect, Page, test } from '@playwright/test';

const SHOTS = 'node_modules/.cache/e2e-test-results';

async function signIn(page: Page) {
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  await enter.click();
  await expect(enter).toBeHidden();
}

test('a service page shows its network contract', async ({ page }) => {
  await signIn(page);

  // The catalog provider ingests the example mesh a few seconds after the
  // backend starts; the first validation run follows.
  await expect(async () => {
    await page.goto('/catalog/default/component/auth-service');
    await expect(page.getByText('Network contract').first()).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 120_000 });
  await expect(page.getByText('auth_tier').first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Networks' })).toBeVisible({
    timeout: 60_000,
  });

  await page.screenshot({ path: `${SHOTS}/contract-card.png`, fullPage: true });
});

test('the topology shows tier boxes and filters by tier', async ({ page }) => {
  await signIn(page);
  await page.goto('/network-contracts/topology');

  await expect(page.getByRole('group', { name: 'tier data_tier' })).toBeVisible(
    { timeout: 60_000 },
  );
  await expect(page.getByLabel('service auth-service')).toBeVisible();
  await expect(page.getByLabel('service db')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/topology.png`, fullPage: true });

  await page.getByRole('button', { name: 'All' }).first().click();
  await page.getByRole('option', { name: 'data_tier' }).click();

  await expect(page.getByLabel('service auth-service')).toHaveCount(0);
  await expect(page.getByLabel('service db')).toBeVisible();
  await page.screenshot({
    path: `${SHOTS}/topology-data-tier.png`,
    fullPage: true,
  });
});

test('the compliance page counts findings', async ({ page }) => {
  await signIn(page);
  await page.goto('/network-contracts/compliance');

  const bySeverity = page.getByRole('table', { name: 'By severity' });
  await expect(bySeverity).toBeVisible({ timeout: 60_000 });
  await expect(
    bySeverity.getByRole('row', { name: /all findings/ }),
  ).toContainText(/all findings\s*\d+\s*\d+\s*\d+/);
  await expect(page.getByRole('table', { name: 'By tier' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Findings over/ })).toBeVisible();

  await page.screenshot({ path: `${SHOTS}/compliance.png`, fullPage: true });
});

test('a finding links to the page of its rule', async ({ page }) => {
  await signIn(page);

  // The second mesh, the flat example, has findings on every service. The
  // scheduled run may be minutes away, so start one.
  await page.goto('/network-contracts/compliance');
  await page.getByRole('button', { name: 'devonboarder' }).first().click();
  await page.getByRole('option', { name: 'devonboarder-flat' }).click();
  await page.getByRole('button', { name: 'Run validation now' }).click();
  await expect(page.getByRole('status')).toContainText('started');

  await page.goto('/network-contracts/topology');
  await page.getByRole('button', { name: 'devonboarder' }).first().click();
  await page.getByRole('option', { name: 'devonboarder-flat' }).click();
  await page.getByLabel('service db').click({ timeout: 60_000 });
  const link = page.getByRole('link', {
    name: 'Isolated service publishes a host port',
  });
  await expect(link.first()).toBeVisible({ timeout: 60_000 });
  await link.first().click();

  await expect(page).toHaveURL(
    /\/network-contracts\/rules\/isolation%2Fdata-tier-published-port$/,
  );
  await expect(
    page.getByRole('heading', {
      name: 'Isolated service publishes a host port',
    }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('category isolation')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How to fix' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/rule-page.png`, fullPage: true });
});

test('the catalog lists and filters services by tier', async ({ page }) => {
  await signIn(page);

  const db = page.getByRole('link', { name: 'db', exact: true });
  await expect(async () => {
    await page.goto('/');
    await expect(db).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 120_000 });
  await expect(page.getByRole('columnheader', { name: 'Tier' })).toBeVisible();
  const dbRow = page.getByRole('row').filter({ has: db });
  await expect(dbRow).toContainText('data_tier');

  await page.getByRole('button', { name: /All tiers/ }).click();
  await page.getByRole('option', { name: 'data_tier' }).click();
  await page.keyboard.press('Escape');

  await expect(page.getByRole('link', { name: 'auth-service' })).toHaveCount(0);
  await expect(db).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/catalog-tier.png`, fullPage: true });
});
