package org.bilateral.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Python's semantics for JSON values, as {@code score.py} sees them after {@code json.load}: equality,
 * truth, {@code str()}, {@code float()}, iteration, {@code repr} of floats and {@code json.dumps}. The
 * port is faithful only if a gold or prediction with odd values ({@code 1974} for {@code "1974"},
 * {@code 1.0} for {@code 1}, an object where a string was expected) scores as it does in Python.
 *
 * <p>A missing key reads as {@code null} here, as {@code dict.get} gives {@code None}.
 */
final class Py {
  private Py() {}

  static boolean isNone(JsonNode v) {
    return v == null || v.isNull() || v.isMissingNode();
  }

  /** {@code x in (None, "")}: what {@code score_keyed} treats as "no value stated". */
  static boolean isBlank(JsonNode v) {
    return isNone(v) || (v.isTextual() && v.textValue().isEmpty());
  }

  /** Python's truth: None, False, zero, "", [] and {} are false. */
  static boolean truthy(JsonNode v) {
    if (isNone(v)) return false;
    if (v.isBoolean()) return v.booleanValue();
    if (v.isNumber()) {
      if (v.isFloatingPointNumber()) return v.doubleValue() != 0.0; // NaN is true in Python too
      return v.bigIntegerValue().signum() != 0;
    }
    if (v.isTextual()) return !v.textValue().isEmpty();
    if (v.isContainerNode()) return v.size() > 0;
    return true;
  }

