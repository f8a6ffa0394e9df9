import { shopOf } from '@/lib/metrics';

/** An agent text with the shop part dimmed: `旗舰店:` 小美. */
export function AgentText({ text }: { text: string }) {
  const shop = shopOf(text);
  if (!shop) return <span className="agent-text">{text}</span>;
  const nickStart = text.search(/[:：]/) + 1;
  return (
    <span className="agent-text">
      <span className="shop">{text.slice(0, nickStart)}</span>
      {text.slice(nickStart)}
    </span>
  );
}
