import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { API_MAIN, freePort } from './api-process';

/**
 * The real process (`node api/dist/api/src/main.js`) on the embedded database in a temporary directory:
 * SIGTERM lets a request in flight finish, closes sockets, closes the database and exits 0 within 10 s;
 * the next start opens the same data cleanly.
 */
let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'minutely-shutdown-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function startApi(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  let output = '';
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
      NODE_OPTIONS: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 90_000; // a loaded CI machine starts slowly
  for (;;) {
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { child, output: () => output };
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`API did not become ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const gql = (port: number, query: string, variables: Record<string, unknown>) =>
  fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });

it('shuts down gracefully on SIGTERM and starts again on the same data', async () => {
  const port = await freePort();
  const api = await startApi(port);

  const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
  const socketClosed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

  // A sign-up (a deliberately slow password hash) is in flight when the signal arrives.
  const input = { email: 'shutdown@example.test', password: 'long enough password', displayName: 'Late', handle: 'late_one' };
  const inFlight = gql(port, `mutation($i: SignUpInput!) { signUp(input: $i) { email } }`, { i: input });
  await new Promise((r) => setTimeout(r, 20));
  const signalledAt = Date.now();
  const exited = new Promise<number | null>((resolve) => api.child.once('exit', (code) => resolve(code)));
  api.child.kill('SIGTERM');

  const response = await inFlight;
  expect(response.status).toBe(200);
  expect(((await response.json()) as { data: { signUp: { email: string } } }).data.signUp.email).toBe(input.email);
  expect(await socketClosed).toBe(1001);
  expect(await exited).toBe(0);
  expect(Date.now() - signalledAt).toBeLessThan(10_000);
  expect(api.output()).toContain('shutdown complete');
  // No new connections are accepted once it is down.
  await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();

  const again = await startApi(port);
  try {
    const login = await gql(port, `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { account { handle } } }`, {
      e: input.email,
      p: input.password,
    });
    expect(await login.json()).toEqual({ data: { logIn: { account: { handle: 'late_one' } } } });
  } finally {
    again.child.kill('SIGTERM');
    await new Promise((resolve) => again.child.once('exit', resolve));
  }
}, 240_000);
