import { useEffect, useState, type ChangeEvent, type DragEvent } from 'react';
import { t } from '@/lib/i18n/translate';

/** What the picker offers: console reports, and the extension's own backup and CSV export. */
const ACCEPT = '.xlsx,.xls,.csv,.json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv,application/json';

const hasFiles = (event: globalThis.DragEvent | DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * The import area: drop files on it, or press the button (a real file input inside a label, so Tab
 * reaches it and Enter/Space open the picker). Several files at once.
 */
export function ImportDropZone({ disabled, onFiles }: { disabled: boolean; onFiles: (files: File[]) => void }) {
  const [over, setOver] = useState(false);

  // A file dropped a few pixels beside the zone would make Chrome open it in place of the options page.
  useEffect(() => {
    const swallow = (event: globalThis.DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    window.addEventListener('dragover', swallow);
    window.addEventListener('drop', swallow);
    return () => {
      window.removeEventListener('dragover', swallow);
      window.removeEventListener('drop', swallow);
    };
  }, []);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    input.value = ''; // the same files can be picked again
    if (files.length > 0) onFiles(files);
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!hasFiles(event) || disabled) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDragLeave = (event: DragEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  };

  return (
    <div
      className={`import-drop${over ? ' over' : ''}${disabled ? ' disabled' : ''}`}
      data-testid="import-drop"
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <span className="import-drop-icon" aria-hidden="true">
        ⤓
      </span>
      <div className="import-drop-text">
        <b id="import-drop-title">{t('importReportDropTitle')}</b>
        <span className="muted small" id="import-drop-hint">
          {t('importReportDropHint')}
        </span>
      </div>
      <label className="file-button">
        {t('importReportPick')}
        <input
          type="file"
          multiple
          accept={ACCEPT}
          data-testid="import-file"
          disabled={disabled}
          aria-describedby="import-drop-title import-drop-hint"
          onChange={onChange}
        />
      </label>
    </div>
  );
}
