// Runs the gateway as a real process (`vision-studio serve`), to kill it the hard way.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { promisify } from 'node:util';

const CLI = path.resolve(import.meta.dirname, '../../src/cli.ts');
/** The gateway from its source, under tsx. */
const FROM_SOURCE = ['--import', 'tsx', CLI];

export interface GatewayProcess {
  child: ChildProcess;
  url: string;
  output: { stdout: string; stderr: string };
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** `command`: node's arguments up to the CLI's script (the built bundle's path, say). */
export async function startGateway(env: Record<string, string>, args: string[] = [], command = FROM_SOURCE): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [...command, 'serve', '--port', '0', ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, VISION_STUDIO_LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d) => (output.stdout += d));
  child.stderr!.on('data', (d) => (output.stderr += d));
  const deadline = Date.now() + 20_000;
  let url: string | undefined;
  while (!(url = /listening at (http:\/\/[\d.:]+)/.exec(output.stdout)?.[1])) {
    if (child.exitCode !== null) throw new Error(`the gateway exited: ${output.stderr}`);
    if (Date.now() > deadline) throw new Error(`the gateway did not start: ${output.stderr}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    child,
    url,
    output,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill(signal);
      await exited;
    },
  };
}

/** Makes a database key with `vision-studio keys create` (as an operator would) and answers the key. */
export async function createKeyWithCli(dataDir: string, args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [...FROM_SOURCE, 'keys', 'create', ...args, '--data-dir', dataDir], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  const key = /X-API-Key: (\S+)/.exec(stdout)?.[1];
  if (!key) throw new Error(`keys create printed no key: ${stdout}`);
  return key;
}
