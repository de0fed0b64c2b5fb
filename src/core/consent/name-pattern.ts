/** A storage item's `pattern` ("_ga_*") as a test of names: `*` stands for any run of characters. */
export const namePattern = (pattern: string): ((name: string) => boolean) => {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return (name) => re.test(name);
};
