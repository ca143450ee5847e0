import { DIMENSION_LEVELS, type DimensionLevel } from './dimension-levels';

/** Checkboxes for the report's dimension levels (the item is always one). */
export function DimensionLevelsField({ value, onChange }: { value: DimensionLevel[]; onChange: (next: DimensionLevel[]) => void }) {
  return (
    <fieldset className="qs-row">
      <legend>Dimension levels besides the item</legend>
      {DIMENSION_LEVELS.map((d) => (
        <label key={d.value}>
          <input
            type="checkbox"
            checked={value.includes(d.value)}
            onChange={(e) => onChange(e.target.checked ? [...value, d.value] : value.filter((v) => v !== d.value))}
          />{' '}
          {d.label}
        </label>
      ))}
    </fieldset>
  );
}
