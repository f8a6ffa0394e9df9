import { format } from 'date-fns';

/**
 * Saves text (or a file's bytes: an .xlsx) as a file through a temporary object URL: no downloads
 * permission, nothing leaves the machine.
 */
export function downloadText(fileName: string, text: string | ArrayBuffer, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** 2026-11-27-1530: sortable, and safe in every file system. */
export function fileStamp(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd-HHmm');
}
