package dev.kimball.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.CsvSource;
import dev.kimball.api.ExcelSource;
import dev.kimball.api.S3Location;
import dev.kimball.api.Secret;
import dev.kimball.api.Source;
import dev.kimball.api.Sources;
import dev.kimball.api.WarehouseException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every built-in source kind survives encode/decode unchanged; what cannot be stored is refused with a clear message. */
class SourceSpecsTest {
    private static final S3Location S3 = Sources.s3("raw", "sales/2024_*.csv").endpoint(URI.create("http://127.0.0.1:9000"))
            .region("eu-central-1").pathStyle(true).credentials(Secret.env("AWS_KEY_ID"), Secret.file(Path.of("/run/secrets/s3")));

    static List<Source> everyKind() {
        return List.of(
                Sources.csv("/data/sales.csv"),
                Sources.csv(Path.of("/data/x.tsv")).delimiter('\t').quote(CsvSource.NO_QUOTE).escape('\\').header(false)
                        .encoding(StandardCharsets.ISO_8859_1).skipLines(3),
                Sources.csv(S3).delimiter(';'),
                Sources.excel(Path.of("/data/book.xlsx")),
                Sources.excel(S3).sheet("Q1 \"final\"").headerRow(4).values(ExcelSource.CellValues.DISPLAYED),
                Sources.parquet(Path.of("/data/p/*.parquet")),
                Sources.parquet(Sources.s3("lake", "")),
                Sources.json(Path.of("/data/e.jsonl")).separator("__"),
                Sources.json(S3),
                Sources.files("/data/**/*.*"),
                Sources.files(S3.pathStyle(false)),
                Sources.postgres("jdbc:postgresql://db:5432/shop"),
                Sources.postgres("jdbc:postgresql://db:5432/shop?sslmode=require").user("etl").password(Secret.env("PGPASSWORD"))
                        .schema("sales").tables("orders", "order items").cursorColumn("updated_at"),
                Sources.postgres("jdbc:postgresql://db/shop").password(Secret.file(Path.of("/run/secrets/pg"))));
    }

    @Test
    void everyBuiltInKindRoundTrips() {
        for (Source s : everyKind()) {
            SourceSpecs.Spec spec = SourceSpecs.encode("s", s);
            Source back = SourceSpecs.decode("s", spec.json());
            assertThat(back).as(spec.json()).isEqualTo(s);
            assertThat(back.toString()).isEqualTo(s.toString());
            assertThat(back.describe()).isEqualTo(s.describe());
            assertThat(SourceSpecs.isKind(spec.kind())).isTrue();
        }
    }

    @Test
    void specHoldsReferencesAndKind() {
        SourceSpecs.Spec spec = SourceSpecs.encode("s", Sources.files(S3));
        assertThat(spec.kind()).isEqualTo("files");
        assertThat(spec.json()).contains("\"access_key\":\"env:AWS_KEY_ID\"", "\"secret_key\":\"file:/run/secrets/s3\"",
                "\"storage\":\"s3\"", "\"path_style\":true");
    }

    @Test
    void literalSecretsAreRefusedNamingTheSourceAndWhatToUse() {
        Source pg = Sources.postgres("jdbc:postgresql://db/shop").password(Secret.of("hunter2-literal"));
        assertThatThrownBy(() -> SourceSpecs.encode("shop", pg)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'shop'").hasMessageContaining("env:NAME").hasMessageContaining("file:/path")
                .hasMessageNotContaining("hunter2-literal")
                .satisfies(e -> assertThat(((ConfigurationException) e).code()).isEqualTo("SECRET_LITERAL"));
        Source s3 = Sources.csv(Sources.s3("b", "p").credentials(Secret.env("K"), Secret.of("s3-literal-value")));
        assertThatThrownBy(() -> SourceSpecs.encode("lake", s3)).hasMessageContaining("S3 secret key")
                .hasMessageNotContaining("s3-literal-value");
    }

    @Test
    void aConnectorsOwnSourceTypeIsNotStorable() {
        Source custom = () -> "custom:thing";
        assertThatThrownBy(() -> SourceSpecs.encode("c", custom)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("custom:thing").hasMessageContaining("cannot be stored");
    }

    @Test
    void unreadableSpecsNameTheSourceAndTheProblem() {
        assertThatThrownBy(() -> SourceSpecs.decode("x", "{\"spec\":1,\"kind\":\"csv\",\"location\":{\"storage\":\"local\","
                + "\"path\":\"/a\"},\"colour\":\"red\"}")).isInstanceOf(WarehouseException.class)
                .hasMessageContaining("'x'").hasMessageContaining("colour");
        assertThatThrownBy(() -> SourceSpecs.decode("x", "{\"spec\":2,\"kind\":\"csv\"}")).hasMessageContaining("version 2");
        assertThatThrownBy(() -> SourceSpecs.decode("x", "{\"spec\":1,\"kind\":\"ftp\"}")).hasMessageContaining("unknown kind 'ftp'");
        assertThatThrownBy(() -> SourceSpecs.decode("x", "not json")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> SourceSpecs.decode("x", "{\"spec\":1,\"kind\":\"csv\",\"location\":{\"storage\":\"local\","
                + "\"path\":\"/a\"},\"delimiter\":\";;\"}")).hasMessageContaining("'delimiter' is not one character");
        assertThatThrownBy(() -> SourceSpecs.decode("x", "{\"spec\":1,\"kind\":\"postgres\",\"url\":\"jdbc:postgresql://h/d\","
                + "\"schema\":\"public\",\"password\":\"plain\"}")).isInstanceOf(WarehouseException.class)
                .hasMessageContaining("env:NAME or file:/path").hasMessageNotContaining("plain");
    }
}
