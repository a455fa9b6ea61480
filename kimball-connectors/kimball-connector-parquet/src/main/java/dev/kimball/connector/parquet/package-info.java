/** Parquet files (parquet-hadoop with a minimal Hadoop). */
package dev.kimball.connector.parquet;
