// Types `env` and `exports` from cloudflare:workers with this worker's bindings and entry module.
import type { Env as WorkerEnv } from '../../worker/env.ts';

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {}
    interface GlobalProps {
      mainModule: typeof import('../../worker/index.ts');
    }
  }
}
