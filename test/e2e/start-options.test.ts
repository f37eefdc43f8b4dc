// `npm start -- --port N` and `PORT=N npm start` choose the port; bad values get a message, not a crash.
import { describe, expect, it } from 'vitest';
import { startOptions } from '../../worker/scripts/start-options.ts';

describe('npm start options', () => {
  it('serves on 127.0.0.1:8787 by default', () => {
    expect(startOptions([], {})).toEqual({ port: 8787, host: '127.0.0.1' });
  });

  it('takes the port from --port, -p, or PORT, the flag first', () => {
    expect(startOptions(['--port', '9000'], {}).port).toBe(9000);
    expect(startOptions(['-p', '9001'], {}).port).toBe(9001);
    expect(startOptions([], { PORT: '9002' }).port).toBe(9002);
    expect(startOptions(['--port', '9003'], { PORT: '9002' }).port).toBe(9003);
  });

  it('refuses a port that is not a number from 1 to 65535, saying what it got', () => {
    for (const bad of ['0', '65536', 'abc', '80.5', '']) {
      expect(() => startOptions(['--port', bad], {})).toThrow(`got "${bad}"`);
    }
  });

  it('refuses an unknown flag instead of ignoring it', () => {
    expect(() => startOptions(['--prot', '9000'], {})).toThrow();
  });
});
