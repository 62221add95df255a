package org.jixiao.app.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine;

/** {@code --encoding GBK}: a charset by name, with a message that says which names work. */
final class CharsetConverter implements CommandLine.ITypeConverter<Charset> {

    @Override
    public Charset convert(String name) {
        try {
            return Charset.forName(name);
        } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
            throw new CommandLine.TypeConversionException(
                    "unknown encoding '" + name + "'; use an encoding name such as UTF-8, GBK or GB18030");
        }
    }
}
