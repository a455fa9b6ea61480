/** S3 and S3-compatible object stores as a storage (AWS SDK v2). */
package dev.kimball.connector.s3;
