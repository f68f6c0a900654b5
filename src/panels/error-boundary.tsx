import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What shows in place of the part that failed. */
  fallback: (error: Error) => ReactNode;
  /** Told once the failure is caught, so the page around can adapt (the list in place of the map). */
  onError?: (error: Error) => void;
  children: ReactNode;
}

/** What was thrown, as an Error: code may throw anything. */
function asError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}

/**
 * Catches a fault while drawing one part of the page and shows a message there, so the rest of the page
 * keeps working instead of going blank. A new `key` gives the part a fresh start (another city).
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(thrown: unknown) {
    return { error: asError(thrown) };
  }

  componentDidCatch(thrown: unknown) {
    this.props.onError?.(asError(thrown));
  }

  render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
