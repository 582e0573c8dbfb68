package dev.tailor.letter;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateNameFormat;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The letter templates of one folder, compiled once at start under a locked-down FreeMarker configuration.
 *
 * <p>The folder must hold {@value #MARKDOWN}, {@value #HTML} and {@value #PARAGRAPHS}; every other
 * {@code .ftl}/{@code .ftlh}/{@code .ftlx} file in it is compiled too, so a broken file is reported before
 * any letter is written. Instances are immutable and thread-safe.
 */
public final class LetterTemplates {
    /** Lays out the Markdown letter and sets the global {@code paragraphs}. */
    public static final String MARKDOWN = "letter.md.ftl";
    /** Prints the standalone HTML page, HTML-escaped. */
    public static final String HTML = "letter.html.ftlh";
    /** The macro library with one macro per paragraph. */
    public static final String PARAGRAPHS = "paragraphs.ftl";

    private static final List<String> REQUIRED = List.of(MARKDOWN, HTML, PARAGRAPHS);
    private static final List<String> TEMPLATE_EXTENSIONS = List.of(".ftl", ".ftlh", ".ftlx");
    /**
     * Built-ins that turn a string into template code. Posting text reaches the model, so a template that
     * evaluates strings could run whatever a posting says; such a template is refused at load.
     */
    private static final Pattern CODE_FROM_STRING = Pattern.compile("\\?\\s*(eval|interpret)\\b");

    private final Configuration configuration;
    private final Map<String, Template> templates;
    private final String fingerprint;

    private LetterTemplates(Configuration configuration, Map<String, Template> templates, String fingerprint) {
        this.configuration = configuration;
        this.templates = templates;
        this.fingerprint = fingerprint;
    }

    /**
     * Loads and compiles every template of the folder.
     *
     * @throws LetterTemplateException naming the file, line and problem when a template is missing,
     *                                 unreadable, not valid FreeMarker or evaluates strings as code
     */
    public static LetterTemplates load(Path dir) throws LetterTemplateException {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new LetterTemplateException(dir.toString(), 0, 0, "templates folder not found");
        }
        Map<String, byte[]> sources = readSources(dir);
        for (String name : REQUIRED) {
            if (!sources.containsKey(name)) {
                throw new LetterTemplateException(name, 0, 0, "required template missing from " + dir);
            }
        }
        Configuration configuration = configure(dir);
        Map<String, Template> compiled = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> source : sources.entrySet()) {
            String name = source.getKey();
            String text = decode(name, source.getValue());
            refuseCodeFromStrings(name, text);
            compiled.put(name, compile(configuration, name));
        }
        return new LetterTemplates(configuration, Map.copyOf(compiled), fingerprintOf(sources));
    }

    /** SHA-256 (hex) over the names and bytes of the template files: any edit changes it. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The compiled template of that name; only the required ones are asked for. */
    Template template(String name) {
        Template template = templates.get(name);
        if (template == null) {
            throw new IllegalArgumentException("no template " + name);
        }
        return template;
    }

    Configuration configuration() {
        return configuration;
    }

    private static Configuration configure(Path dir) throws LetterTemplateException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            // Only this folder; FileTemplateLoader's canonical-path check also refuses links leading out of it.
            cfg.setTemplateLoader(new FileTemplateLoader(dir.toFile()));
        } catch (IOException e) {
            throw new LetterTemplateException(dir.toString(), 0, 0, "templates folder unreadable: " + e.getMessage(), e);
        }
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
        cfg.setLocale(Locale.ENGLISH);
        cfg.setLocalizedLookup(false);
        cfg.setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0);
        // Keep what load() compiled for the whole run: the fingerprint must describe the templates in use.
        cfg.setCacheStorage(new StrongCacheStorage());
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        // "computer" keeps years and figures as written (2024, not 2,024).
        cfg.setNumberFormat("computer");
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setObjectWrapper(plainObjectWrapper());
        return cfg;
    }

    /**
     * The model is built only of maps, lists, strings, numbers and booleans. SimpleObjectWrapper wraps those
     * and refuses any other object, so no Java method of any class can become reachable from a template,
     * even if a bean slips into the model by mistake; EXPOSE_NOTHING is the second lock on the same door.
     */
    private static SimpleObjectWrapper plainObjectWrapper() {
        SimpleObjectWrapper wrapper = new SimpleObjectWrapper(Configuration.VERSION_2_3_34);
        wrapper.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
        wrapper.writeProtect();
        return wrapper;
    }

    private static Map<String, byte[]> readSources(Path dir) throws LetterTemplateException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).filter(LetterTemplates::isTemplate).forEach(files::add);
        } catch (IOException e) {
            throw new LetterTemplateException(dir.toString(), 0, 0, "templates folder unreadable: " + e.getMessage(), e);
        }
        Map<String, byte[]> sources = new java.util.TreeMap<>();
        for (Path file : files) {
            String name = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            try {
                sources.put(name, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new LetterTemplateException(name, 0, 0, "unreadable: " + e.getMessage(), e);
            }
        }
        return sources;
    }

    private static boolean isTemplate(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return TEMPLATE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static String decode(String name, byte[] bytes) throws LetterTemplateException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new LetterTemplateException(name, 0, 0, "not UTF-8 text", e);
        }
    }

    private static void refuseCodeFromStrings(String name, String text) throws LetterTemplateException {
        Matcher matcher = CODE_FROM_STRING.matcher(text);
        if (matcher.find()) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < matcher.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new LetterTemplateException(name, line, matcher.start() - lineStart + 1,
                    "?" + matcher.group(1) + " is not allowed: it would run text from a posting as template code");
        }
    }

    private static Template compile(Configuration cfg, String name) throws LetterTemplateException {
        try {
            return cfg.getTemplate(name);
        } catch (ParseException e) {
            String problem = e.getEditorMessage() == null ? e.getMessage() : e.getEditorMessage();
            throw new LetterTemplateException(name, e.getLineNumber(), e.getColumnNumber(), firstLine(problem), e);
        } catch (IOException e) {
            throw new LetterTemplateException(name, 0, 0, "unreadable: " + e.getMessage(), e);
        }
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }

    private static String fingerprintOf(Map<String, byte[]> sources) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        // Length prefixes keep "ab"+"c" and "a"+"bc" apart.
        for (Map.Entry<String, byte[]> source : sources.entrySet()) {
            byte[] name = source.getKey().getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(name.length).array());
            digest.update(name);
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(source.getValue().length).array());
            digest.update(source.getValue());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
