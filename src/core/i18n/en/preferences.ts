/** English UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings = {
  preferencesTitle: 'Privacy preferences',
  save: 'Save choices',
  alwaysOn: 'Always on',
  embedHeld: (provider: string, purpose: string) =>
    `This content comes from ${provider}. Loading it lets ${provider} set cookies for ${purpose}.`,
  embedLoadOnce: 'Load this once',
  embedAlwaysAllow: (category: string) => `Always allow ${category}`,
  signalConflict:
    'Your browser sends a privacy signal that opts out of sale and sharing. We honour it, so these categories stay off while it is on.',
};
