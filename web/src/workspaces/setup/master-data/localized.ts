import { i18n } from '../../../i18n';
import type { ResourceConfig } from './resources';

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A master data screen's words in the user's language. English is as written in resources.ts (its labels
 * are what the browser tests and the README name); another language takes the resource's title and noun
 * from the setup catalogue and each field's name from the field catalogue the problem messages use
 * (fields namespace), so a field is called the same in a form and in an error about it.
 */
export function localizedResource(config: ResourceConfig): ResourceConfig {
  if (i18n.language.startsWith('en')) return config;
  const t = i18n.getFixedT(null, 'setup');
  const fieldWord = (name: string, english: string) => {
    const word = i18n.t(`fields:name.${name}`, { defaultValue: '' });
    return word ? capitalized(word) : english;
  };
  return {
    ...config,
    title: t(`masterData.titles.${config.id}`, { defaultValue: config.title }),
    noun: t(`masterData.nouns.${config.id}`, { defaultValue: config.noun }),
    fields: config.fields.map((f) => ({ ...f, label: fieldWord(f.name, f.label) })),
    filters: config.filters.map((f) => ({ ...f, label: f.name === 'q' ? t('masterData.search') : fieldWord(f.name, f.label) })),
  };
}
