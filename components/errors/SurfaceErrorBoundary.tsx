import { Component, type ErrorInfo, type ReactNode } from 'react';
import { SurfaceError } from './SurfaceError';

interface SurfaceErrorBoundaryProps {
  children: ReactNode;
  /** What replaces the surface after a render error; the full notice by default (the badge passes a small one). */
  fallback?: (error: unknown) => ReactNode;
}

/**
 * Wraps a whole surface (popup, side panel, options, badge): a component that throws while rendering
 * shows a notice saying what to do instead of leaving a blank panel. Errors in event handlers and
 * promises never reach a boundary; those places report their own failures.
 */
export class SurfaceErrorBoundary extends Component<SurfaceErrorBoundaryProps, { error: unknown; failed: boolean }> {
  override state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the page's console with the component stack, for whoever looks into a report.
    console.error('[kefu-benchmark] a view failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return this.props.fallback ? this.props.fallback(this.state.error) : <SurfaceError error={this.state.error} />;
  }
}
