/** A list of words written as one space-separated string, as the lexicons keep them. */
export const words = (list: string): string[] => list.trim().split(/\s+/);

export const set = (list: string): Set<string> => new Set(words(list));
