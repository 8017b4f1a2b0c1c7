/**
 * Random ids. Web Crypto's randomUUID exists in every runtime we target (Node 20, Chromium); core is
 * compiled without DOM or Node typings, so the one function it needs is declared here.
 */
interface RandomUuidSource {
  crypto: { randomUUID(): string };
}

export function newId(): string {
  return (globalThis as unknown as RandomUuidSource).crypto.randomUUID();
}
