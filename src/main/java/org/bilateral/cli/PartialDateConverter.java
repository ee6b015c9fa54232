package org.bilateral.cli;

import org.bilateral.model.PartialDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lets picocli report a bad date as a usage error (exit 2) naming the option. */
final class PartialDateConverter implements ITypeConverter<PartialDate> {
  @Override
  public PartialDate convert(String value) {
    try {
      return PartialDate.parse(value);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new TypeConversionException("'" + value + "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  }
}
