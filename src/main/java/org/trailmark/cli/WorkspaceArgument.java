package org.trailmark.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A --workspace value: a file path or a postgresql:// URL, never blank (blank would mean the per-user default). */
final class WorkspaceArgument implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        if (value == null || value.isBlank()) {
            throw new TypeConversionException("give a workspace file or a postgresql:// URL, not an empty value");
        }
        return value;
    }
}
