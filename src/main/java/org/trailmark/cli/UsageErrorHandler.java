package org.trailmark.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake in how a command was typed: one line saying what is wrong with which option, and one
 * line pointing at the command's help. The usage text itself is never printed here: in a script's
 * log it buries the one line that matters.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    static final int EXIT_USAGE = 2;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("trailmark: error: " + plainMessage(ex));
        err.println("see '" + command.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return EXIT_USAGE;
    }

    static String plainMessage(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            String text = String.valueOf(ex.getMessage());
            if (text.contains("for option")) {
                ArgSpec arg = missing.getMissing().get(0);
                return name(arg) + " needs a value (" + arg.paramLabel() + ")";
            }
            int choices = text.indexOf("one of these): ");
            if (choices >= 0) {
                return "one of these is required: " + text.substring(choices + "one of these): ".length());
            }
            return missing(missing.getMissing());
        }
        if (ex instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
            return name(overwritten.getOverwritten()) + " is given more than once; give it once";
        }
        if (ex.getArgSpec() != null && ex.getCause() instanceof TypeConversionException conversion) {
            return name(ex.getArgSpec()) + ": " + conversion.getMessage();
        }
        if (ex.getArgSpec() != null && ex.getCause() != null) {
            // A converter of the library's own failed; its message names Java types, so say it plainly.
            return name(ex.getArgSpec()) + ": '" + ex.getValue() + "' is not a valid " + ex.getArgSpec().paramLabel();
        }
        return tidy(ex.getMessage());
    }

    private static String unmatched(UnmatchedArgumentException ex) {
        List<String> args = ex.getUnmatched();
        String first = args.isEmpty() ? "" : args.get(0);
        String suggestion = ex.getSuggestions().isEmpty() ? "" : " (did you mean " + ex.getSuggestions().get(0) + "?)";
        CommandLine command = ex.getCommandLine();
        if (ex.isUnknownOption() || first.startsWith("-")) {
            return "unknown option '" + first + "' for " + command.getCommandSpec().qualifiedName() + suggestion;
        }
        if (!command.getSubcommands().isEmpty() && command.getCommandSpec().positionalParameters().isEmpty()) {
            return "'" + first + "' is not a " + command.getCommandSpec().qualifiedName() + " command" + suggestion;
        }
        return "unexpected argument '" + first + "': " + command.getCommandSpec().qualifiedName()
                + " takes no more than " + positionalLabels(command);
    }

    private static String positionalLabels(CommandLine command) {
        List<String> labels = command.getCommandSpec().positionalParameters().stream()
                .map(ArgSpec::paramLabel).toList();
        return labels.isEmpty() ? "its options" : String.join(" ", labels);
    }

    private static String missing(List<ArgSpec> args) {
        List<String> names = args.stream().map(UsageErrorHandler::withLabel).collect(Collectors.toList());
        if (names.size() == 1) {
            return names.get(0) + " is required";
        }
        String last = names.remove(names.size() - 1);
        return String.join(", ", names) + " and " + last + " are required";
    }

    private static String withLabel(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.arity().max() > 0 ? option.longestName() + " " + option.paramLabel() : option.longestName();
        }
        return arg.paramLabel();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** The library's own wording, made to fit our one line: no "Error:" prefix, no line breaks. */
    private static String tidy(String message) {
        String text = message == null ? "the command line is not complete" : message.strip();
        if (text.startsWith("Error: ")) {
            text = text.substring("Error: ".length());
        }
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        text = text.replaceAll("\\s*\\R\\s*", " ");
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
