import { expect, Page, test } from '@playwright/test';

const SHOTS = 'node_modules/.cache/e2e-test-results';

async function signIn(page: Page) {
  // A backend started by `yarn start` restarts when its sources change, and
  // a guest sign-in during the restart is refused; try again until it holds.
  await expect(async () => {
    await page.goto('/');
    const enter = page.getByRole('button', { name: 'Enter' });
    await enter.click();
    await expect(enter).toBeHidden({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
}

/** Clicks an export button and returns the file it saves, name and bytes. */
async function exportTopology(page: Page, button: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('group', { name: 'Export' })
      .getByRole('button', { name: button, exact: true })
      .click(),
  ]);
  // The lint rules keep fs out of the app package; read the saved file
  // through Playwright instead.
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) {
    chunks.push(chunk as Buffer);
  }
  return { name: download.suggestedFilename(), content: Buffer.concat(chunks) };
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

test('the topology exports as SVG, PNG, JSON, DOT and Mermaid', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/network-contracts/topology');
  await expect(page.getByLabel('service db')).toBeVisible({ timeout: 60_000 });

  const svg = await exportTopology(page, 'SVG');
  expect(svg.name).toBe('topology-dev.svg');
  expect(svg.content.toString('utf8')).toContain('<svg');

  const png = await exportTopology(page, 'PNG');
  expect(png.name).toBe('topology-dev.png');
  // Every PNG file starts with the same eight bytes.
  expect(png.content.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');

  const json = await exportTopology(page, 'JSON');
  expect(json.name).toBe('topology-dev.json');
  const graph = JSON.parse(json.content.toString('utf8'));
  expect(graph.services.map((s: { name: string }) => s.name)).toContain('db');

  const dot = await exportTopology(page, 'DOT');
  expect(dot.name).toBe('topology-dev.dot');
  expect(dot.content.toString('utf8')).toMatch(/digraph[\s\S]*db/);

  const mermaid = await exportTopology(page, 'Mermaid');
  expect(mermaid.name).toBe('topology-dev.mmd');
  expect(mermaid.content.toString('utf8')).toMatch(/^(graph|flowchart)/m);
});
