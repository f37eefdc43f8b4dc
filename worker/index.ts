// The worker's entry (wrangler.toml `main`): the Hono app that serves relation records from KV, and the widget.
import { createApp } from './app.ts';

export default createApp();
