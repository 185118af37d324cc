package org.hyoka.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The standard comment for each item and score. The editor offers it when a score is chosen and
 * the division may still rewrite it. {@link #standard()} holds the comments seen on the seed
 * sheets; the scores they do not show are the municipality's to set.
 */
public final class Rubric {

    private static final String STANDARD_RESOURCE = "/org/hyoka/rubric/standard-rubric.properties";

    private final Map<AssessmentItem, Map<Integer, String>> comments;

    public Rubric(Map<AssessmentItem, Map<Integer, String>> comments) {
        EnumMap<AssessmentItem, Map<Integer, String>> copy = new EnumMap<>(AssessmentItem.class);
        comments.forEach((item, byScore) -> copy.put(item, Map.copyOf(byScore)));
        this.comments = copy;
    }

    /** The shipped comments are つくば市's; another city starts with none and writes its own. */
    public static Rubric shippedFor(@org.jspecify.annotations.Nullable String municipalityCode) {
        return org.hyoka.arithmetic.UnitCostTable.EXAMPLE_MUNICIPALITY.equals(municipalityCode) ? standard()
                : new Rubric(Map.of());
    }

    public static Rubric standard() {
        try (InputStream in = Rubric.class.getResourceAsStream(STANDARD_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(STANDARD_RESOURCE + " is missing from the model jar");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return fromProperties(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys {@code ITEM.score}, e.g. {@code PRIORITY.5}. */
    public static Rubric fromProperties(Properties properties) {
        EnumMap<AssessmentItem, Map<Integer, String>> comments = new EnumMap<>(AssessmentItem.class);
        for (String key : properties.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            AssessmentItem item = AssessmentItem.valueOf(key.substring(0, dot));
            int score = Integer.parseInt(key.substring(dot + 1));
            comments.computeIfAbsent(item, i -> new TreeMap<>()).put(score, properties.getProperty(key).strip());
        }
        return new Rubric(comments);
    }

    public Optional<String> standardComment(AssessmentItem item, int score) {
        return Optional.ofNullable(comments.getOrDefault(item, Map.of()).get(score));
    }

    public Map<Integer, String> commentsFor(AssessmentItem item) {
        return new TreeMap<>(comments.getOrDefault(item, Map.of()));
    }
}
