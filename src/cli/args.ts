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

/** What the command line was given that it cannot take, as data (src/i18n/cli words it). */
export type UsageIssue =
  | { code: 'unknown_option'; name: string }
  | { code: 'flag_with_value'; name: string }
  | { code: 'value_missing'; name: string; placeholder: string };

/** Carries its issue and no prose: `message` is the code, for debugging. */
export class UsageError extends Error {
  constructor(readonly issue: UsageIssue) {
    super(issue.code);
    this.name = 'UsageError';
  }
}

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
    if (spec === undefined) throw new UsageError({ code: 'unknown_option', name });
    if (spec.kind === 'flag') {
      if (inline !== undefined) throw new UsageError({ code: 'flag_with_value', name });
      parsed.flags.add(name);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') {
      throw new UsageError({ code: 'value_missing', name, placeholder: spec.placeholder });
    }
    parsed.values.set(name, value);
  }
  return parsed;
}
