/** The button under a paged list: says how many rows are not shown yet and shows the next page. */
export function ShowMore({
  hidden,
  pageSize,
  onClick,
}: {
  hidden: number;
  pageSize: number;
  onClick: () => void;
}) {
  if (hidden === 0) return null;
  return (
    <p className="show-more">
      <button type="button" onClick={onClick}>
        Show {Math.min(hidden, pageSize).toLocaleString('en')} more ({hidden.toLocaleString('en')} not shown)
      </button>
    </p>
  );
}
