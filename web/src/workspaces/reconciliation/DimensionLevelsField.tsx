import { DIMENSION_LEVELS, levelLabel, type DimensionLevel } from './dimension-levels';
import { useTranslation } from '../../i18n';

/** Checkboxes for the report's dimension levels (the item is always one). */
export function DimensionLevelsField({ value, onChange }: { value: DimensionLevel[]; onChange: (next: DimensionLevel[]) => void }) {
  const { t } = useTranslation('reconciliation');
  return (
    <fieldset className="qs-row">
      <legend>{t('levelsField.legend')}</legend>
      {DIMENSION_LEVELS.map((d) => (
        <label key={d.value}>
          <input
            type="checkbox"
            checked={value.includes(d.value)}
            onChange={(e) => onChange(e.target.checked ? [...value, d.value] : value.filter((v) => v !== d.value))}
          />{' '}
          {levelLabel(d.value)}
        </label>
      ))}
    </fieldset>
  );
}
