/** Words every screen shares: actions, states of a page, the shell. */
export const common = {
  language: { label: 'Language', en: 'English', de: 'Deutsch' },
  actions: { save: 'Save', cancel: 'Cancel', confirm: 'Confirm', search: 'Search', clear: 'Clear', back: 'Back', next: 'Next', done: 'Done', signOut: 'Sign out' },
  states: { loading: 'Loading…', empty: 'Nothing to show', notFound: 'Not found', noPage: 'There is no page at this address.' },
};
