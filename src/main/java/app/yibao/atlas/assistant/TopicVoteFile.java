package app.yibao.atlas.assistant;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learnt vote as a file, learnt once at build time ({@code pom.xml}: {@code process-classes} runs {@link #main}),
 * so that the application reads its weights at start instead of learning them for seconds (a plan is data). Without
 * the file (a build that skipped that step), the vote is learnt at start. The weights are stored exactly (doubles),
 * so the file answers as the vote learnt in memory does ({@code TopicVoteFileTest}).
 */
public final class TopicVoteFile {

    static final String RESOURCE = "assistant/topic-vote.bin.gz";
    private static final int FORMAT = 1;

    private TopicVoteFile() {
    }

    /** Learns the vote from every example set and writes it to the path given (the build's resources). */
    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Path target = Path.of(args[0]);
        Files.createDirectories(target.getParent());
        write(TopicExamples.learnt(TopicExamples.load(TopicExamples.SETS)), target);
        System.out.printf("Topic vote learnt from %d example sets in %d ms: %s (%d bytes)%n", TopicExamples.SETS.size(),
                (System.nanoTime() - start) / 1_000_000, target, Files.size(target));
    }

    static void write(TopicExamples vote, Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(file))))) {
            out.writeInt(FORMAT);
            out.writeInt(TopicExamples.SETS.size());
            writeVector(out, vote.biases());
            out.writeInt(vote.weights().size());
            // sorted, so that the same vote always gives the same bytes
            for (var entry : vote.weights().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                out.writeUTF(entry.getKey());
                writeVector(out, entry.getValue());
            }
        }
    }

    /** The vote bundled with the application, if the build wrote one for the example sets it has. */
    static Optional<TopicExamples> bundled() {
        try (InputStream in = TopicVoteFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    private static Optional<TopicExamples> read(InputStream file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(file)))) {
            if (in.readInt() != FORMAT || in.readInt() != TopicExamples.SETS.size()) {
                return Optional.empty(); // written by another build: learn afresh rather than answer with it
            }
            double[] biases = readVector(in);
            int features = in.readInt();
            Map<String, double[]> weights = new HashMap<>(features * 2);
            for (int i = 0; i < features; i++) {
                weights.put(in.readUTF(), readVector(in));
            }
            return Optional.of(new TopicExamples(Map.copyOf(weights), biases));
        }
    }

    private static void writeVector(DataOutputStream out, double[] vector) throws IOException {
        out.writeByte(vector.length);
        for (double value : vector) {
            out.writeDouble(value);
        }
    }

    private static double[] readVector(DataInputStream in) throws IOException {
        double[] vector = new double[in.readByte()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = in.readDouble();
        }
        return vector;
    }
}
