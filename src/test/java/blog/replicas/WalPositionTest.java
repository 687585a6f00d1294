package blog.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WalPositionTest {

    @Test
    void readsAndWritesPostgreSQLsForm() {
        assertEquals(0x16B374D848L, WalPosition.parse("16/B374D848"));
        assertEquals("16/B374D848", WalPosition.format(WalPosition.parse("16/b374d848")));
        assertEquals("0/0", WalPosition.format(WalPosition.parse("0/0")));
        assertEquals("FFFFFFFF/FFFFFFFF", WalPosition.format(WalPosition.parse("FFFFFFFF/FFFFFFFF")));
    }

    @Test
    void ordersAcrossTheSlash() {
        assertTrue(WalPosition.parse("1/0") > WalPosition.parse("0/FFFFFFFF"));
    }

    @Test
    void refusesAnythingElse() {
        for (String text : new String[] {"", "/", "0/", "/0", "1/2/3", "+1/2", "-1/2", "G/0", "123456789/0", "0/123456789", " 0/1"}) {
            assertThrows(IllegalArgumentException.class, () -> WalPosition.parse(text), text);
        }
    }
}
