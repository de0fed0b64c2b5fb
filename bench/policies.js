// Policies made by the bench, too large to keep in the repository: the hardening requirement is
// that no task of ours runs longer than 200 ms at 4x CPU, whatever the manifest holds.

/** A valid manifest, as the bench's other pages use, with `categories` cookie categories of `items` items each. */
export function manyCategoriesPolicy(base, { categories = 500, items = 40 } = {}) {
  const category = (c) => ({
    id: c === 0 ? 'necessary' : `category-${c}`,
    ...(c === 0 ? { necessary: true } : {}),
    name: c === 0 ? 'Strictly necessary' : `Category ${c}`,
    description: `What the cookies of category ${c} are for, in a sentence or two.`,
    items: Array.from({ length: items }, (_, i) => ({
      name: `cookie_${c}_${i}`,
      purpose: `Purpose ${i} of category ${c}`,
      duration: i % 2 ? 'P13M' : 'session',
      party: i % 3 ? 'first' : 'third',
      ...(i % 3 ? {} : { provider: `Provider ${i}` }),
    })),
  });
  return { ...base, cookies: { categories: Array.from({ length: categories }, (_, c) => category(c)) } };
}

/**
 * An invalid manifest: `base` with `keys` top-level keys no schema knows, 14 bytes each in compact
 * JSON, so 100,000 of them make about 1.4 MB.
 */
export function unknownKeysPolicy(base, { keys = 100_000 } = {}) {
  const policy = { ...base };
  const width = String(keys - 1).length;
  for (let i = 0; i < keys; i++) policy[`k${String(i).padStart(width, '0')}`] = 1000 + (i % 9000);
  return policy;
}
