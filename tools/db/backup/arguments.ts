/** The value after `name` in the command line, or undefined. */
export function optionalArgument(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** The value after `name`; without it, stops with the usage line. */
export function argument(args: readonly string[], name: string, usage: string): string {
  const value = optionalArgument(args, name);
  if (!value) throw new Error(`${name} is required. Usage: ${usage}`);
  return value;
}