  /**
   * Python's {@code ==}: numbers (and booleans, which are ints) compare by exact value across int and
   * float, NaN equals nothing, strings only strings, containers element by element.
   */
  static boolean eq(JsonNode a, JsonNode b) {
    if (isNone(a) || isNone(b)) return isNone(a) && isNone(b);
    boolean an = a.isNumber() || a.isBoolean();
    boolean bn = b.isNumber() || b.isBoolean();
    if (an || bn) return an && bn && numEq(a, b);
    if (a.isTextual() || b.isTextual()) return a.isTextual() && b.isTextual() && a.textValue().equals(b.textValue());
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) return false;
      for (int i = 0; i < a.size(); i++) if (!eq(a.get(i), b.get(i))) return false;
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) return false;
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode other = b.get(e.getKey());
        if (other == null || !eq(e.getValue(), other)) return false;
      }
      return true;
    }
    return false;
  }

  private static boolean numEq(JsonNode a, JsonNode b) {
    if (a.isFloatingPointNumber() || b.isFloatingPointNumber()) {
      double da = a.isFloatingPointNumber() ? a.doubleValue() : Double.NaN;
      double db = b.isFloatingPointNumber() ? b.doubleValue() : Double.NaN;
      if (a.isFloatingPointNumber() && b.isFloatingPointNumber()) return da == db;
      double d = a.isFloatingPointNumber() ? da : db;
      if (Double.isNaN(d) || Double.isInfinite(d)) return false;
      // int == float compares exact values in Python (2**53 + 1 != 2.0**53)
      return new BigDecimal(d).compareTo(new BigDecimal(exactInt(a.isFloatingPointNumber() ? b : a))) == 0;
    }
    return exactInt(a).equals(exactInt(b));
  }

  private static java.math.BigInteger exactInt(JsonNode v) {
    if (v.isBoolean()) return v.booleanValue() ? java.math.BigInteger.ONE : java.math.BigInteger.ZERO;
    return v.bigIntegerValue();
  }

  /** {@code str(v)}; {@code None} gives "None" (callers that map None to "" check first). */
  static String str(JsonNode v) {
    if (isNone(v)) return "None";
    if (v.isTextual()) return v.textValue();
    return repr(v);
  }

  /** {@code repr(v)}, which is also what {@code str()} gives for containers and their elements. */
  static String repr(JsonNode v) {
    if (isNone(v)) return "None";
    if (v.isBoolean()) return v.booleanValue() ? "True" : "False";
    if (v.isFloatingPointNumber()) return floatRepr(v.doubleValue());
    if (v.isNumber()) return v.bigIntegerValue().toString();
    if (v.isTextual()) return stringRepr(v.textValue());
    StringBuilder b = new StringBuilder();
    if (v.isArray()) {
      b.append('[');
      for (int i = 0; i < v.size(); i++) b.append(i > 0 ? ", " : "").append(repr(v.get(i)));
      return b.append(']').toString();
    }
    b.append('{');
    boolean first = true;
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); first = false) {
      Map.Entry<String, JsonNode> e = it.next();
      b.append(first ? "" : ", ").append(stringRepr(e.getKey())).append(": ").append(repr(e.getValue()));
    }
    return b.append('}').toString();
  }

  private static String stringRepr(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder b = new StringBuilder().append(quote);
    s.codePoints().forEach(cp -> {
      if (cp == quote || cp == '\\') b.append('\\').appendCodePoint(cp);
      else if (cp == '\n') b.append("\\n");
      else if (cp == '\r') b.append("\\r");
      else if (cp == '\t') b.append("\\t");
      else if (printable(cp)) b.appendCodePoint(cp);
      else if (cp < 0x100) b.append(String.format(Locale.ROOT, "\\x%02x", cp));
      else if (cp < 0x10000) b.append(String.format(Locale.ROOT, "\\u%04x", cp));
      else b.append(String.format(Locale.ROOT, "\\U%08x", cp));
    });
    return b.append(quote).toString();
  }

  /** {@code str.isprintable()} for one character: not a control, format, separator (but space) or unassigned. */
  private static boolean printable(int cp) {
    if (cp == ' ') return true;
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
      default -> true;
    };
  }

  /**
   * {@code repr(float)}: the shortest digits that read back as the same double (Java 17's
   * {@code Double.toString} is not always shortest), fixed notation for exponents -4..15, else
   * {@code 1e+16} style.
   */
  static String floatRepr(double x) {
    if (Double.isNaN(x)) return "nan";
    if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
    if (x == 0) return (1 / x < 0) ? "-0.0" : "0.0";
    BigDecimal exact = new BigDecimal(x);
    BigDecimal shortest = exact;
    for (int n = 1; n <= 17; n++) {
      BigDecimal r = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
      if (r.doubleValue() == x) {
        shortest = r;
        break;
      }
    }
    shortest = shortest.stripTrailingZeros();
    String digits = shortest.unscaledValue().abs().toString();
    int decpt = digits.length() - shortest.scale(); // value = 0.DIGITS x 10^decpt
    String sign = x < 0 ? "-" : "";
    if (decpt <= -4 || decpt > 16) {
      String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      int exp = decpt - 1;
      return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }
    if (decpt <= 0) return sign + "0." + "0".repeat(-decpt) + digits;
    if (decpt >= digits.length()) return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
    return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
  }

  /** {@code format(x, ".3f")}: the exact binary value rounded half-even, as C's printf does. */
  static String fixed3(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static final Pattern FLOAT = Pattern.compile(
      "[+-]?(?:(?:\\d(?:_?\\d)*)(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?");
  private static final Pattern SPECIAL = Pattern.compile("[+-]?(?:inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

  /** {@code float(v)}; null when Python would raise (the caller knows whose value it was). */
  static Double toFloat(JsonNode v) {
    if (isNone(v)) return null;
    if (v.isBoolean()) return v.booleanValue() ? 1.0 : 0.0;
    if (v.isNumber()) return v.doubleValue();
    if (!v.isTextual()) return null;
    String s = v.textValue().strip();
    if (FLOAT.matcher(s).matches()) return Double.parseDouble(s.replace("_", ""));
    if (SPECIAL.matcher(s).matches()) {
      String l = s.toLowerCase(java.util.Locale.ROOT);
      if (l.contains("nan")) return Double.NaN;
      return l.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return null;
  }

  /**
   * {@code for x in (v or [])}: a list gives its items, a string its characters and an object its
   * keys, as in Python; null when Python would raise (a number is not iterable).
   */
  static List<JsonNode> iterOrEmpty(JsonNode v) {
    List<JsonNode> out = new ArrayList<>();
    if (!truthy(v)) return out;
    if (v.isArray()) v.forEach(out::add);
    else if (v.isTextual()) v.textValue().codePoints().forEach(cp -> out.add(TextNode.valueOf(Character.toString(cp))));
    else if (v.isObject()) v.fieldNames().forEachRemaining(k -> out.add(TextNode.valueOf(k)));
    else return null;
    return out;
  }

  /** {@code json.dumps(v, ensure_ascii=False)}: ", " and ": " separators, keys in document order. */
  static String dumps(JsonNode v) {
    StringBuilder b = new StringBuilder();
    dumps(v, b);
    return b.toString();
  }

  private static void dumps(JsonNode v, StringBuilder b) {
    if (isNone(v)) b.append("null");
    else if (v.isBoolean()) b.append(v.booleanValue());
    else if (v.isFloatingPointNumber()) b.append(jsonFloat(v.doubleValue()));
    else if (v.isNumber()) b.append(v.bigIntegerValue());
    else if (v.isTextual()) jsonString(v.textValue(), b);
    else if (v.isArray()) {
      b.append('[');
      for (int i = 0; i < v.size(); i++) {
        if (i > 0) b.append(", ");
        dumps(v.get(i), b);
      }
      b.append(']');
    } else {
      b.append('{');
      boolean first = true;
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); first = false) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!first) b.append(", ");
        jsonString(e.getKey(), b);
        b.append(": ");
        dumps(e.getValue(), b);
      }
      b.append('}');
    }
  }

  static String jsonFloat(double d) {
    if (Double.isNaN(d)) return "NaN";
    if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
    return floatRepr(d);
  }

  static void jsonString(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    b.append('"');
  }
}
