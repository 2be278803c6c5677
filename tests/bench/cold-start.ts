/**
 * The engine's cold start, run by engine-bench.ts in fresh child processes (prints JSON): how long
 * importing the engine takes, then the first analyze() of one post (argv[2]), then a second one of
 * the same post for comparison. The first call pays for what the engine builds on first use
 * (lexicons, name lists, compiled regexes); the extension warms the engine when a composer is
 * found, the CLI and tests do not. For information: a benchmark reports, a test never times.
 */
const post = process.argv[2] ?? 'Great shift with the team tonight, so proud of our 4 West nurses!';
/** Wall-clock and CPU time (this process's own: less inflated by other processes on a busy machine). */
const now = () => ({ wall: performance.now(), cpu: cpuMs() });
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1_000;
};
const since = (a: ReturnType<typeof now>, b: ReturnType<typeof now>) => ({ ms: b.wall - a.wall, cpuMs: b.cpu - a.cpu });
const t0 = now();
const { analyze } = await import('../../src/engine');
const t1 = now();
analyze(post);
const t2 = now();
analyze(post);
const t3 = now();
process.stdout.write(JSON.stringify({ import: since(t0, t1), first: since(t1, t2), second: since(t2, t3) }));

export {};
