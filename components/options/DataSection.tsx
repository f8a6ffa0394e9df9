import { useLiveQuery } from 'dexie-react-hooks';
import { type KefuDatabase, storeStats, latestValues } from '@/lib/db';
import { exportCsv, exportBackup } from '@/lib/io';
import { t } from '@/lib/i18n/translate';
import { downloadText, fileStamp } from '../download-text';
import { ImportControl } from './ImportControl';
import { WipeControl } from './WipeControl';
import { formatDateTime } from '../format-date-time';

export function DataSection({ db }: { db: KefuDatabase }) {
  const stats = useLiveQuery(() => storeStats(db), [db]);

  const onExportCsv = async () => {
    downloadText(`kefu-benchmark-${fileStamp()}.csv`, exportCsv(await latestValues(db)), 'text/csv;charset=utf-8');
  };
  const onExportJson = async () => {
    downloadText(`kefu-benchmark-backup-${fileStamp()}.json`, JSON.stringify(await exportBackup(db)), 'application/json');
  };

  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title">{t('dataSection')}</h2>
      <div className="stats" data-testid="stats">
        <Stat label={t('statValues')} value={stats?.values} testId="stat-values" />
        <Stat label={t('statAgents')} value={stats?.agents} testId="stat-agents" />
        <Stat label={t('statPeriods')} value={stats?.periods} testId="stat-periods" />
        <Stat label={t('statCaptures')} value={stats?.captures} testId="stat-captures" />
        <Stat label={t('statLastCapture')} value={stats ? (stats.lastCapturedAt ? formatDateTime(stats.lastCapturedAt) : t('never')) : undefined} />
      </div>
      <div className="actions">
        <button type="button" className="primary" data-testid="export-csv" onClick={onExportCsv}>
          {t('exportCsv')}
        </button>
        <button type="button" data-testid="export-json" onClick={onExportJson}>
          {t('exportJson')}
        </button>
        <ImportControl db={db} />
        <WipeControl db={db} />
      </div>
      <p className="muted">{t('importHint')}</p>
    </section>
  );
}

function Stat({ label, value, testId }: { label: string; value: number | string | undefined; testId?: string }) {
  return (
    <div>
      <b data-testid={testId}>{value === undefined ? '…' : typeof value === 'number' ? value.toLocaleString() : value}</b>
      <span>{label}</span>
    </div>
  );
}
