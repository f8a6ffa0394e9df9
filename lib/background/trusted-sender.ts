/** The part of runtime.MessageSender (and of a port's sender) the checks need. */
export interface SenderInfo {
  id?: string;
  tab?: { id?: number; url?: string };
  url?: string;
  frameId?: number;
}

/**
 * Only the extension's own content scripts may hand in captures: same extension id (no other
 * extension), inside a tab (not an extension page or the popup), from a web or about: frame (content
 * scripts), never from one of the extension's own pages. Web pages cannot reach runtime messaging at
 * all (no externally_connectable), so forged window messages never get this far.
 */
export function isTrustedCaptureSender(sender: SenderInfo, extensionId: string): boolean {
  if (sender.id !== extensionId) return false;
  if (sender.tab === undefined || sender.tab === null) return false;
  const url = sender.url ?? '';
  return /^(?:https?:|about:)/.test(url);
}
