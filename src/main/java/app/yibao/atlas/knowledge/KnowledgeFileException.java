package app.yibao.atlas.knowledge;

import java.util.List;

/** The bundled knowledge is invalid; the message lists every problem with its file and entry. */
public class KnowledgeFileException extends RuntimeException {

    private final List<String> problems;

    public KnowledgeFileException(List<String> problems) {
        super("The knowledge bundle was rejected, " + problems.size() + " problem(s):\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
