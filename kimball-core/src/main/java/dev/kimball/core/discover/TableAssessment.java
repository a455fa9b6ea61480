package dev.kimball.core.discover;

import dev.kimball.api.TableRef;
import dev.kimball.api.catalog.Quality;
import java.util.List;
import java.util.Objects;

/**
 * Everything Discover concluded about one bronze table.
 *
 * @param table           the bronze table
 * @param rows            rows of the table
 * @param duplicateRows   rows repeating an earlier row in every data column
 * @param columns         per column, in table order
 * @param primaryKey      bronze column names of the chosen key, empty when none
 * @param keyKind         surrogate, natural or none
 * @param quality         table scores
 * @param recommendations table-level suggestions (column ones are on the columns)
 */
record TableAssessment(TableRef table, long rows, long duplicateRows, List<ColumnAssessment> columns, List<String> primaryKey,
                       String keyKind, Quality quality, List<String> recommendations) {
    TableAssessment {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        recommendations = List.copyOf(recommendations);
    }
}
