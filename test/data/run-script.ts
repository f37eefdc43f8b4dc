// Runs a script as a maintainer would (`node script args`): its exit code and output, whatever the code.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** How a script run ended. */
export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `script` with this Node and `args`, in `env` when given (else this process's environment). */
export async function runScript(script: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<ScriptRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], env ? { env } : {});
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as ScriptRun;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
