package blog.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Seeded random generation for the fuzz tests, which are ordinary Jupiter test methods in Quarkus
 * tests: they draw their inputs from the generators ({@link Gen}) here, each named stream from a
 * {@link Random} with a fixed seed, so that every run sends the same requests. Override the seed
 * with -Dfuzz.seed=... to explore.
 */
final class Samples {

    static final long SEED = Long.getLong("fuzz.seed", 20_261_126L);
    /** How often {@link #listOf} and {@link #intBetween}-style draws take a boundary instead of a uniform value. */
    private static final double EDGE_RATE = 0.1;
    private static final int FILTER_TRIES = 10_000;

    private Samples() {
    }

    /** A generator of values: one value per call, drawn from the random source it is given. */
    @FunctionalInterface
    interface Gen<T> {

        T next(Random random);

        default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
            return random -> mapper.apply(next(random));
        }

        /** Values that satisfy the condition (draws again until one does). */
        default Gen<T> filter(Predicate<? super T> condition) {
            return random -> {
                for (int i = 0; i < FILTER_TRIES; i++) {
                    T value = next(random);
                    if (condition.test(value)) {
                        return value;
                    }
                }
                throw new IllegalStateException("no value passed the filter in " + FILTER_TRIES + " draws");
            };
        }
    }

    /** {@code count} values; {@code stream} names the draw so that adding one draw does not shift the others. */
    static <T> List<T> draw(Gen<T> gen, int count, String stream) {
        Random random = random(stream);
        List<T> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(gen.next(random));
        }
        return values;
    }

    /** {@code count} distinct elements of {@code values} (all of them if there are fewer), in a seeded random order. */
    static <T> List<T> pick(List<T> values, int count, String stream) {
        List<T> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, random(stream));
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    /** One of the values, each as likely. */
    static <T> Gen<T> oneOf(List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        return random -> values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(T... values) {
        return oneOf(List.of(values));
    }

    /** A value of one of the generators, each generator as likely. */
    static <T> Gen<T> anyOf(List<Gen<T>> gens) {
        Gen<Gen<T>> gen = oneOf(gens);
        return random -> gen.next(random).next(random);
    }

    @SafeVarargs
    static <T> Gen<T> anyOf(Gen<T>... gens) {
        return anyOf(List.of(gens));
    }

    /** The same value every time. */
    static <T> Gen<T> just(T value) {
        return random -> value;
    }

    /** An int in [min, max], sometimes exactly min or max. */
    static Gen<Integer> intBetween(int min, int max) {
        return random -> random.nextDouble() < EDGE_RATE ? (random.nextBoolean() ? min : max)
                : random.nextInt(min, max + 1);
    }

    /** A long in [min, max], sometimes exactly min or max. */
    static Gen<Long> longBetween(long min, long max) {
        return random -> random.nextDouble() < EDGE_RATE ? (random.nextBoolean() ? min : max)
                : random.nextLong(min, max + 1);
    }

    /** A list of {@code minSize} to {@code maxSize} values of {@code gen}; the extreme sizes come up more often. */
    static <T> Gen<List<T>> listOf(Gen<T> gen, int minSize, int maxSize) {
        Gen<Integer> sizes = intBetween(minSize, maxSize);
        return random -> {
            int size = sizes.next(random);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(gen.next(random));
            }
            return list;
        };
    }

    /** A string of {@code minLength} to {@code maxLength} UTF-16 chars, each drawn from {@code chars}. */
    static Gen<String> stringOf(Gen<Character> chars, int minLength, int maxLength) {
        return listOf(chars, minLength, maxLength).map(list -> {
            StringBuilder text = new StringBuilder(list.size());
            list.forEach(text::append);
            return text.toString();
        });
    }

    private static Random random(String stream) {
        return new Random(SEED * 31 + stream.hashCode());
    }
}
