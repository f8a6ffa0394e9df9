import { rowKindOf } from '../metrics';
import type { AgentProfile } from './agent-profile';
import { guessRole } from './guess-role';
import type { AgentDirectory, AgentEntry } from './types';

const collator = new Intl.Collator('zh-CN');

/** The nickname of `店铺:昵称` (`:` or `：`), or the whole text for a plain nickname. */
function nicknameOf(key: string): string {
  const i = key.search(/[:：]/);
  const nick = i >= 0 ? key.slice(i + 1).trim() : key;
  return nick === '' ? key : nick;
}

/**
 * One entry per person: captured agent texts (benchmark rows left out) with the profiles folded in.
 * A profile's aliases count as its key; a profile whose text was never captured still appears (the
 * manager set it up ahead). The role is the profile's, else guessed from the metrics of the tables all
 * the person's texts appear in (`metricsByLabel`). Sorted by name in Chinese collation (pinyin order).
 */
export function buildAgentDirectory(
  labels: Iterable<string>,
  profiles: readonly AgentProfile[],
  metricsByLabel?: ReadonlyMap<string, Iterable<string>>,
): AgentDirectory {
  const profileOf = new Map<string, AgentProfile>();
  // Keys first, so a text that is a profile's key is never taken as another profile's alias.
  for (const p of profiles) profileOf.set(p.key, p);
  for (const p of profiles) for (const a of p.aliases) if (!profileOf.has(a)) profileOf.set(a, p);

  // Canonical key → every label of that person; profiles first (aliases listed even if not yet captured).
  const groups = new Map<string, Set<string>>();
  for (const p of profiles) {
    const texts = new Set([p.key]);
    for (const a of p.aliases) if (profileOf.get(a) === p) texts.add(a);
    groups.set(p.key, texts);
  }
  for (const label of labels) {
    if (rowKindOf(label) !== 'agent') continue;
    const key = profileOf.get(label)?.key ?? label;
    let texts = groups.get(key);
    if (!texts) groups.set(key, (texts = new Set()));
    texts.add(label);
  }

  const agents: AgentEntry[] = [];
  const byLabel = new Map<string, AgentEntry>();
  let me: AgentEntry | undefined;
  for (const [key, texts] of groups) {
    const profile = profileOf.get(key);
    const own = profile?.key === key ? profile : undefined;
    let role = own?.role ?? null;
    let roleGuessed = false;
    // A role an imported report stated (旺旺类型) beats a guess from the metrics, never a role set by hand.
    if (role === null && own?.roleHint) {
      role = own.roleHint;
      roleGuessed = true;
    }
    if (role === null && metricsByLabel) {
      const metrics: string[] = [];
      for (const label of texts) for (const m of metricsByLabel.get(label) ?? []) metrics.push(m);
      role = guessRole(metrics);
      roleGuessed = role !== null;
    }
    const entry: AgentEntry = {
      key,
      labels: [key, ...[...texts].filter((t) => t !== key)],
      name: own?.displayName?.trim() || nicknameOf(key),
      role,
      roleGuessed,
      isMe: own?.isMe === true && me === undefined,
    };
    if (entry.isMe) me = entry;
    agents.push(entry);
    for (const label of entry.labels) byLabel.set(label, entry);
  }
  agents.sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.key, b.key));

  return { agents, agentOf: (label) => byLabel.get(label), me };
}
