package app.yibao.atlas.assistant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import app.yibao.atlas.knowledge.BundledText;
import app.yibao.atlas.search.Lexicon;
import app.yibao.atlas.search.Tokenizer;

/**
 * What questions like this one were filed under: a logistic regression ({@link SoftmaxRegression}) learnt from the
 * development question sets ({@code assistant/examples/}), each written from the source articles by a writer who
 * never saw the rules. It carries their phrasing, typos and conventions (a fee on a withdrawal is a general question)
 * where the lexicon's words fall short. A question's features are its pairs of adjacent characters, its English words
 * and word pairs, and the lexicon's concepts it mentions. Learnt at build time from the bundled files (a hundred
 * passes over some 32,000 questions: a few seconds) and read at start ({@link TopicVoteFile}); then a question costs
 * a few microseconds. The held-out sets are never among the examples.
 */
final class TopicExamples {

    /** The example sets, in {@code assistant/examples/}: dev, dev2, … up to this one. */
    static final int LAST_SET = 255;
    /** Question, region, topic, terms; # starts a comment. */
    static final List<String> SETS = IntStream.rangeClosed(1, LAST_SET).mapToObj(n -> n == 1 ? "dev" : "dev" + n)
            .toList();

    /** A question and how its writer filed it; {@code weight} is how many times it counts. */
    record Example(String question, Topic topic, int weight) {
    }

    /**
     * How many times an example counts from a set written to the brief with plain topic definitions (dev20 on), as
     * people file questions who know nothing of the rules; the earlier sets' writers were given the rules' own
     * definitions (a withdrawal fee is general), and count once. Three, chosen when the vote counted examples; the
     * learnt vote, cross-validated, files 15 fewer right with every set counting alike.
     */
    static final int PLAIN_BRIEF_WEIGHT = 3;
    private static final int FIRST_PLAIN_BRIEF_SET = 20;

    private static final class Bundled {
        static final TopicExamples INSTANCE = TopicVoteFile.bundled().orElseGet(() -> learnt(load(SETS)));
    }

    /** For each feature seen in the examples, its learnt weight towards each topic. */
    private final Map<String, double[]> weights;
    /** Each topic's bias: its weight before any feature. */
    private final double[] biases;

    TopicExamples(Map<String, double[]> weights, double[] biases) {
        this.weights = weights;
        this.biases = biases;
    }

    Map<String, double[]> weights() {
        return weights;
    }

    double[] biases() {
        return biases.clone();
    }

    static TopicExamples bundled() {
        return Bundled.INSTANCE;
    }

    static TopicExamples learnt(List<Example> training) {
        int topics = Topic.values().length;
        Map<String, Integer> ids = new HashMap<>();
        int[][] rows = new int[training.size()][];
        int[] labels = new int[training.size()];
        double[] counts = new double[training.size()];
        for (int i = 0; i < rows.length; i++) {
            Example example = training.get(i);
            String text = textOf(example.question());
            rows[i] = features(text, Lexicon.conceptsIn(text)).stream()
                    .mapToInt(feature -> ids.computeIfAbsent(feature, key -> ids.size())).toArray();
            labels[i] = example.topic().ordinal();
            counts[i] = example.weight();
        }
        double[] learnt = SoftmaxRegression.fit(rows, labels, counts, ids.size(), topics);
        Map<String, double[]> weights = new HashMap<>();
        ids.forEach((feature, id) -> weights.put(feature, Arrays.copyOfRange(learnt, id * topics, (id + 1) * topics)));
        return new TopicExamples(Map.copyOf(weights), Arrays.copyOfRange(learnt, ids.size() * topics, learnt.length));
    }

    /**
     * The probability of each topic given the question's features (corrected, normalised text and the concepts in
     * it); features no example has are ignored.
     */
    Map<Topic, Double> vote(String text, Set<Lexicon.Concept> concepts) {
        Topic[] topics = Topic.values();
        double[] logs = biases.clone();
        for (String feature : features(text, concepts)) {
            double[] towards = weights.get(feature);
            if (towards != null) {
                for (int t = 0; t < topics.length; t++) {
                    logs[t] += towards[t];
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double log : logs) {
            max = Math.max(max, log);
        }
        double sum = 0;
        for (int t = 0; t < topics.length; t++) {
            logs[t] = Math.exp(logs[t] - max);
            sum += logs[t];
        }
        Map<Topic, Double> vote = new EnumMap<>(Topic.class);
        for (int t = 0; t < topics.length; t++) {
            vote.put(topics[t], logs[t] / sum);
        }
        return vote;
    }

    /** The most likely topic: what the examples alone would answer. */
    Topic topicOf(String question) {
        String text = textOf(question);
        Map<Topic, Double> vote = vote(text, Lexicon.conceptsIn(text));
        return vote.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** A question in the form the assistant reads it: normalised, common typos corrected. */
    static String textOf(String question) {
        return Lexicon.correct(Tokenizer.normalize(question));
    }

    /** Each distinct feature once: pairs of characters (no Latin letter or space in them), English words, concepts. */
    static Set<String> features(String text, Set<Lexicon.Concept> concepts) {
        Set<String> features = new LinkedHashSet<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            char first = text.charAt(i);
            char second = text.charAt(i + 1);
            if (!latinOrSpace(first) && !latinOrSpace(second)) {
                features.add(text.substring(i, i + 2));
            }
        }
        String previous = null;
        for (String word : englishWords(text)) {
            features.add("w:" + word);
            if (previous != null) {
                features.add("w:" + previous + ' ' + word);
            }
            previous = word;
        }
        for (Lexicon.Concept concept : concepts) {
            features.add("c:" + concept.name());
        }
        return features;
    }

    private static boolean latinOrSpace(char c) {
        return c >= 'a' && c <= 'z' || Character.isWhitespace(c);
    }

    private static List<String> englishWords(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) >= 'a' && text.charAt(i) <= 'z') {
                int start = i;
                while (i < text.length() && text.charAt(i) >= 'a' && text.charAt(i) <= 'z') {
                    i++;
                }
                words.add(text.substring(start, i));
            } else {
                i++;
            }
        }
        return words;
    }

    private static int weightOf(String set) {
        String number = set.substring("dev".length());
        return !number.isEmpty() && Integer.parseInt(number) >= FIRST_PLAIN_BRIEF_SET ? PLAIN_BRIEF_WEIGHT : 1;
    }

    /** The examples of the given sets, read from the application's resources. */
    static List<Example> load(List<String> sets) {
        List<Example> examples = new ArrayList<>();
        for (String set : sets) {
            for (String line : BundledText.lines("assistant/examples/" + set + ".tsv")) {
                String[] columns = line.split("\t");
                if (!line.isBlank() && !line.startsWith("#") && columns.length >= 3) {
                    examples.add(new Example(columns[0], Topic.valueOf(columns[2].strip()), weightOf(set)));
                }
            }
        }
        return examples;
    }
}
