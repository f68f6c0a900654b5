/** A labelled field with its fault said under it (and tied to it for screen readers). */
import { cloneElement, useId, type ReactElement } from 'react';

export function Field({
  label,
  fault,
  children,
}: {
  label: string;
  fault: string | null;
  children: ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  return (
    <div className={fault ? 'field field-fault' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': fault ? true : undefined,
        'aria-describedby': fault ? `${id}-fault` : undefined,
      })}
      {fault && (
        <p id={`${id}-fault`} className="field-fault-text" role="alert">
          {fault}
        </p>
      )}
    </div>
  );
}
