package org.bilateral.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.bilateral.merge.FactMatch;
import org.bilateral.model.DossierJson;
import org.bilateral.model.Fact;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 6: gives the facts stored before migration 4 what merging needs. Their merge key is
 * computed in Java (FactMatch.key: normalised names, kind by kind), which SQL cannot; without it a
 * data set stating the same fact would store it a second time. Their sources get the fact as their
 * claim: before migration 4 every source of a fact was its own document's, stating the fact as
 * stored, and without a claim a fact could not be rebuilt when another source is withdrawn.
 */
final class MergeKeyMigration implements JavaMigration {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override public MigrationVersion getVersion() { return MigrationVersion.fromVersion("6"); }

  @Override public String getDescription() { return "merge keys and claims of facts stored before V4"; }

  @Override public Integer getChecksum() { return 6; }

  @Override public boolean canExecuteInTransaction() { return true; }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement select = c.createStatement();
        ResultSet rs = select.executeQuery("SELECT id, kind, payload FROM facts WHERE merge_key IS NULL");
        PreparedStatement update = c.prepareStatement("UPDATE facts SET merge_key = ? WHERE id = ?")) {
      while (rs.next()) {
        Fact f = DossierJson.readFact(Fact.Kind.valueOf(rs.getString(2).toUpperCase()), JSON.readTree(rs.getString(3)));
        update.setString(1, FactMatch.key(f));
        update.setLong(2, rs.getLong(1));
        update.addBatch();
      }
      update.executeBatch();
    }
    try (Statement claims = c.createStatement()) {
      claims.executeUpdate("UPDATE fact_sources SET claim = (SELECT f.payload FROM facts f WHERE f.id = fact_sources.fact_id)"
          + " WHERE claim IS NULL");
    }
  }
}
