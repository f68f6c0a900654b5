/** The switch that shows or hides a source or a dataset, its name beside it (Sources view). */
export function SourceSwitch({ name, on, onToggle }: { name: string; on: boolean; onToggle: () => void }) {
  return (
    <label className="source-toggle">
      <input type="checkbox" checked={on} onChange={onToggle} />
      <span>
        <strong>{name}</strong>
        <span className="visually-hidden">{on ? ' (shown)' : ' (hidden)'}</span>
      </span>
    </label>
  );
}
