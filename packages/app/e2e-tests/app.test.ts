import { test, expect } from '@playwright/test';

test('a guest signs in and opens the catalog', async ({ page }) => {
  await page.goto('/');

  const enterButton = page.getByRole('button', { name: 'Enter' });
  await expect(enterButton).toBeVisible();
  await enterButton.click();

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await nav.getByRole('link', { name: 'Catalog', exact: true }).click();

  await expect(
    page.getByRole('heading', { name: /Network Contracts/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'network-contracts-portal' }),
  ).toBeVisible();

  // The example mesh's services arrive through the network-contracts
  // provider a few seconds after the backend starts.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('link', { name: 'auth-service' })).toBeVisible({
      timeout: 2_000,
    });
  }).toPass({ timeout: 90_000 });

  await page.screenshot({
    path: 'node_modules/.cache/e2e-test-results/catalog.png',
    fullPage: true,
  });
});
