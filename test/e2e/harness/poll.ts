// Waiting for the editor: poll for a state with a generous deadline instead of sleeping, so a
// slow shared machine makes the suite slower, not flaky.
/** Thrown from a probe to stop polling at once (e.g. the server died): no point in waiting. */
export class GiveUp extends Error {}

export async function poll<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 30000,
  intervalMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (e) {
      if (e instanceof GiveUp) throw e;
      lastError = e;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await sleep(intervalMs);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
