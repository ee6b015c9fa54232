package org.bilateral.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads and writes the {@code dossier/1} interchange format (see DOSSIER.md). The format is fixed
 * by others (gold files, the scorer), so the mapping is written out field by field instead of
 * being left to reflection: a renamed record component must not silently change the format.
 */
public final class DossierJson {
  public static final String SCHEMA = "dossier/1";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DossierJson() {}

  public static String toJson(Dossier d, boolean pretty) {
    try {
      return (pretty ? PRETTY : MAPPER).writeValueAsString(write(d));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Dossier fromJson(String json) {
    try {
      return read(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a dossier: " + e.getOriginalMessage(), e);
    }
  }

  public static ObjectNode write(Dossier d) {
    return write(d, (fact, node) -> {});
  }

  /**
   * Like {@link #write(Dossier)}, letting {@code annotate} add fields to the object written for
   * each fact (a relations or membership source entry, or a listed fact): extra fields, which the
   * format allows and its consumers ignore.
   */
  public static ObjectNode write(Dossier d, java.util.function.BiConsumer<Fact, ObjectNode> annotate) {
    ObjectNode o = F.objectNode();
    o.put("schema", SCHEMA);
    o.put("title", d.title());
    if (d.documentName() != null) o.put("document", d.documentName());
    ArrayNode pair = o.putArray("pair");
    d.pair().forEach(pair::add);
    // the note DOSSIER.md allows on a historical state coded as its successor: which state it is
    if (!d.states().isEmpty()) {
      ArrayNode states = o.putArray("historical_states");
      for (String code : d.pair()) {
        if (d.states().containsKey(code)) states.addObject().put("code", code).put("state", d.states().get(code));
      }
    }

    ObjectNode rel = o.putObject("relations");
    List<RelationsChange> changes = d.facts(RelationsChange.class)
        .sorted(Comparator.comparing(RelationsChange::date, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
    // The format holds one establishment date; when sources disagree, the most precisely stated
    // one is given (all stay in relations.sources).
    String established = changes.stream().filter(c -> c.change() == RelationsChange.Change.ESTABLISHED && c.date() != null)
        .max(Comparator.comparing((RelationsChange c) -> c.date().precision()).thenComparing(RelationsChange::date, Comparator.reverseOrder()))
        .map(c -> c.date().toString()).orElse(null);
    rel.put("established", established);
    ArrayNode severed = rel.putArray("severed");
    ArrayNode restored = rel.putArray("restored");
    ArrayNode relSources = F.arrayNode();
    for (RelationsChange c : changes) {
      String date = str(c.date());
      switch (c.change()) {
        case ESTABLISHED -> { }
        case SEVERED -> severed.add(date);
        case RESTORED -> restored.add(date);
      }
      ObjectNode s = relSources.addObject();
      s.put("change", c.change().name().toLowerCase());
      s.put("date", date);
      putSources(s, c.sources());
      annotate.accept(c, s);
    }
    rel.set("sources", relSources);

    ArrayNode memberships = o.putArray("memberships");
    ArrayNode membershipSources = F.arrayNode();
    d.facts(Membership.class).forEach(m -> {
      memberships.add(m.organisation());
      ObjectNode s = membershipSources.addObject();
      s.put("organisation", m.organisation());
      putSources(s, m.sources());
      annotate.accept(m, s);
    });
    o.set("membership_sources", membershipSources);

    // the other kinds are lists of fact objects, in the format's order
    for (Fact.Kind k : Fact.Kind.values()) {
      if (k == Fact.Kind.RELATIONS || k == Fact.Kind.MEMBERSHIP) continue;
      ArrayNode list = o.putArray(k.field());
      d.facts().stream().filter(f -> f.kind() == k).forEach(f -> {
        ObjectNode node = writeFact(f);
        annotate.accept(f, node);
        list.add(node);
      });
    }
    return o;
  }

  /** One fact as the object the dossier lists it as (relations and memberships get their own shape). */
  public static ObjectNode writeFact(Fact fact) {
    ObjectNode o = F.objectNode();
    if (fact instanceof RelationsChange c) {
      o.put("change", c.change().name().toLowerCase());
      o.put("date", str(c.date()));
    } else if (fact instanceof Membership m) {
      o.put("organisation", m.organisation());
    } else if (fact instanceof Mission m) {
      o.put("owner", m.owner());
      o.put("host", m.host());
      o.put("type", m.type().code());
      o.put("city", m.city());
      o.put("opened", str(m.opened()));
      o.put("closed", str(m.closed()));
      // an extra field, left out when unknown: DOSSIER.md lets the project add coordinates
      if (m.coordinates() != null) {
        ObjectNode c = o.putObject("coordinates");
        c.put("latitude", m.coordinates().latitude());
        c.put("longitude", m.coordinates().longitude());
      }
    } else if (fact instanceof Accreditation a) {
      o.put("from", a.from());
      o.put("to", a.to());
      o.put("via_country", a.viaCountry());
      o.put("via_city", a.viaCity());
    } else if (fact instanceof Visit v) {
      o.put("from", v.from());
      o.put("to", v.to());
      o.put("person", v.person());
      o.put("office", v.office());
      o.put("date", str(v.date()));
    } else if (fact instanceof Agreement a) {
      o.put("title", a.title());
      o.put("date", str(a.date()));
    } else if (fact instanceof Meeting m) {
      o.put("name", m.name());
      if (m.ordinal() == null) o.putNull("ordinal"); else o.put("ordinal", m.ordinal());
      o.put("date", str(m.date()));
      o.put("city", m.city());
    } else if (fact instanceof Trade t) {
      o.put("year", t.year());
      if (t.totalUsd() == Math.rint(t.totalUsd())) o.put("total_usd", (long) t.totalUsd());
      else o.put("total_usd", t.totalUsd());
    } else if (fact instanceof Exports e) {
      o.put("from", e.from());
      o.put("to", e.to());
      if (e.year() == null) o.putNull("year"); else o.put("year", e.year());
      ArrayNode p = o.putArray("products");
      e.products().forEach(p::add);
    } else if (fact instanceof Event e) {
      o.put("date", str(e.date()));
      ArrayNode c = o.putArray("countries");
      e.countries().forEach(c::add);
      o.put("kind", e.eventKind().code());
      if (e.label() != null) o.put("label", e.label());
    }
    putSources(o, fact.sources());
    return o;
  }

  /** Reads one fact of {@code kind} from the object {@link #writeFact} wrote. */
  public static Fact readFact(Fact.Kind kind, JsonNode o) {
    List<Source> sources = readSources(o);
    return switch (kind) {
      case RELATIONS -> new RelationsChange(
          RelationsChange.Change.valueOf(o.path("change").asText().toUpperCase()), date(o, "date"), sources);
      case MEMBERSHIP -> new Membership(o.path("organisation").asText(), sources);
      case MISSION -> new Mission(text(o, "owner"), text(o, "host"), MissionType.fromCode(text(o, "type")),
          text(o, "city"), date(o, "opened"), date(o, "closed"), sources, coordinates(o.get("coordinates")));
      case ACCREDITATION -> new Accreditation(text(o, "from"), text(o, "to"), text(o, "via_country"),
          text(o, "via_city"), sources);
      case VISIT -> new Visit(text(o, "from"), text(o, "to"), text(o, "person"), text(o, "office"),
          date(o, "date"), sources);
      case AGREEMENT -> new Agreement(text(o, "title"), date(o, "date"), sources);
      case MEETING -> new Meeting(text(o, "name"), o.path("ordinal").isNumber() ? o.get("ordinal").asInt() : null,
          date(o, "date"), text(o, "city"), sources);
      case TRADE -> new Trade(o.path("year").asInt(), o.path("total_usd").asDouble(), sources);
      case EXPORTS -> {
        List<String> products = new ArrayList<>();
        o.path("products").forEach(p -> products.add(p.asText()));
        yield new Exports(text(o, "from"), text(o, "to"), o.path("year").isNumber() ? o.get("year").asInt() : null,
            products, sources);
      }
      case EVENT -> {
        List<String> countries = new ArrayList<>();
        o.path("countries").forEach(c -> countries.add(c.asText()));
        yield new Event(date(o, "date"), countries, Event.EventKind.fromCode(text(o, "kind")), text(o, "label"),
            sources);
      }
    };
  }

  public static Dossier read(JsonNode o) {
    if (!SCHEMA.equals(o.path("schema").asText())) throw new IllegalArgumentException("not a dossier/1 object");
    List<String> pair = new ArrayList<>();
    o.path("pair").forEach(p -> pair.add(p.asText()));
    List<Fact> facts = new ArrayList<>();
    o.path("relations").path("sources").forEach(s -> facts.add(readFact(Fact.Kind.RELATIONS, s)));
    o.path("membership_sources").forEach(s -> facts.add(readFact(Fact.Kind.MEMBERSHIP, s)));
    for (Fact.Kind k : Fact.Kind.values()) {
      if (k == Fact.Kind.RELATIONS || k == Fact.Kind.MEMBERSHIP) continue;
      o.path(k.field()).forEach(f -> facts.add(readFact(k, f)));
    }
    java.util.Map<String, String> states = new java.util.LinkedHashMap<>();
    o.path("historical_states").forEach(h -> states.put(h.path("code").asText(), h.path("state").asText()));
    return new Dossier(o.path("title").asText(null), text(o, "document"), pair, facts, states);
  }

  public static ObjectNode writeSource(Source s) {
    ObjectNode o = F.objectNode();
    o.put("document", s.document());
    o.put("start", s.start());
    o.put("end", s.end());
    o.put("sentence", s.sentence());
    if (s.reference() != null) o.put("reference", s.reference());
    return o;
  }

  private static void putSources(ObjectNode o, List<Source> sources) {
    o.set("source", writeSource(sources.get(0)));
    if (sources.size() > 1) {
      ArrayNode all = o.putArray("sources");
      sources.forEach(s -> all.add(writeSource(s)));
    }
  }

  private static List<Source> readSources(JsonNode o) {
    List<Source> out = new ArrayList<>();
    JsonNode all = o.path("sources");
    JsonNode list = all.isArray() && !all.isEmpty() ? all : F.arrayNode().add(o.path("source"));
    for (JsonNode s : list) {
      out.add(new Source(s.path("document").asText(), s.path("start").asInt(), s.path("end").asInt(),
          s.path("sentence").asText(), text(s, "reference")));
    }
    return out;
  }

  private static Coordinates coordinates(JsonNode c) {
    if (c == null || !c.path("latitude").isNumber() || !c.path("longitude").isNumber()) return null;
    return new Coordinates(c.get("latitude").asDouble(), c.get("longitude").asDouble());
  }

  private static String str(PartialDate d) { return d == null ? null : d.toString(); }

  private static String text(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  private static PartialDate date(JsonNode o, String field) { return PartialDate.parseOrNull(text(o, field)); }
}
