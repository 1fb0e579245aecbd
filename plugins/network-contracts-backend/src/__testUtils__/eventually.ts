/**
 * Retries an assertion until it holds or two seconds pass: alerts go out
 * after a run is recorded, so a test sees the run before its alerts.
 */
export async function eventually(assertion: () => void | Promise<void>) {
  const deadline = Date.now() + 2000;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw error;
      }
      await new Promise(resolve => setTimeout(resolve, 25));
    }
  }
}
