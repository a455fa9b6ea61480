package dev.kimball.connector.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kimball.spi.StoredFile;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeekableChannelTest {
    @TempDir
    Path dir;

    @Test
    void randomReadsReturnTheFileBytes() throws Exception {
        byte[] data = new byte[300_001];
        Random random = new Random(1);
        random.nextBytes(data);
        Path file = Files.write(dir.resolve("blob"), data);
        try (SeekableChannel ch = new SeekableChannel(StoredFile.local(file).openSeekable())) {
            assertThat(ch.size()).isEqualTo(data.length);
            for (int i = 0; i < 2_000; i++) {
                int pos = random.nextInt(data.length);
                int len = random.nextInt(i % 10 == 0 ? 100_000 : 40);
                ByteBuffer b = ByteBuffer.allocate(len);
                ch.position(pos);
                int n = ch.read(b);
                int expected = Math.min(len, data.length - pos);
                assertThat(n).isEqualTo(len == 0 ? 0 : expected);
                assertThat(Arrays.copyOf(b.array(), Math.max(n, 0))).isEqualTo(Arrays.copyOfRange(data, pos, pos + Math.max(n, 0)));
                assertThat(ch.position()).isEqualTo(pos + Math.max(n, 0));
            }
            // scanning backwards from the end, as a zip reader looks for its directory
            for (long pos = data.length - 4; pos > data.length - 70_000; pos--) {
                ByteBuffer b = ByteBuffer.allocate(4);
                ch.position(pos);
                assertThat(ch.read(b)).isEqualTo(4);
                assertThat(b.array()).isEqualTo(Arrays.copyOfRange(data, (int) pos, (int) pos + 4));
            }
            ch.position(data.length);
            assertThat(ch.read(ByteBuffer.allocate(1))).isEqualTo(-1);
        }
    }

    @Test
    void closedChannelRefusesReads() throws Exception {
        Path file = Files.write(dir.resolve("small"), new byte[] {1, 2, 3});
        SeekableChannel ch = new SeekableChannel(StoredFile.local(file).openSeekable());
        ch.close();
        assertThat(ch.isOpen()).isFalse();
        assertThatThrownBy(() -> ch.read(ByteBuffer.allocate(1))).isInstanceOf(ClosedChannelException.class);
    }
}
