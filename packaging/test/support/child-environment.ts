/**
 * The environment for tools these checks start: the parent's, without what pnpm, turbo and vitest set for their
 * own children (npm_config_*, NODE_OPTIONS, VITEST*), so a scratch app installs and runs as a user's would.
 */
export function childEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_config_|VITEST|TINYPOOL)/i.test(key)) continue;
    if (key === 'NODE_OPTIONS' || key === 'NODE_ENV' || key === 'INIT_CWD') continue;
    environment[key] = value;
  }
  return { ...environment, ...extra };
}
