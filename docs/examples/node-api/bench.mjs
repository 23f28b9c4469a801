// The guide's workload on Node.js with @duckdb/node-api: 5000 writers and 500 readers, each with a
// connection of its own, all started at once; one warm-up run, then one measured run, in memory.
// DUCKDB_THREADS, if set, is DuckDB's own worker threads (its threads setting), as --duckdb-threads is for Java.
import { DuckDBInstance } from '@duckdb/node-api';

const writers = Number(process.argv[2] ?? 5000), readers = Number(process.argv[3] ?? 500);

async function run() {
  const threads = process.env.DUCKDB_THREADS;
  const instance = await DuckDBInstance.create(':memory:', threads ? { threads } : {});
  const root = await instance.connect();
  await root.run('CREATE TABLE my_inserts (thread_name VARCHAR, insert_time TIMESTAMP DEFAULT current_timestamp)');
  const names = [];
  for (let i = 0; i < writers; i++) names.push('write_thread_' + i);
  for (let j = 0; j < readers; j++) names.push('read_thread_' + j);
  // A seeded shuffle (not Java's Random, so not the same order; the same for every run).
  let seed = 6;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  for (let i = names.length - 1; i > 0; i--) { const k = Math.floor(random() * (i + 1)); [names[i], names[k]] = [names[k], names[i]]; }
  const start = process.hrtime.bigint();
  await Promise.all(names.map(async name => {
    const connection = await instance.connect();
    if (name.startsWith('write')) {
      const insert = await connection.prepare('INSERT INTO my_inserts (thread_name) VALUES ($1)');
      insert.bindVarchar(1, name);
      await insert.run();
    } else {
      const count = await connection.prepare('SELECT $1 AS thread_name, count(*) AS row_counter, current_timestamp FROM my_inserts');
      count.bindVarchar(1, name);
      await count.run();
    }
    connection.closeSync();
  }));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rows = (await (await root.runAndReadAll('SELECT count(*) FROM my_inserts')).getRows())[0][0];
  root.closeSync();
  return { ms, rows };
}

await run();
const { ms, rows } = await run();
console.log(`${ms.toFixed(1)} ms, ${rows} rows`);
