package dev.tailor.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: the command, its positional arguments, and its options.
 * Options are {@code --name VALUE}, {@code --name=VALUE} or, for switches, {@code --name}.
 *
 * @param command     the first word (run, check, ...), or "" when there is none
 * @param positionals the arguments that are not options, in order
 * @param options     every value given for each option, in order
 * @param switches    the switches given (e.g. force, help)
 */
record Arguments(String command, List<String> positionals, Map<String, List<String>> options, Set<String> switches) {

    /**
     * Parses the arguments after the command.
     *
     * @param valued   options that take a value
     * @param switches options that take none
     */
    static Arguments parse(String[] args, Set<String> valued, Set<String> switches) throws UsageException {
        String command = "";
        List<String> positionals = new ArrayList<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        Set<String> given = new java.util.LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                given.add("help");
            } else if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (switches.contains(name)) {
                    if (value != null) {
                        throw new UsageException("option --" + name + " takes no value");
                    }
                    given.add(name);
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                            throw new UsageException("option --" + name + " needs a value");
                        }
                        value = args[++i];
                    }
                    if (value.isBlank()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else {
                    throw new UsageException("unknown option --" + name);
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("unknown option " + arg);
            } else if (command.isEmpty() && positionals.isEmpty()) {
                command = arg;
            } else {
                positionals.add(arg);
            }
        }
        return new Arguments(command, positionals, options, given);
    }

    /** The last value of a single-valued option, or null. */
    String option(String name) {
        List<String> values = options.get(name);
        return values == null ? null : values.get(values.size() - 1);
    }

    /** Every value of a repeatable option, possibly none. */
    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    boolean has(String switchName) {
        return switches.contains(switchName);
    }
}
