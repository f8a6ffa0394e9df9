import { cpSync, rmSync } from 'node:fs';
import { BUILT_EXTENSION, EXTENSION_SNAPSHOT } from './paths';

/** Copies the built extension to EXTENSION_SNAPSHOT, which the benchmark then measures and loads. */
export function snapshotExtension(): void {
  rmSync(EXTENSION_SNAPSHOT, { recursive: true, force: true });
  cpSync(BUILT_EXTENSION, EXTENSION_SNAPSHOT, { recursive: true });
}
