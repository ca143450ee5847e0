/** Users: the list, a user, their overview. */
export const users = {
  ov_signIns: 'Sign-ins',
  ov_byRole: 'Users by role',
  ov_signIn: 'Sign-in',
  ov_locked: 'Locked after failed sign-ins',
  ov_disabled: 'Disabled',
  ov_mustChange: 'To choose their own password',
  ov_mustChangeHint: 'At the next sign-in',
  ov_sessions: 'Active sessions',
  ov_nobody: 'Nobody signed in in these days.',
  ov_andDisabled: 'and {{count}} disabled',
  ov_perDay: 'Sign-ins per day, last {{days}} days',
};
