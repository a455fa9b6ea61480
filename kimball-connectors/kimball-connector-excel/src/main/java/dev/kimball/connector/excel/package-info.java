/** Excel workbooks: .xlsx streamed, .xls. */
package dev.kimball.connector.excel;
