/**
 * A small argument parser: each command declares its options, anything else is an error the user
 * can act on (exit code 2), never silently ignored.
 */
export type OptionSpec = { kind: 'flag' } | { kind: 'value'; placeholder: string };
export type OptionSpecs = Record<string, OptionSpec>;

export type ParsedArgs = {
  flags: Set<string>;
  values: Map<string, string>;
  positionals: string[];
};

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], specs: OptionSpecs): ParsedArgs {
  const parsed: ParsedArgs = { flags: new Set(), values: new Map(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      parsed.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const spec = specs[name];
    if (spec === undefined) throw new UsageError(`Option inconnue : --${name}.`);
    if (spec.kind === 'flag') {
      if (inline !== undefined) throw new UsageError(`L’option --${name} ne prend pas de valeur.`);
      parsed.flags.add(name);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') {
      throw new UsageError(`L’option --${name} attend une valeur : --${name} ${spec.placeholder}.`);
    }
    parsed.values.set(name, value);
  }
  return parsed;
}
