import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What shows in place of the part that failed. */
  fallback: (error: Error) => ReactNode;
  /** Told once the failure is caught, so the page around can adapt (the list in place of the map). */
  onError?: (error: Error) => void;
  children: ReactNode;
}

/**
 * Catches a fault while drawing one part of the page and shows a message there, so the rest of the page
 * keeps working instead of going blank. A new `key` gives the part a fresh start (another city).
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown) {
    this.props.onError?.(error instanceof Error ? error : new Error(String(error)));
  }

  render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
