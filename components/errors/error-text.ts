/** An error as one line for the notice's details: its name and message, or whatever was thrown. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
