/** A select of fixed record words (kinds, measures, precisions), each shown by its name in the reader's language. */
import type { SelectHTMLAttributes } from 'react';

export function Choices<T extends string>({
  values,
  value,
  nameOf,
  onChoose,
  ...attributes
}: {
  values: readonly T[];
  value: T;
  nameOf: (value: T) => string;
  onChoose: (value: T) => void;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>) {
  return (
    <select {...attributes} value={value} onChange={(e) => onChoose(e.target.value as T)}>
      {values.map((v) => (
        <option key={v} value={v}>
          {nameOf(v)}
        </option>
      ))}
    </select>
  );
}
