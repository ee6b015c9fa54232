package org.bilateral.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the database behind the store's back, so tests do not trust the code they test. */
final class Tables {
  private Tables() {}

  /** Every row of the store's tables, ids included, in a stable order. */
  static Map<String, List<List<Object>>> snapshot(Path db) {
    Map<String, List<List<Object>>> all = new LinkedHashMap<>();
    for (String table : List.of("documents", "facts", "fact_sources", "document_revisions")) {
      all.put(table, rows(db, "SELECT * FROM " + table + " ORDER BY 1, 2"));
    }
    return all;
  }

  static int count(Path db, String table) {
    return ((Number) rows(db, "SELECT COUNT(*) FROM " + table).get(0).get(0)).intValue();
  }

  static List<List<Object>> rows(Path db, String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      List<List<Object>> out = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) row.add(rs.getObject(i));
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }
}
