/**
 * A command line that cannot be carried out as written: an unknown service, action or flag, a flag
 * without its value, a JSON value that does not parse. Nothing was sent; the command exits with 2.
 */
export class UsageError extends Error {
  override name = "UsageError";
}
