import { useEffect, useState, type ComponentProps } from 'react';

/**
 * The team view's code (table, period picker, coverage calendar) is not needed for an agent's first
 * chart: it is a chunk of its own, loaded on first use or ahead of it (loadTeamPanel).
 */
type TeamPanelModule = typeof import('./TeamPanel');

let loaded: TeamPanelModule | null = null;
let loading: Promise<TeamPanelModule> | null = null;

export function loadTeamPanel(): Promise<TeamPanelModule> {
  loading ??= import('./TeamPanel').then((m) => (loaded = m));
  return loading;
}

/**
 * TeamPanel once its code is in (at once when it was loaded ahead), a placeholder until then. Not
 * React.lazy: a lazy component suspends on its first render even when its code is in, and React holds
 * the reveal of a suspended boundary back (~300 ms).
 */
export function DeferredTeamPanel(props: ComponentProps<TeamPanelModule['TeamPanel']>) {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (module) return;
    let live = true;
    void loadTeamPanel().then((m) => live && setModule(m));
    return () => {
      live = false;
    };
  }, [module]);
  if (!module) return <div className="placeholder page-placeholder" aria-busy="true" />;
  return <module.TeamPanel {...props} />;
}
