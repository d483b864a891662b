// Preloaded (`node --require`) into the API process the crash test will start next: loads the API's code, then
// blocks until the test writes one byte on stdin, and only then lets `main.js` run. Loading ~1,000 modules is
// most of a cold start on a busy machine, and the accelerated clock would turn it into a long outage; holding
// the code ready changes nothing the API knows when main() starts. EOF (the test went away) exits.
const { readSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist', 'api', 'src');
require(require.resolve('reflect-metadata', { paths: [dist] }));
require(join(dist, 'app.js'));
require(join(dist, 'server.js'));

const byte = Buffer.alloc(1);
const pause = new Int32Array(new SharedArrayBuffer(4));
for (;;) {
  let read;
  try {
    read = readSync(0, byte, 0, 1, null);
  } catch (err) {
    if (err.code !== 'EAGAIN') throw err;
    Atomics.wait(pause, 0, 0, 5);
    continue;
  }
  if (read === 0) process.exit(0);
  break;
}
