package app.yibao.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import app.yibao.atlas.facts.PolicyFact;

/**
 * The native image sees only what is registered for it. This guard reads the compiled main classes and fails
 * when one of them reflects (java.lang.reflect, Class.forName and Class's member look-ups, MethodHandles.Lookup's
 * find*, ServiceLoader, Proxy) or registers a ServiceLoader provider, unless it is in the allowlist below with
 * the reason its targets are visible to the native image. Field values are read through method references
 * (plan.PlainFields), not reflection; still, every superclass whose getters GraphQL types inherit stays registered
 * for reflection, as SmallRye's own field fetcher (which the engine falls back to for a field it meets
 * unregistered) would need it.
 */
class NativeReflectionGuardTest {

    /** Class (binary name) or service file → why the native image sees what it reaches. Keep it short. */
    private static final Map<String, String> ALLOWED = Map.of(
            "META-INF/services/io.smallrye.graphql.spi.DataFetcherService",
            "SmallRye loads its DataFetcherService providers; Quarkus's GraphQL extension registers the ones it"
                    + " finds in the application");

    private static final Set<String> CLASS_LOOKUPS = Set.of("forName", "getMethod", "getMethods",
            "getDeclaredMethod", "getDeclaredMethods", "getField", "getFields", "getDeclaredField",
            "getDeclaredFields", "getConstructor", "getConstructors", "getDeclaredConstructor",
            "getDeclaredConstructors", "getRecordComponents", "newInstance");

    private static final String REGISTER_FOR_REFLECTION = "Lio/quarkus/runtime/annotations/RegisterForReflection;";

    private static Path mainClasses;
    private static final Map<String, Scanned> CLASSES = new TreeMap<>();

    /** What the guard learns of one class. */
    private static final class Scanned {
        String superName;
        boolean registered;
        boolean publicGetters;
        final Set<String> reflection = new TreeSet<>();
    }

    @BeforeAll
    static void scan() throws IOException, URISyntaxException {
        mainClasses = Path.of(PolicyFact.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(mainClasses)) {
            files.filter(file -> file.toString().endsWith(".class")).forEach(NativeReflectionGuardTest::scanClass);
        }
        assertTrue(CLASSES.containsKey("app.yibao.atlas.facts.PolicyFact"), "main classes not found in " + mainClasses);
    }

    @Test
    void mainCodeReflectsOnlyWhereAllowed() {
        List<String> found = new ArrayList<>();
        CLASSES.forEach((name, scanned) -> {
            if (!scanned.reflection.isEmpty() && !ALLOWED.containsKey(outerOrSelf(name, scanned))) {
                found.add(name + " uses " + scanned.reflection);
            }
        });
        assertEquals(List.of(), found, "Reflection the native image may not see: register its targets and add the"
                + " class to ALLOWED with the reason, or read the values without reflection");
    }

    @Test
    void serviceProvidersAreOnlyTheAllowedOnes() throws IOException {
        Path services = mainClasses.resolve("META-INF/services");
        List<String> found = new ArrayList<>();
        if (Files.isDirectory(services)) {
            try (Stream<Path> files = Files.list(services)) {
                files.map(file -> "META-INF/services/" + file.getFileName())
                        .filter(file -> !ALLOWED.containsKey(file)).forEach(found::add);
            }
        }
        assertEquals(List.of(), found, "ServiceLoader registrations the native image may not see");
    }

    @Test
    void theAllowlistNamesOnlyWhatStillReflects() {
        ALLOWED.keySet().stream().filter(name -> !name.startsWith("META-INF/")).forEach(name -> assertTrue(
                CLASSES.containsKey(name) && !CLASSES.get(name).reflection.isEmpty(),
                name + " is allowed to reflect but no longer does (or is gone): take it off the allowlist"));
    }

    @Test
    void superclassesWithGettersAreRegisteredForReflection() {
        List<String> unregistered = new ArrayList<>();
        CLASSES.forEach((name, scanned) -> {
            Scanned parent = CLASSES.get(scanned.superName);
            if (parent != null && parent.publicGetters && !parent.registered) {
                unregistered.add(scanned.superName + " (getters inherited by " + name + ")");
            }
        });
        assertEquals(List.of(), unregistered, "the field fetcher looks inherited getters up by reflection: annotate"
                + " these with @RegisterForReflection(methods = true)");
    }

    private static String outerOrSelf(String name, Scanned scanned) {
        int nested = name.indexOf('$');
        return ALLOWED.containsKey(name) || nested < 0 ? name : name.substring(0, nested);
    }

    private static void scanClass(Path file) {
        Scanned scanned = new Scanned();
        try (InputStream in = Files.newInputStream(file)) {
            ClassReader reader = new ClassReader(in);
            String name = reader.getClassName().replace('/', '.');
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visit(int version, int access, String internalName, String signature, String superName,
                        String[] interfaces) {
                    scanned.superName = superName == null ? null : superName.replace('/', '.');
                }

                @Override
                public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                    scanned.registered |= descriptor.equals(REGISTER_FOR_REFLECTION);
                    return null;
                }

                @Override
                public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                        String[] exceptions) {
                    boolean getter = (access & Opcodes.ACC_PUBLIC) != 0 && (access & Opcodes.ACC_STATIC) == 0
                            && Type.getArgumentTypes(descriptor).length == 0
                            && (method.startsWith("get") || method.startsWith("is"));
                    scanned.publicGetters |= getter;
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String owner, String called, String desc,
                                boolean isInterface) {
                            String reason = reflective(owner, called);
                            if (reason != null) {
                                scanned.reflection.add(reason);
                            }
                        }

                        @Override
                        public void visitInvokeDynamicInsn(String called, String desc, Handle bootstrap,
                                Object... arguments) {
                            for (Object argument : arguments) { // method references, e.g. ServiceLoader::load
                                if (argument instanceof Handle handle) {
                                    String reason = reflective(handle.getOwner(), handle.getName());
                                    if (reason != null) {
                                        scanned.reflection.add(reason);
                                    }
                                }
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            CLASSES.put(name, scanned);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a call does that the native image must be told of; null when nothing. */
    private static String reflective(String owner, String method) {
        if (owner.startsWith("java/lang/reflect/")) {
            return owner.substring(owner.lastIndexOf('/') + 1) + "." + method;
        }
        if (owner.equals("java/lang/Class") && CLASS_LOOKUPS.contains(method)) {
            return "Class." + method;
        }
        if (owner.equals("java/lang/invoke/MethodHandles$Lookup")
                && (method.startsWith("find") || method.startsWith("unreflect"))) {
            return "MethodHandles.Lookup." + method;
        }
        if (owner.equals("java/util/ServiceLoader")) {
            return "ServiceLoader." + method;
        }
        return null;
    }
}
