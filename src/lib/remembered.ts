/**
 * A function that makes each answer once: datasets repeat the same few thousand dates, names and type pairs over
 * 100,000 rows, so reading a file asks the same questions again and again.
 */

/**
 * `make`, remembering its answer for each key. With a `limit`, everything is forgotten once more keys than that
 * are held, so that a page kept open across many imports does not hold every key it ever saw.
 */
export function remembered<K, V>(make: (key: K) => V, limit = Infinity): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = make(key);
      if (answers.size > limit) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
}

/** The same for a pair of keys, kept one map inside another (no key string is made for the pair). */
export function rememberedPairs<A, B, V>(make: (a: A, b: B) => V): (a: A, b: B) => V {
  const byFirst = new Map<A, (b: B) => V>();
  return (a, b) => {
    let bySecond = byFirst.get(a);
    if (!bySecond) byFirst.set(a, (bySecond = remembered((second: B) => make(a, second))));
    return bySecond(b);
  };
}
