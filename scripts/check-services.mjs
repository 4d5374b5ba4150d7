// CI guard: the services the test suite is told to use must answer, or CI fails loudly here
// instead of skipping their tests.
import net from 'node:net';
import pg from 'pg';

const failures = [];

const database = process.env.VISION_STUDIO_TEST_DATABASE_URL;
if (database) {
  const client = new pg.Client({ connectionString: database, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    console.log(`PostgreSQL answers at ${new URL(database).host}`);
  } catch (error) {
    failures.push(`PostgreSQL at ${new URL(database).host}: ${error.message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

const redis = process.env.VISION_STUDIO_TEST_REDIS_URL;
if (redis) {
  const { hostname, port } = new URL(redis);
  try {
    const reply = await new Promise((resolve, reject) => {
      const socket = net.connect({ host: hostname, port: Number(port || 6379) }, () => socket.write('PING\r\n'));
      socket.setTimeout(5000, () => socket.destroy(new Error('timed out')));
      socket.once('data', (data) => {
        socket.end();
        resolve(String(data).trim());
      });
      socket.once('error', reject);
    });
    if (reply !== '+PONG') throw new Error(`answered ${reply}`);
    console.log(`Redis answers at ${hostname}:${port || 6379}`);
  } catch (error) {
    failures.push(`Redis at ${hostname}: ${error.message}`);
  }
}

if (failures.length > 0) {
  console.error(`Test services are not answering:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
